import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { Enrolment } from './get-my-enrolments';
import { trainingsChanged } from './get-training';

type Variables = { enrolmentId: string; reason?: string };

/** Cancels an enrolment (the participant's own, or any of a coordinator's trainings). */
export async function cancelEnrolment({ enrolmentId, reason }: Variables): Promise<Enrolment> {
  return unwrap(
    await api.POST('/api/v1/enrolments/{id}/cancel', {
      params: { path: { id: enrolmentId } },
      body: reason ? { reason } : {},
    }),
  );
}

export function useCancelEnrolment() {
  const queryClient = useQueryClient();
  return useMutation<Enrolment, ApiError, Variables>({
    mutationFn: cancelEnrolment,
    onSuccess: () => trainingsChanged(queryClient),
  });
}
