import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import { matchQueryKey } from './get-matches';
import type { Match } from './types';

export async function getMatch(id: string): Promise<Match> {
  return unwrap(await api.GET('/api/v1/matches/{id}', { params: { path: { id } } }));
}

export function getMatchQueryOptions(id: string) {
  return queryOptions<Match, ApiError>({
    queryKey: matchQueryKey(id),
    queryFn: () => getMatch(id),
  });
}

export function useMatch(id: string | undefined) {
  return useQuery({ ...getMatchQueryOptions(id ?? ''), enabled: !!id });
}
