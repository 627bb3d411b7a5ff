import { keepPreviousData, queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { Match, MatchesQuery } from './types';

export const matchQueryKey = (id: string) => ['mentoring', 'matches', 'detail', id] as const;

/** The region's matches with their health flags, newest first. */
export async function getMatches(query: MatchesQuery): Promise<Match[]> {
  return unwrap(await api.GET('/api/v1/matches', { params: { query } }));
}

export function getMatchesQueryOptions(query: MatchesQuery) {
  return queryOptions<Match[], ApiError>({
    queryKey: ['mentoring', 'matches', 'list', query],
    queryFn: () => getMatches(query),
    placeholderData: keepPreviousData,
  });
}

export function useMatches(query: MatchesQuery) {
  return useQuery(getMatchesQueryOptions(query));
}

/** After a change: the lists and the match are read again. */
export function matchesChanged(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: ['mentoring', 'matches'] });
}
