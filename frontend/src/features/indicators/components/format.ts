import type { TFunction } from 'i18next';
import type { IndicatorUnit } from '../api/types';

/**
 * A value in its unit for the UI language: COUNT as a whole number, PERCENT "83 %", DAYS "12 days",
 * POINTS "+14.5 pts" (percentage points), RATE "3.2".
 */
export function formatValue(
  value: number,
  unit: IndicatorUnit,
  language: string,
  t: TFunction,
): string {
  switch (unit) {
    case 'PERCENT':
      return new Intl.NumberFormat(language, {
        style: 'percent',
        maximumFractionDigits: 0,
      }).format(value / 100);
    case 'DAYS':
      return new Intl.NumberFormat(language, {
        style: 'unit',
        unit: 'day',
        unitDisplay: 'long',
        maximumFractionDigits: 1,
      }).format(value);
    case 'POINTS':
      return t('indicators.units.points', {
        value: new Intl.NumberFormat(language, {
          signDisplay: 'exceptZero',
          minimumFractionDigits: 1,
          maximumFractionDigits: 1,
        }).format(value),
      });
    case 'RATE':
      return new Intl.NumberFormat(language, {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }).format(value);
    default:
      return new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(value);
  }
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string | null | undefined): value is string {
  return !!value && MONTH.test(value);
}

function monthDate(month: string): Date {
  const match = MONTH.exec(month);
  if (!match) throw new Error(`Not a month: ${month}`);
  return new Date(Number(match[1]), Number(match[2]) - 1, 1);
}

/** "Jan 2026" (long: "January 2026") in the UI language. */
export function formatMonth(month: string, language: string, style: 'short' | 'long' = 'long') {
  if (!isMonth(month)) return month;
  return new Intl.DateTimeFormat(language, { month: style, year: 'numeric' }).format(
    monthDate(month),
  );
}

/** A month under a chart: "Jan 26". */
export function formatMonthTick(month: string, language: string) {
  if (!isMonth(month)) return month;
  return new Intl.DateTimeFormat(language, { month: 'short', year: '2-digit' }).format(
    monthDate(month),
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The default period: January of the current year up to the current month. */
export function defaultPeriod(now: Date = new Date()): { from: string; to: string } {
  return {
    from: `${now.getFullYear()}-01`,
    to: `${now.getFullYear()}-${pad(now.getMonth() + 1)}`,
  };
}

/** The most months a report covers. */
export const MAX_MONTHS = 36;

/** Months from `from` to `to`, both counted; 0 or less when `to` comes first. */
export function monthSpan(from: string, to: string): number {
  const a = monthDate(from);
  const b = monthDate(to);
  return (b.getFullYear() - a.getFullYear()) * 12 + (b.getMonth() - a.getMonth()) + 1;
}

export type PeriodProblem = 'invalid' | 'order' | 'tooLong';

/** What is wrong with a period, or null when the API will take it. */
export function periodProblem(from: string, to: string): PeriodProblem | null {
  if (!isMonth(from) || !isMonth(to)) return 'invalid';
  const span = monthSpan(from, to);
  if (span < 1) return 'order';
  if (span > MAX_MONTHS) return 'tooLong';
  return null;
}
