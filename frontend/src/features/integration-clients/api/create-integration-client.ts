import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { integrationClientsListKey, type IntegrationClientSecret } from './get-integration-clients';

export type IntegrationClientInput = components['schemas']['IntegrationClientRequest'];

/** Registers a client; the answer holds its secret, this once. */
export async function createIntegrationClient(
  input: IntegrationClientInput,
): Promise<IntegrationClientSecret> {
  return unwrap(await api.POST('/api/v1/integration-clients', { body: input }));
}

export function useCreateIntegrationClient() {
  const queryClient = useQueryClient();
  return useMutation<IntegrationClientSecret, ApiError, IntegrationClientInput>({
    mutationFn: createIntegrationClient,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: integrationClientsListKey }),
  });
}
