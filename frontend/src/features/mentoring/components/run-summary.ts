import type { MatchingRun } from '../api/types';

/** How much the optimal assignment gains over a greedy pick, in per cent (0 when greedy scores 0). */
export function gainOverGreedy(run: Pick<MatchingRun, 'totalScore' | 'greedyScore'>): number {
  if (run.greedyScore <= 0) return 0;
  return ((run.totalScore - run.greedyScore) / run.greedyScore) * 100;
}

/** The proposals by status: how many are still open, confirmed and dropped. */
export function proposalCounts(run: Pick<MatchingRun, 'proposals'>) {
  const counts = { OPEN: 0, CONFIRMED: 0, DROPPED: 0 };
  for (const p of run.proposals) counts[p.status] += 1;
  return counts;
}
