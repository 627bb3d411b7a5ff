import { describe, expect, it } from 'vitest';
import {
  byStartDay,
  formatMonth,
  isMonth,
  monthGrid,
  monthRange,
  shiftMonth,
  weekdayNames,
} from './calendar';

describe('month calendar', () => {
  it('fills whole weeks from Monday with the neighbouring days', () => {
    // November 2026 starts on a Sunday and ends on a Monday.
    const weeks = monthGrid('2026-11');
    expect(weeks).toHaveLength(6);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks[0][0]).toEqual({ iso: '2026-10-26', day: 26, inMonth: false });
    expect(weeks[0][6]).toEqual({ iso: '2026-11-01', day: 1, inMonth: true });
    expect(weeks[5][0]).toEqual({ iso: '2026-11-30', day: 30, inMonth: true });
    expect(weeks[5][6]).toEqual({ iso: '2026-12-06', day: 6, inMonth: false });
    expect(weeks.flat().filter((d) => d.inMonth)).toHaveLength(30);
  });

  it('needs only four weeks for a February that starts on a Monday', () => {
    const weeks = monthGrid('2027-02');
    expect(weeks).toHaveLength(4);
    expect(weeks[0][0].iso).toBe('2027-02-01');
    expect(weeks[3][6].iso).toBe('2027-02-28');
  });

  it('can start the week on Sunday', () => {
    const weeks = monthGrid('2026-11', 0);
    expect(weeks[0][0].iso).toBe('2026-11-01');
    expect(weeks).toHaveLength(5);
  });

  it('counts each day once across a daylight-saving change', () => {
    const days = monthGrid('2026-03').flat();
    expect(new Set(days.map((d) => d.iso)).size).toBe(days.length);
    expect(days.filter((d) => d.inMonth)).toHaveLength(31);
  });

  it('moves between months across years', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-05', 0)).toBe('2026-05');
  });

  it('gives the month as a range of instants from local midnight', () => {
    const { from, to } = monthRange('2026-12');
    expect(from).toBe(new Date(2026, 11, 1).toISOString());
    expect(to).toBe(new Date(2027, 0, 1).toISOString());
  });

  it('knows a month when it sees one', () => {
    expect(isMonth('2026-11')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-1')).toBe(false);
    expect(isMonth(null)).toBe(false);
  });

  it('groups trainings by their local start day, in start order', () => {
    const late = { id: 'b', startsAt: new Date(2026, 10, 23, 14, 0).toISOString() };
    const early = { id: 'a', startsAt: new Date(2026, 10, 23, 9, 0).toISOString() };
    const other = { id: 'c', startsAt: new Date(2026, 10, 30, 9, 0).toISOString() };
    const days = byStartDay([late, other, early]);
    expect([...days.keys()]).toEqual(['2026-11-23', '2026-11-30']);
    expect(days.get('2026-11-23')?.map((t) => t.id)).toEqual(['a', 'b']);
  });

  it('names the month and the weekdays in the UI language', () => {
    expect(formatMonth('2026-11', 'en')).toBe('November 2026');
    expect(formatMonth('2026-11', 'de')).toBe('November 2026');
    const names = weekdayNames('en');
    expect(names[0].long).toBe('Monday');
    expect(names[6].long).toBe('Sunday');
    expect(weekdayNames('en', 0)[0].long).toBe('Sunday');
  });
});
