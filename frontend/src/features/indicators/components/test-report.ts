// A small report for the tests: three months, one region (or two with a total).
import type {
  Indicator,
  IndicatorCell,
  IndicatorFigure,
  IndicatorRegion,
  IndicatorReport,
} from '../api/types';

const SNAPSHOT: readonly Indicator[] = [
  'AGREEMENTS_BY_STATUS',
  'COMMITMENTS',
  'VOLUNTEERS_IN_SCREENING',
  'REFERRALS_OVERDUE',
];
const CHILD_LEVEL = /^(REFERRALS|DAYS_REFERRAL|MATCHES|MEETINGS)/;

const n = (value: number): IndicatorCell => ({ value, suppressed: false });
const s: IndicatorCell = { suppressed: true };

/** A figure: a number, 'x' for suppressed, null for no data; monthly cells likewise. */
export function figure(
  indicator: Indicator,
  value: number | 'x' | null,
  monthly: (number | 'x' | null)[] = [],
  extra: Partial<IndicatorFigure> = {},
): IndicatorFigure {
  const snapshot = SNAPSHOT.includes(indicator);
  return {
    indicator,
    unit:
      indicator === 'DAYS_REFERRAL_TO_MATCH'
        ? 'DAYS'
        : indicator === 'LEARNING_GAIN'
          ? 'POINTS'
          : indicator.startsWith('RETENTION')
            ? 'PERCENT'
            : indicator === 'MEETINGS_PER_MATCH_MONTH'
              ? 'RATE'
              : 'COUNT',
    childLevel: CHILD_LEVEL.test(indicator),
    snapshot,
    suppressed: value === 'x',
    ...(typeof value === 'number' ? { value } : {}),
    monthly: snapshot
      ? []
      : monthly.map((m) => (m === 'x' ? s : m === null ? { suppressed: false } : n(m))),
    ...extra,
  };
}

export const MONTHS = ['2026-01', '2026-02', '2026-03'];

export function region(name: string, regionId: string | undefined, scale = 1): IndicatorRegion {
  return {
    ...(regionId ? { regionId } : {}),
    name,
    countryCode: 'SI',
    figures: [
      figure(
        'AGREEMENTS_SIGNED',
        3 * scale,
        [1, 0, 2].map((v) => v * scale),
      ),
      figure(
        'PARTICIPANTS_TRAINED',
        42 * scale,
        [12, 10, 20].map((v) => v * scale),
      ),
      figure('PARTICIPANTS_TRAINED', 30 * scale, [10, 5, 15], { breakdown: 'ADDICTION_CARE' }),
      figure('PARTICIPANTS_TRAINED', 12 * scale, [2, 5, 5], { breakdown: 'VOLUNTEER' }),
      figure('VOLUNTEERS_ACTIVE', 9 * scale, [9, 9, 9]),
      figure('REFERRALS_RECEIVED', 17 * scale, [6, 'x', 8]),
      figure('REFERRALS_RECEIVED', 'x', ['x', 'x', 'x'], { breakdown: 'SCHOOL' }),
      figure('REFERRALS_MATCHED', 'x', ['x', null, 'x']),
      figure('MATCHES_ACTIVE', 11 * scale, [8, 10, 11]),
      figure('DAYS_REFERRAL_TO_MATCH', 12, [10, null, 14]),
      figure('LEARNING_GAIN', 14.5, [null, 14.5, null]),
      figure('AGREEMENTS_BY_STATUS', 7),
      figure('AGREEMENTS_BY_STATUS', 4, [], { breakdown: 'ACTIVE' }),
    ],
  };
}

export function report(several = false): IndicatorReport {
  const one = region('Slovenia – Podravje', 'r1');
  return {
    from: '2026-01',
    to: '2026-03',
    months: MONTHS,
    generatedAt: '2026-03-15T10:00:00Z',
    regions: several ? [one, region('Germany – Saxony', 'r2', 2)] : [one],
    ...(several ? { total: region('Total', undefined, 3) } : {}),
  };
}
