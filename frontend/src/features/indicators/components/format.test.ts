import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n/i18n';
import { defaultPeriod, formatMonth, formatValue, monthSpan, periodProblem } from './format';

const en = i18n.getFixedT('en');
const de = i18n.getFixedT('de');
/** Intl puts narrow no-break spaces into some formats; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatValue', () => {
  it('writes each unit in its way', () => {
    expect(formatValue(1234, 'COUNT', 'en', en)).toBe('1,234');
    expect(formatValue(83, 'PERCENT', 'en', en)).toBe('83%');
    expect(plain(formatValue(83, 'PERCENT', 'de', de))).toBe('83 %');
    expect(formatValue(12, 'DAYS', 'en', en)).toBe('12 days');
    expect(formatValue(1, 'DAYS', 'en', en)).toBe('1 day');
    expect(formatValue(12.5, 'DAYS', 'de', de)).toBe('12,5 Tage');
    expect(formatValue(14.5, 'POINTS', 'en', en)).toBe('+14.5 pts');
    expect(formatValue(-2, 'POINTS', 'en', en)).toBe('-2.0 pts');
    expect(formatValue(14.5, 'POINTS', 'de', de)).toBe('+14,5 %-Punkte');
    expect(formatValue(3.24, 'RATE', 'en', en)).toBe('3.2');
    expect(formatValue(3, 'RATE', 'de', de)).toBe('3,0');
  });

  it('rounds counts to whole numbers', () => {
    expect(formatValue(2.6, 'COUNT', 'en', en)).toBe('3');
  });
});

describe('months and periods', () => {
  it('defaults to January of this year up to this month', () => {
    expect(defaultPeriod(new Date(2026, 4, 20))).toEqual({ from: '2026-01', to: '2026-05' });
    expect(defaultPeriod(new Date(2026, 0, 2))).toEqual({ from: '2026-01', to: '2026-01' });
  });

  it('counts both ends of a period', () => {
    expect(monthSpan('2026-01', '2026-01')).toBe(1);
    expect(monthSpan('2025-11', '2026-02')).toBe(4);
    expect(monthSpan('2026-03', '2026-01')).toBe(-1);
  });

  it('takes at most 36 months, in order', () => {
    expect(periodProblem('2024-01', '2026-12')).toBeNull();
    expect(periodProblem('2024-01', '2027-01')).toBe('tooLong');
    expect(periodProblem('2026-05', '2026-04')).toBe('order');
    expect(periodProblem('2026-13', '2026-04')).toBe('invalid');
    expect(periodProblem('2026-01', '2026-01')).toBeNull();
  });

  it('names a month in the UI language', () => {
    expect(formatMonth('2026-03', 'en')).toBe('March 2026');
    expect(formatMonth('2026-03', 'de')).toBe('März 2026');
    expect(formatMonth('2026-03', 'en', 'short')).toBe('Mar 2026');
  });
});
