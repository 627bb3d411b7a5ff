import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { agreementChanged, agreementEtag, type Agreement } from './get-agreement';

export type SectionInput = components['schemas']['AgreementSectionRequest'];
type Variables = { agreement: Agreement; input: SectionInput };

export async function addSection({ agreement, input }: Variables): Promise<Agreement> {
  return unwrap(
    await api.POST('/api/v1/agreements/{id}/sections', {
      params: { path: { id: agreement.id }, header: { 'If-Match': agreementEtag(agreement) } },
      body: input,
    }),
  );
}

export function useAddSection() {
  const queryClient = useQueryClient();
  return useMutation<Agreement, ApiError, Variables>({
    mutationFn: addSection,
    onSuccess: (data) => agreementChanged(queryClient, data),
  });
}
