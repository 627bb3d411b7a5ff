import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import { childrenChanged } from './get-children';
import { matchesChanged, matchQueryKey } from './get-matches';
import type { Match } from './types';

type Variables = { childId: string; volunteerId: string };

/** Confirms a suggestion: proposes this mentor for this child (409 when either has an open match). */
export async function createMatch(body: Variables): Promise<Match> {
  return unwrap(await api.POST('/api/v1/matches', { body }));
}

export function useCreateMatch() {
  const queryClient = useQueryClient();
  return useMutation<Match, ApiError, Variables>({
    mutationFn: createMatch,
    onSuccess: (match) => {
      queryClient.setQueryData(matchQueryKey(match.id), match);
      matchesChanged(queryClient);
      childrenChanged(queryClient);
    },
  });
}
