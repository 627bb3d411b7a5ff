import { describe, expect, it } from 'vitest';
import {
  barPercent,
  breakdownRows,
  cellOf,
  findFigure,
  funnelCells,
  labelledMonths,
  largest,
  monthlyPoints,
  niceMax,
  seriesOf,
  shownRegion,
} from './figures';
import { figure, MONTHS, region, report } from './test-report';

describe('picking figures', () => {
  it('shows the total of several regions, else the one region', () => {
    expect(shownRegion(report())?.name).toBe('Slovenia – Podravje');
    expect(shownRegion(report(true))?.name).toBe('Total');
  });

  it('tells the total row of an indicator from its parts', () => {
    const r = region('R', 'r1');
    expect(findFigure(r, 'PARTICIPANTS_TRAINED')?.value).toBe(42);
    expect(findFigure(r, 'PARTICIPANTS_TRAINED', 'VOLUNTEER')?.value).toBe(12);
    expect(findFigure(r, 'CERTIFICATES_ISSUED')).toBeUndefined();
  });

  it('never carries a number out of a suppressed figure', () => {
    expect(cellOf(figure('REFERRALS_MATCHED', 'x'))).toEqual({ suppressed: true });
    expect(cellOf(figure('REFERRALS_MATCHED', 'x', [], { value: 3 }))).toEqual({
      suppressed: true,
    });
    expect(cellOf(figure('REFERRALS_MATCHED', 7))).toEqual({ value: 7, suppressed: false });
    expect(cellOf(undefined)).toEqual({ suppressed: false });
  });

  it('lists the parts in the catalogue order, missing ones without a figure, unknown ones last', () => {
    const r = region('R', 'r1');
    r.figures.push(figure('PARTICIPANTS_TRAINED', 1, [], { breakdown: 'NEW_KIND' }));
    const rows = breakdownRows(r, 'PARTICIPANTS_TRAINED');
    expect(rows.map((row) => row.breakdown)).toEqual([
      'ADDICTION_CARE',
      'YOUTH_WELFARE',
      'SCHOOL',
      'HEALTH',
      'UNIVERSITY',
      'OTHER',
      'VOLUNTEER',
      'NEW_KIND',
    ]);
    expect(rows[0].figure?.value).toBe(30);
    expect(rows[1].figure).toBeUndefined();
  });

  it('takes the funnel from referral to active match', () => {
    expect(funnelCells(region('R', 'r1'))).toEqual([
      { indicator: 'REFERRALS_RECEIVED', cell: { value: 17, suppressed: false } },
      { indicator: 'REFERRALS_ACCEPTED', cell: { suppressed: false } },
      { indicator: 'REFERRALS_MATCHED', cell: { suppressed: true } },
      { indicator: 'MATCHES_ACTIVE', cell: { value: 11, suppressed: false } },
    ]);
  });
});

describe('chart series', () => {
  it('aligns the monthly cells with the months of the report', () => {
    const r = region('R', 'r1');
    expect(monthlyPoints(MONTHS, findFigure(r, 'REFERRALS_RECEIVED'))).toEqual([
      { month: '2026-01', value: 6, suppressed: false },
      { month: '2026-02', suppressed: true },
      { month: '2026-03', value: 8, suppressed: false },
    ]);
    // A snapshot indicator has no monthly cells; a missing figure has none either.
    expect(monthlyPoints(MONTHS, findFigure(r, 'AGREEMENTS_BY_STATUS'))).toEqual(
      MONTHS.map((month) => ({ month, suppressed: false })),
    );
    const series = seriesOf(MONTHS, r, 'MATCHES_ACTIVE', 'Active matches');
    expect(series.key).toBe('MATCHES_ACTIVE');
    expect(series.points.map((p) => p.value)).toEqual([8, 10, 11]);
  });

  it('scales to the largest shown value, ignoring suppressed cells', () => {
    expect(
      largest([
        { value: 3, suppressed: false },
        { suppressed: true },
        { value: 9, suppressed: false },
      ]),
    ).toBe(9);
    expect(largest([{ suppressed: true, value: 99 }])).toBe(0);
    expect(niceMax(0)).toBe(1);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(17)).toBe(20);
    expect(niceMax(42)).toBe(50);
    expect(niceMax(100)).toBe(100);
    expect(niceMax(0.3)).toBe(0.5);
  });

  it('draws no bar for suppressed or missing values', () => {
    expect(barPercent({ value: 5, suppressed: false }, 10)).toBe(50);
    expect(barPercent({ suppressed: true }, 10)).toBe(0);
    expect(barPercent({ suppressed: false }, 10)).toBe(0);
    expect(barPercent({ value: 5, suppressed: false }, 0)).toBe(0);
  });

  it('labels every month up to six, else about six of them', () => {
    expect([...labelledMonths(3)]).toEqual([0, 1, 2]);
    expect([...labelledMonths(12)]).toEqual([0, 2, 4, 6, 8, 10]);
    expect([...labelledMonths(36)]).toEqual([0, 6, 12, 18, 24, 30]);
  });
});
