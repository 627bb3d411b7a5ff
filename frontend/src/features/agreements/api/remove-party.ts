import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import { agreementChanged, agreementEtag, type Agreement } from './get-agreement';

type Variables = { agreement: Agreement; organisationId: string };

export async function removeParty({ agreement, organisationId }: Variables): Promise<Agreement> {
  return unwrap(
    await api.DELETE('/api/v1/agreements/{id}/parties/{organisationId}', {
      params: {
        path: { id: agreement.id, organisationId },
        header: { 'If-Match': agreementEtag(agreement) },
      },
    }),
  );
}

export function useRemoveParty() {
  const queryClient = useQueryClient();
  return useMutation<Agreement, ApiError, Variables>({
    mutationFn: removeParty,
    onSuccess: (data) => agreementChanged(queryClient, data),
  });
}
