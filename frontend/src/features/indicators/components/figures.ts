import { CATALOGUE } from './catalogue';
import type {
  Indicator,
  IndicatorCell,
  IndicatorFigure,
  IndicatorRegion,
  IndicatorReport,
} from '../api/types';

/** A value of the report: a number, suppressed (fewer than 5 children) or no data. */
export type Cell = IndicatorCell;

export const NO_DATA: Cell = { suppressed: false };

/** The figures the screen shows: the sum over the regions when there are several, else the one region. */
export function shownRegion(report: IndicatorReport): IndicatorRegion | undefined {
  return report.total ?? report.regions[0];
}

/** The indicator's total row (no breakdown) or the row of one part. */
export function findFigure(
  region: IndicatorRegion | undefined,
  indicator: Indicator,
  breakdown?: string,
): IndicatorFigure | undefined {
  return region?.figures.find(
    (f) => f.indicator === indicator && (f.breakdown ?? undefined) === breakdown,
  );
}

/** The period value of a figure as a cell; no data when the report lacks the figure. */
export function cellOf(figure: IndicatorFigure | undefined): Cell {
  if (!figure) return NO_DATA;
  return figure.suppressed ? { suppressed: true } : { value: figure.value, suppressed: false };
}

export type BreakdownRow = { breakdown: string; figure: IndicatorFigure | undefined };

/** The parts of an indicator in the catalogue's order, then any part the catalogue does not know yet. */
export function breakdownRows(
  region: IndicatorRegion | undefined,
  indicator: Indicator,
): BreakdownRow[] {
  const known = CATALOGUE[indicator].breakdowns;
  const rows = known.map((breakdown) => ({
    breakdown,
    figure: findFigure(region, indicator, breakdown),
  }));
  const extra = (region?.figures ?? []).filter(
    (f) => f.indicator === indicator && f.breakdown != null && !known.includes(f.breakdown),
  );
  return [...rows, ...extra.map((figure) => ({ breakdown: figure.breakdown!, figure }))];
}

export type Point = Cell & { month: string };

/** A figure's monthly cells against the report's months; no data where the figure has none. */
export function monthlyPoints(
  months: readonly string[],
  figure: IndicatorFigure | undefined,
): Point[] {
  return months.map((month, i) => {
    const cell = figure?.monthly[i];
    return cell ? { month, value: cell.value, suppressed: cell.suppressed } : { month, ...NO_DATA };
  });
}

export type Series = { key: string; label: string; points: Point[] };

/** The largest value shown (suppressed cells have none); 0 when there is nothing. */
export function largest(cells: readonly Cell[]): number {
  return cells.reduce(
    (max, c) => (!c.suppressed && c.value != null && c.value > max ? c.value : max),
    0,
  );
}

/** A round upper end for an axis: 1, 2, 5 × a power of ten at or above the value. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) {
    if (step * power >= value) return step * power;
  }
  return 10 * power;
}

/** How wide a bar is, in percent of the largest; 0 for suppressed cells and missing data. */
export function barPercent(cell: Cell, max: number): number {
  if (cell.suppressed || cell.value == null || max <= 0 || cell.value <= 0) return 0;
  return Math.min(100, (cell.value / max) * 100);
}

/** Which month labels fit under a chart: every one up to six months, else about six of them. */
export function labelledMonths(count: number, most = 6): Set<number> {
  const step = Math.max(1, Math.ceil(count / most));
  const shown = new Set<number>();
  for (let i = 0; i < count; i += step) shown.add(i);
  return shown;
}

/** One chart series: an indicator's monthly cells (its total row, or one part). */
export function seriesOf(
  months: readonly string[],
  region: IndicatorRegion | undefined,
  indicator: Indicator,
  label: string,
  breakdown?: string,
): Series {
  return {
    key: breakdown ? `${indicator}-${breakdown}` : indicator,
    label,
    points: monthlyPoints(months, findFigure(region, indicator, breakdown)),
  };
}

/** The steps from a referral to an active match, each with its period total. */
export const FUNNEL: readonly Indicator[] = [
  'REFERRALS_RECEIVED',
  'REFERRALS_ACCEPTED',
  'REFERRALS_MATCHED',
  'MATCHES_ACTIVE',
];

export function funnelCells(
  region: IndicatorRegion | undefined,
): { indicator: Indicator; cell: Cell }[] {
  return FUNNEL.map((indicator) => ({ indicator, cell: cellOf(findFigure(region, indicator)) }));
}
