import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { MatchingRun } from './types';

export const matchingRunsQueryKey = (regionId: string) =>
  ['mentoring', 'runs', 'region', regionId] as const;

/** A region's last runs (up to 20), newest first. */
export async function getMatchingRuns(regionId: string): Promise<MatchingRun[]> {
  return unwrap(
    await api.GET('/api/v1/regions/{id}/matching-runs', { params: { path: { id: regionId } } }),
  );
}

export function getMatchingRunsQueryOptions(regionId: string) {
  return queryOptions<MatchingRun[], ApiError>({
    queryKey: matchingRunsQueryKey(regionId),
    queryFn: () => getMatchingRuns(regionId),
  });
}

export function useMatchingRuns(regionId: string) {
  return useQuery({ ...getMatchingRunsQueryOptions(regionId), enabled: regionId !== '' });
}
