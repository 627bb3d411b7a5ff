import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { CommitmentInput } from './create-commitment';
import { commitmentsQueryKey, type Commitment } from './get-commitments';

type Variables = { agreementId: string; commitment: Commitment; input: CommitmentInput };

/** Changes a commitment with If-Match on the commitment's own version. */
export async function updateCommitment({
  agreementId,
  commitment,
  input,
}: Variables): Promise<Commitment> {
  return unwrap(
    await api.PUT('/api/v1/agreements/{id}/commitments/{commitmentId}', {
      params: {
        path: { id: agreementId, commitmentId: commitment.id },
        header: { 'If-Match': `"${commitment.version}"` },
      },
      body: input,
    }),
  );
}

export function useUpdateCommitment() {
  const queryClient = useQueryClient();
  return useMutation<Commitment, ApiError, Variables>({
    mutationFn: updateCommitment,
    onSuccess: (_data, { agreementId }) =>
      queryClient.invalidateQueries({ queryKey: commitmentsQueryKey(agreementId) }),
  });
}
