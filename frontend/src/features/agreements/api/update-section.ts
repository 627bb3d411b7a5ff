import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { SectionInput } from './add-section';
import { agreementChanged, agreementEtag, type Agreement } from './get-agreement';

type Variables = { agreement: Agreement; sectionId: string; input: SectionInput };

export async function updateSection({
  agreement,
  sectionId,
  input,
}: Variables): Promise<Agreement> {
  return unwrap(
    await api.PUT('/api/v1/agreements/{id}/sections/{sectionId}', {
      params: {
        path: { id: agreement.id, sectionId },
        header: { 'If-Match': agreementEtag(agreement) },
      },
      body: input,
    }),
  );
}

export function useUpdateSection() {
  const queryClient = useQueryClient();
  return useMutation<Agreement, ApiError, Variables>({
    mutationFn: updateSection,
    onSuccess: (data) => agreementChanged(queryClient, data),
  });
}
