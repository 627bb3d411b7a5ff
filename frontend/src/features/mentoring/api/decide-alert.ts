import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import { matchesChanged } from './get-matches';
import type { AlertDecision, SafeguardingAlert } from './types';

type Variables = { id: string; decision: AlertDecision; reason: string };

/** Records the decision on a concern with its reason, once (409 alert_decided). */
export async function decideAlert({ id, decision, reason }: Variables): Promise<SafeguardingAlert> {
  return unwrap(
    await api.POST('/api/v1/safeguarding-alerts/{id}/decision', {
      params: { path: { id } },
      body: { decision, reason },
    }),
  );
}

export function useDecideAlert() {
  const queryClient = useQueryClient();
  return useMutation<SafeguardingAlert, ApiError, Variables>({
    mutationFn: decideAlert,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['mentoring', 'alerts'] });
      // A decided concern clears the match's "open concern" flag.
      matchesChanged(queryClient);
    },
  });
}
