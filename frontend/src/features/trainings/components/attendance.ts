import type { AttendanceRow } from '../api/get-attendance';

export type AttendanceCounts = {
  /** Ticked present */
  present: number;
  /** Everyone on the sheet */
  total: number;
  /** Not ticked either way yet */
  open: number;
};

export function attendanceCounts(
  rows: readonly Pick<AttendanceRow, 'present'>[],
): AttendanceCounts {
  const present = rows.filter((r) => r.present === true).length;
  const open = rows.filter((r) => r.present === undefined || r.present === null).length;
  return { present, total: rows.length, open };
}

/** Only a confirmed seat can be ticked, and only while the training runs. */
export function canTick(row: Pick<AttendanceRow, 'state'>, trainingPublished: boolean): boolean {
  return trainingPublished && row.state === 'CONFIRMED';
}
