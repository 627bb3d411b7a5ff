import { describe, expect, it } from 'vitest';
import { withRow } from '../api/record-attendance';
import { attendanceCounts, canTick } from './attendance';

const session = {
  id: 's1',
  startsAt: '2026-11-23T08:00:00Z',
  endsAt: '2026-11-23T14:00:00Z',
};
const sheet = {
  session,
  rows: [
    { enrolmentId: 'a', displayName: 'Petra Kovač', state: 'CONFIRMED' as const },
    { enrolmentId: 'b', displayName: 'Luka Horvat', state: 'CONFIRMED' as const, present: false },
    { enrolmentId: 'c', displayName: 'Eva', state: 'CONFIRMED' as const, present: true },
  ],
};

describe('attendance sheet', () => {
  it('counts who is present, out of everyone, and who is still open', () => {
    expect(attendanceCounts(sheet.rows)).toEqual({ present: 1, total: 3, open: 1 });
    expect(attendanceCounts([])).toEqual({ present: 0, total: 0, open: 0 });
  });

  it('changes only the ticked row', () => {
    const ticked = withRow(sheet, 'a', { present: true });
    expect(attendanceCounts(ticked.rows)).toEqual({ present: 2, total: 3, open: 0 });
    expect(ticked.rows[1]).toBe(sheet.rows[1]);
    expect(sheet.rows[0]).not.toHaveProperty('present');
  });

  it('undoes a failed tick back to not recorded', () => {
    const ticked = withRow(sheet, 'a', { present: true });
    const undone = withRow(ticked, 'a', { present: undefined });
    expect(attendanceCounts(undone.rows)).toEqual({ present: 1, total: 3, open: 1 });
  });

  it('lets only confirmed seats be ticked while the training runs', () => {
    expect(canTick({ state: 'CONFIRMED' }, true)).toBe(true);
    expect(canTick({ state: 'CONFIRMED' }, false)).toBe(false);
    expect(canTick({ state: 'ATTENDED' }, true)).toBe(false);
  });
});
