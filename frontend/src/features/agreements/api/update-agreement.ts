import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { agreementChanged, agreementEtag, type Agreement } from './get-agreement';

export type UpdateAgreementInput = components['schemas']['UpdateAgreementRequest'];
type Variables = { agreement: Agreement; input: UpdateAgreementInput };

/** Changes title, referral response days or review date, with If-Match. */
export async function updateAgreement({ agreement, input }: Variables): Promise<Agreement> {
  return unwrap(
    await api.PUT('/api/v1/agreements/{id}', {
      params: { path: { id: agreement.id }, header: { 'If-Match': agreementEtag(agreement) } },
      body: input,
    }),
  );
}

export function useUpdateAgreement() {
  const queryClient = useQueryClient();
  return useMutation<Agreement, ApiError, Variables>({
    mutationFn: updateAgreement,
    onSuccess: (data) => agreementChanged(queryClient, data),
  });
}
