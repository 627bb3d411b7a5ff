import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import { agreementChanged, type Agreement } from './get-agreement';

export const TRANSITIONS = [
  'submit',
  'ready',
  'reopen',
  'activate',
  'review',
  'renew',
  'terminate',
] as const;
export type Transition = (typeof TRANSITIONS)[number];

/** The lifecycle steps that may leave each status (the server checks again). */
export const transitionsFrom: Record<Agreement['status'], readonly Transition[]> = {
  DRAFT: ['submit'],
  NEGOTIATION: ['ready'],
  READY_FOR_SIGNATURE: ['reopen'],
  SIGNED: ['activate'],
  ACTIVE: ['review', 'terminate'],
  UNDER_REVIEW: ['renew', 'terminate'],
  RENEWED: [],
  TERMINATED: [],
};

type Variables = { id: string; transition: Transition; reason?: string };

/** One lifecycle step: POST /agreements/{id}/{submit|ready|reopen|activate|review|renew|terminate}. */
export async function transitionAgreement({
  id,
  transition,
  reason,
}: Variables): Promise<Agreement> {
  const init = { params: { path: { id } }, body: reason ? { reason } : {} };
  switch (transition) {
    case 'submit':
      return unwrap(await api.POST('/api/v1/agreements/{id}/submit', init));
    case 'ready':
      return unwrap(await api.POST('/api/v1/agreements/{id}/ready', init));
    case 'reopen':
      return unwrap(await api.POST('/api/v1/agreements/{id}/reopen', init));
    case 'activate':
      return unwrap(await api.POST('/api/v1/agreements/{id}/activate', init));
    case 'review':
      return unwrap(await api.POST('/api/v1/agreements/{id}/review', init));
    case 'renew':
      return unwrap(await api.POST('/api/v1/agreements/{id}/renew', init));
    case 'terminate':
      return unwrap(await api.POST('/api/v1/agreements/{id}/terminate', init));
  }
}

export function useTransitionAgreement() {
  const queryClient = useQueryClient();
  return useMutation<Agreement, ApiError, Variables>({
    mutationFn: transitionAgreement,
    onSuccess: (data) => agreementChanged(queryClient, data),
  });
}
