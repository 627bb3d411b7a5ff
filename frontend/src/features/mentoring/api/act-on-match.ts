import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import { childrenChanged } from './get-children';
import { matchesChanged, matchQueryKey } from './get-matches';
import type { CloseReason, Match, Party } from './types';

/** The status changes of a match (PROPOSED → ACCEPTED → ACTIVE → CLOSED). */
export type MatchAction =
  | { kind: 'CONSENT'; party: Party }
  | { kind: 'START'; startedOn?: string }
  | { kind: 'CLOSE'; reason: CloseReason; note: string };

type Variables = { id: string; action: MatchAction };

/** POST /matches/{id}/consent|start|close; 409 illegal_transition from the wrong status. */
export async function actOnMatch({ id, action }: Variables): Promise<Match> {
  const params = { path: { id } };
  switch (action.kind) {
    case 'CONSENT':
      return unwrap(
        await api.POST('/api/v1/matches/{id}/consent', { params, body: { party: action.party } }),
      );
    case 'START':
      return unwrap(
        await api.POST('/api/v1/matches/{id}/start', {
          params,
          body: action.startedOn ? { startedOn: action.startedOn } : {},
        }),
      );
    case 'CLOSE':
      return unwrap(
        await api.POST('/api/v1/matches/{id}/close', {
          params,
          body: { reason: action.reason, note: action.note },
        }),
      );
  }
}

export function useActOnMatch() {
  const queryClient = useQueryClient();
  return useMutation<Match, ApiError, Variables>({
    mutationFn: actOnMatch,
    onSuccess: (match) => {
      queryClient.setQueryData(matchQueryKey(match.id), match);
      matchesChanged(queryClient);
      childrenChanged(queryClient);
    },
  });
}
