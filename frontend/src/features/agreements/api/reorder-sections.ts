import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import { agreementChanged, agreementEtag, type Agreement } from './get-agreement';

type Variables = { agreement: Agreement; sectionIds: string[] };

export async function reorderSections({ agreement, sectionIds }: Variables): Promise<Agreement> {
  return unwrap(
    await api.PUT('/api/v1/agreements/{id}/section-order', {
      params: { path: { id: agreement.id }, header: { 'If-Match': agreementEtag(agreement) } },
      body: { sectionIds },
    }),
  );
}

export function useReorderSections() {
  const queryClient = useQueryClient();
  return useMutation<Agreement, ApiError, Variables>({
    mutationFn: reorderSections,
    onSuccess: (data) => agreementChanged(queryClient, data),
  });
}
