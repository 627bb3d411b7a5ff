import { SCREENING_STEPS, type ScreeningStep, type VolunteerSummary } from '../api/types';

/** A column of the applications board: a next step, or READY (all steps done: approve). */
export type BoardColumnKey = ScreeningStep | 'READY';

export const BOARD_COLUMNS: readonly BoardColumnKey[] = [...SCREENING_STEPS, 'READY'];

export type BoardColumn = { key: BoardColumnKey; volunteers: VolunteerSummary[] };

/**
 * Groups the volunteers in screening by their next step, in the order of the steps, READY last;
 * everyone else is left out. Each column lists the oldest application first; empty columns stay.
 */
export function groupBoard(volunteers: readonly VolunteerSummary[]): BoardColumn[] {
  const columns = new Map<BoardColumnKey, VolunteerSummary[]>(
    BOARD_COLUMNS.map((key) => [key, []]),
  );
  for (const v of volunteers) {
    if (v.status !== 'SCREENING') continue;
    columns.get(v.nextStep ?? 'READY')!.push(v);
  }
  return BOARD_COLUMNS.map((key) => ({
    key,
    volunteers: columns.get(key)!.sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
  }));
}
