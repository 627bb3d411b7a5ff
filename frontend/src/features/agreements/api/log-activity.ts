import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { activitiesQueryKey } from './get-activities';
import { commitmentsQueryKey, type Commitment } from './get-commitments';

export type ActivityInput = components['schemas']['AgreementActivityRequest'];
type Variables = { agreementId: string; commitmentId: string; input: ActivityInput };

/** Logs an activity; the answer is the commitment with its new schedule. */
export async function logActivity({
  agreementId,
  commitmentId,
  input,
}: Variables): Promise<Commitment> {
  return unwrap(
    await api.POST('/api/v1/agreements/{id}/commitments/{commitmentId}/activities', {
      params: { path: { id: agreementId, commitmentId } },
      body: input,
    }),
  );
}

export function useLogActivity() {
  const queryClient = useQueryClient();
  return useMutation<Commitment, ApiError, Variables>({
    mutationFn: logActivity,
    onSuccess: (_data, { agreementId }) => {
      void queryClient.invalidateQueries({ queryKey: commitmentsQueryKey(agreementId) });
      void queryClient.invalidateQueries({ queryKey: activitiesQueryKey(agreementId) });
    },
  });
}
