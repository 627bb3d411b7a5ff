import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import { volunteerQueryKey } from './get-volunteer';
import { volunteersChanged } from './get-volunteers';
import type { Volunteer } from './types';

export type VolunteerDecision = 'APPROVE' | 'REJECT' | 'WITHDRAW';

type Variables = { id: string; decision: VolunteerDecision; reason?: string };

/**
 * POST /volunteers/{id}/approve|reject|withdraw. Approving creates the mentor account and its
 * set-password link; rejecting needs a reason; withdrawing takes an optional one.
 */
export async function decideVolunteer({ id, decision, reason }: Variables): Promise<Volunteer> {
  const path = { path: { id } };
  switch (decision) {
    case 'APPROVE':
      return unwrap(await api.POST('/api/v1/volunteers/{id}/approve', { params: path }));
    case 'REJECT':
      return unwrap(
        await api.POST('/api/v1/volunteers/{id}/reject', {
          params: path,
          body: { reason: reason ?? '' },
        }),
      );
    case 'WITHDRAW':
      return unwrap(
        await api.POST('/api/v1/volunteers/{id}/withdraw', {
          params: path,
          body: reason ? { reason } : {},
        }),
      );
  }
}

export function useDecideVolunteer() {
  const queryClient = useQueryClient();
  return useMutation<Volunteer, ApiError, Variables>({
    mutationFn: decideVolunteer,
    onSuccess: (volunteer) => {
      queryClient.setQueryData(volunteerQueryKey(volunteer.id), volunteer);
      volunteersChanged(queryClient);
    },
  });
}
