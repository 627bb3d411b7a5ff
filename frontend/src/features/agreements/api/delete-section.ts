import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import { agreementChanged, agreementEtag, type Agreement } from './get-agreement';

type Variables = { agreement: Agreement; sectionId: string };

export async function deleteSection({ agreement, sectionId }: Variables): Promise<Agreement> {
  return unwrap(
    await api.DELETE('/api/v1/agreements/{id}/sections/{sectionId}', {
      params: {
        path: { id: agreement.id, sectionId },
        header: { 'If-Match': agreementEtag(agreement) },
      },
    }),
  );
}

export function useDeleteSection() {
  const queryClient = useQueryClient();
  return useMutation<Agreement, ApiError, Variables>({
    mutationFn: deleteSection,
    onSuccess: (data) => agreementChanged(queryClient, data),
  });
}
