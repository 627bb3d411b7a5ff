import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { Enrolment } from './get-my-enrolments';
import { trainingsChanged } from './get-training';

type Variables =
  | { enrolmentId: string; decision: 'approve' }
  | { enrolmentId: string; decision: 'decline'; reason: string };

/** A coordinator approves a request, or declines a request or a place on the waiting list. */
export async function decideEnrolment(variables: Variables): Promise<Enrolment> {
  const params = { path: { id: variables.enrolmentId } };
  if (variables.decision === 'approve') {
    return unwrap(await api.POST('/api/v1/enrolments/{id}/approve', { params }));
  }
  return unwrap(
    await api.POST('/api/v1/enrolments/{id}/decline', {
      params,
      body: { reason: variables.reason },
    }),
  );
}

export function useDecideEnrolment() {
  const queryClient = useQueryClient();
  return useMutation<Enrolment, ApiError, Variables>({
    mutationFn: decideEnrolment,
    onSuccess: () => trainingsChanged(queryClient),
  });
}
