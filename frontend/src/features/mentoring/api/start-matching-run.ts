import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import { matchingRunQueryKey } from './get-matching-run';
import { matchingRunsQueryKey } from './get-matching-runs';
import type { MatchingRun } from './types';

/** Assigns all waiting children of a region to its available mentors (the optimal total score). */
export async function startMatchingRun(regionId: string): Promise<MatchingRun> {
  return unwrap(
    await api.POST('/api/v1/regions/{id}/matching-runs', { params: { path: { id: regionId } } }),
  );
}

export function useStartMatchingRun() {
  const queryClient = useQueryClient();
  return useMutation<MatchingRun, ApiError, string>({
    mutationFn: startMatchingRun,
    onSuccess: (run) => {
      queryClient.setQueryData(matchingRunQueryKey(run.id), run);
      void queryClient.invalidateQueries({ queryKey: matchingRunsQueryKey(run.regionId) });
    },
  });
}
