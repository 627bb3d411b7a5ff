import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import { agreementChanged, type Agreement } from './get-agreement';

type Variables = { id: string; organisationId: string; versionNumber: number };

/** Signs the version the user read for one party; 409 version_changed when the text moved on. */
export async function signAgreement({ id, organisationId, versionNumber }: Variables) {
  return unwrap(
    await api.POST('/api/v1/agreements/{id}/sign', {
      params: { path: { id } },
      body: { organisationId, versionNumber },
    }),
  );
}

export function useSignAgreement() {
  const queryClient = useQueryClient();
  return useMutation<Agreement, ApiError, Variables>({
    mutationFn: signAgreement,
    onSuccess: (data) => agreementChanged(queryClient, data),
  });
}
