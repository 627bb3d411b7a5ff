import { todayIso } from '@/lib/format';

/** A month as YYYY-MM. */
export type Month = string;

export type CalendarDay = {
  /** YYYY-MM-DD in local time */
  iso: string;
  day: number;
  inMonth: boolean;
};

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string | null | undefined): value is Month {
  return !!value && MONTH.test(value);
}

function parts(month: Month): [number, number] {
  const match = MONTH.exec(month);
  if (!match) throw new Error(`Not a month: ${month}`);
  return [Number(match[1]), Number(match[2]) - 1];
}

const pad = (n: number) => String(n).padStart(2, '0');

export function monthOf(date: Date): Month {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}`;
}

export function shiftMonth(month: Month, delta: number): Month {
  const [year, index] = parts(month);
  return monthOf(new Date(year, index + delta, 1));
}

/** The month as instants for the API: from its first local midnight up to the next month's. */
export function monthRange(month: Month): { from: string; to: string } {
  const [year, index] = parts(month);
  return {
    from: new Date(year, index, 1).toISOString(),
    to: new Date(year, index + 1, 1).toISOString(),
  };
}

/**
 * The weeks shown for a month: whole weeks starting on `weekStart` (0 = Sunday, 1 = Monday), with the
 * days of the neighbouring months that fill the first and the last week.
 */
export function monthGrid(month: Month, weekStart = 1): CalendarDay[][] {
  const [year, index] = parts(month);
  const first = new Date(year, index, 1);
  const lead = (first.getDay() - weekStart + 7) % 7;
  const daysInMonth = new Date(year, index + 1, 0).getDate();
  const cells = Math.ceil((lead + daysInMonth) / 7) * 7;
  const weeks: CalendarDay[][] = [];
  for (let i = 0; i < cells; i++) {
    // Date arithmetic by calendar day (not by 24 hours) is safe across daylight-saving changes.
    const date = new Date(year, index, 1 - lead + i);
    if (i % 7 === 0) weeks.push([]);
    weeks[weeks.length - 1].push({
      iso: todayIso(date),
      day: date.getDate(),
      inMonth: date.getMonth() === index,
    });
  }
  return weeks;
}

/** Groups items by the local calendar day they start on, each day in start order. */
export function byStartDay<T extends { startsAt: string }>(items: readonly T[]): Map<string, T[]> {
  const days = new Map<string, T[]>();
  const sorted = [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  for (const item of sorted) {
    const date = new Date(item.startsAt);
    if (Number.isNaN(date.getTime())) continue;
    const key = todayIso(date);
    days.set(key, [...(days.get(key) ?? []), item]);
  }
  return days;
}

/** "November 2026" in the UI language. */
export function formatMonth(month: Month, language: string): string {
  const [year, index] = parts(month);
  return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric' }).format(
    new Date(year, index, 1),
  );
}

/** The weekday names in grid order, short and long. */
export function weekdayNames(language: string, weekStart = 1): { short: string; long: string }[] {
  const short = new Intl.DateTimeFormat(language, { weekday: 'short' });
  const long = new Intl.DateTimeFormat(language, { weekday: 'long' });
  // 4 January 2026 was a Sunday.
  return Array.from({ length: 7 }, (_, i) => {
    const date = new Date(2026, 0, 4 + ((weekStart + i) % 7));
    return { short: short.format(date), long: long.format(date) };
  });
}
