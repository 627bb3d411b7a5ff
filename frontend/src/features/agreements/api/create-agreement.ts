import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { agreementQueryKey, type Agreement } from './get-agreement';

export type CreateAgreementInput = components['schemas']['CreateAgreementRequest'];

export async function createAgreement(input: CreateAgreementInput): Promise<Agreement> {
  return unwrap(await api.POST('/api/v1/agreements', { body: input }));
}

export function useCreateAgreement() {
  const queryClient = useQueryClient();
  return useMutation<Agreement, ApiError, CreateAgreementInput>({
    mutationFn: createAgreement,
    onSuccess: (created) => {
      queryClient.setQueryData(agreementQueryKey(created.id), created);
      void queryClient.invalidateQueries({ queryKey: ['agreements', 'list'] });
    },
  });
}
