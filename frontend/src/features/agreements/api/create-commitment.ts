import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { commitmentsQueryKey, type Commitment } from './get-commitments';

export type CommitmentInput = components['schemas']['AgreementCommitmentRequest'];
type Variables = { agreementId: string; input: CommitmentInput };

export async function createCommitment({ agreementId, input }: Variables): Promise<Commitment> {
  return unwrap(
    await api.POST('/api/v1/agreements/{id}/commitments', {
      params: { path: { id: agreementId } },
      body: input,
    }),
  );
}

export function useCreateCommitment() {
  const queryClient = useQueryClient();
  return useMutation<Commitment, ApiError, Variables>({
    mutationFn: createCommitment,
    onSuccess: (_data, { agreementId }) =>
      queryClient.invalidateQueries({ queryKey: commitmentsQueryKey(agreementId) }),
  });
}
