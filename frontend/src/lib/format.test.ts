import { describe, expect, it } from 'vitest';
import { formatDateTimeRange, formatMonth, fromLocalInput, toLocalInput, todayIso } from './format';

describe('date and time helpers', () => {
  it('turns a datetime-local value into an instant and back', () => {
    const instant = fromLocalInput('2026-11-23T09:30');
    expect(instant).toBe(new Date(2026, 10, 23, 9, 30).toISOString());
    expect(toLocalInput(instant)).toBe('2026-11-23T09:30');
  });

  it('leaves incomplete or empty values empty', () => {
    expect(fromLocalInput('')).toBe('');
    expect(fromLocalInput('2026-11-23')).toBe('');
    expect(toLocalInput(undefined)).toBe('');
    expect(toLocalInput('not a date')).toBe('');
  });

  it('shows a range on one day with the date once', () => {
    const start = new Date(2026, 10, 23, 9, 0).toISOString();
    const end = new Date(2026, 10, 23, 15, 0).toISOString();
    const text = formatDateTimeRange(start, end, 'en-GB');
    expect(text.match(/2026/g)).toHaveLength(1);
    expect(text).toContain('09:00');
    expect(text).toContain('15:00');
  });

  it('falls back to the start alone without a valid end', () => {
    const start = new Date(2026, 10, 23, 9, 0).toISOString();
    expect(formatDateTimeRange(start, null, 'en-GB')).toContain('09:00');
    expect(formatDateTimeRange('', null, 'en-GB')).toBe('');
  });

  it('shows the month of a calendar date', () => {
    expect(formatMonth('2026-11-01', 'en-GB')).toBe('November 2026');
    expect(formatMonth('2026-11', 'en-GB')).toBe('November 2026');
    expect(formatMonth(undefined, 'en-GB')).toBe('');
    expect(formatMonth('soon', 'en-GB')).toBe('soon');
  });

  it('gives the local calendar day', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
