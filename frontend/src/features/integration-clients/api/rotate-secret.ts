import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import { integrationClientQueryKey } from './get-integration-client';
import { integrationClientsListKey, type IntegrationClientSecret } from './get-integration-clients';

type Variables = { id: string; graceHours: number };

/** A new secret, in this answer only; the current one keeps working for graceHours. */
export async function rotateSecret({
  id,
  graceHours,
}: Variables): Promise<IntegrationClientSecret> {
  return unwrap(
    await api.POST('/api/v1/integration-clients/{id}/secret', {
      params: { path: { id } },
      body: { graceHours },
    }),
  );
}

export function useRotateSecret() {
  const queryClient = useQueryClient();
  return useMutation<IntegrationClientSecret, ApiError, Variables>({
    mutationFn: rotateSecret,
    onSuccess: (_data, { id }) => {
      // The client's version changed: the next save needs the new ETag.
      void queryClient.invalidateQueries({ queryKey: integrationClientQueryKey(id) });
      void queryClient.invalidateQueries({ queryKey: integrationClientsListKey });
    },
  });
}
