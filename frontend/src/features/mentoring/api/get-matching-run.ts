import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { MatchingRun } from './types';

export const matchingRunQueryKey = (id: string) => ['mentoring', 'runs', 'detail', id] as const;

export async function getMatchingRun(id: string): Promise<MatchingRun> {
  return unwrap(await api.GET('/api/v1/matching-runs/{id}', { params: { path: { id } } }));
}

export function getMatchingRunQueryOptions(id: string) {
  return queryOptions<MatchingRun, ApiError>({
    queryKey: matchingRunQueryKey(id),
    queryFn: () => getMatchingRun(id),
  });
}

export function useMatchingRun(id: string | undefined) {
  return useQuery({ ...getMatchingRunQueryOptions(id ?? ''), enabled: !!id });
}
