import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import { childrenChanged } from './get-children';
import { matchingRunQueryKey } from './get-matching-run';
import { matchingRunsQueryKey } from './get-matching-runs';
import { matchesChanged } from './get-matches';
import type { MatchingRun } from './types';

type Variables = { runId: string; proposalId: string; decision: 'CONFIRM' | 'DROP' };

/** Confirms a run's proposal (proposes the match) or drops it; answers the run. */
export async function decideProposal({
  runId,
  proposalId,
  decision,
}: Variables): Promise<MatchingRun> {
  const params = { path: { id: runId, proposalId } };
  return unwrap(
    decision === 'CONFIRM'
      ? await api.POST('/api/v1/matching-runs/{id}/proposals/{proposalId}/confirm', { params })
      : await api.POST('/api/v1/matching-runs/{id}/proposals/{proposalId}/drop', { params }),
  );
}

export function useDecideProposal() {
  const queryClient = useQueryClient();
  return useMutation<MatchingRun, ApiError, Variables>({
    mutationFn: decideProposal,
    onSuccess: (run, { decision }) => {
      queryClient.setQueryData(matchingRunQueryKey(run.id), run);
      void queryClient.invalidateQueries({ queryKey: matchingRunsQueryKey(run.regionId) });
      if (decision === 'CONFIRM') {
        matchesChanged(queryClient);
        childrenChanged(queryClient);
      }
    },
  });
}
