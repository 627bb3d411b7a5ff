import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { agreementChanged, agreementEtag, type Agreement } from './get-agreement';

export type PartyInput = components['schemas']['AgreementPartyRequest'];
type Variables = { agreement: Agreement; organisationId: string; input: PartyInput };

/** Adds a party, or changes its contact person and signatory. */
export async function putParty({
  agreement,
  organisationId,
  input,
}: Variables): Promise<Agreement> {
  return unwrap(
    await api.PUT('/api/v1/agreements/{id}/parties/{organisationId}', {
      params: {
        path: { id: agreement.id, organisationId },
        header: { 'If-Match': agreementEtag(agreement) },
      },
      body: input,
    }),
  );
}

export function usePutParty() {
  const queryClient = useQueryClient();
  return useMutation<Agreement, ApiError, Variables>({
    mutationFn: putParty,
    onSuccess: (data) => agreementChanged(queryClient, data),
  });
}
