import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n/i18n';
import { languages } from '@/lib/i18n/languages';
import {
  breakdownLabel,
  CATALOGUE,
  INDICATORS,
  indicatorDefinition,
  indicatorLabel,
} from './catalogue';

describe('indicator catalogue', () => {
  it('knows all 24 indicators', () => {
    expect(INDICATORS).toHaveLength(24);
  });

  it.each(languages.map((l) => l.code))(
    'names and explains every indicator and every part in %s',
    (code) => {
      const t = i18n.getFixedT(code);
      for (const indicator of INDICATORS) {
        expect(indicatorLabel(t, indicator)).not.toBe(indicator);
        expect(indicatorDefinition(t, indicator), indicator).not.toBe('');
        for (const part of CATALOGUE[indicator].breakdowns) {
          expect(breakdownLabel(t, indicator, part), `${indicator}.${part}`).not.toBe(part);
        }
      }
    },
  );

  it('reuses the labels of the rest of the app', () => {
    const t = i18n.getFixedT('en');
    expect(breakdownLabel(t, 'PARTICIPANTS_TRAINED', 'ADDICTION_CARE')).toBe('Addiction care');
    expect(breakdownLabel(t, 'PARTICIPANTS_TRAINED', 'VOLUNTEER')).toBe('Volunteer mentors');
    expect(breakdownLabel(t, 'MATCHES_CLOSED', 'FAMILY_WITHDREW')).toBe('Family withdrew');
    expect(breakdownLabel(t, 'VOLUNTEERS_IN_SCREENING', 'READY')).toBe('Ready to approve');
    expect(breakdownLabel(t, 'AGREEMENTS_BY_STATUS', 'READY_FOR_SIGNATURE')).toBe(
      'Ready for signature',
    );
    expect(breakdownLabel(t, 'MATCHES_CLOSED', 'SOMETHING_NEW')).toBe('SOMETHING_NEW');
  });
});
