import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { MatchSuggestion } from './types';

export const SUGGESTION_LIMIT = 10;

/** Mentors allowed for a child, best first, each with the explanation of its score. */
export async function getMatchSuggestions(childId: string): Promise<MatchSuggestion[]> {
  return unwrap(
    await api.GET('/api/v1/children/{id}/match-suggestions', {
      params: { path: { id: childId }, query: { limit: SUGGESTION_LIMIT } },
    }),
  );
}

export function getMatchSuggestionsQueryOptions(childId: string) {
  return queryOptions<MatchSuggestion[], ApiError>({
    queryKey: ['mentoring', 'children', 'suggestions', childId],
    queryFn: () => getMatchSuggestions(childId),
  });
}

export function useMatchSuggestions(childId: string, enabled = true) {
  return useQuery({ ...getMatchSuggestionsQueryOptions(childId), enabled });
}
