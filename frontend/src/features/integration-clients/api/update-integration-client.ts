import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import {
  integrationClientQueryKey,
  type IntegrationClientWithEtag,
} from './get-integration-client';
import { integrationClientsListKey } from './get-integration-clients';

export type IntegrationClientUpdate = components['schemas']['IntegrationClientUpdate'];

type Variables = { id: string; etag: string | null; input: IntegrationClientUpdate };

/** Saves a client with If-Match; a 412 means someone else changed it meanwhile. */
export async function updateIntegrationClient({
  id,
  etag,
  input,
}: Variables): Promise<IntegrationClientWithEtag> {
  const result = await api.PUT('/api/v1/integration-clients/{id}', {
    params: { path: { id }, header: { 'If-Match': etag ?? '' } },
    body: input,
  });
  return { client: unwrap(result), etag: result.response.headers.get('ETag') };
}

export function useUpdateIntegrationClient() {
  const queryClient = useQueryClient();
  return useMutation<IntegrationClientWithEtag, ApiError, Variables>({
    mutationFn: updateIntegrationClient,
    onSuccess: (data, { id }) => {
      if (data.etag) queryClient.setQueryData(integrationClientQueryKey(id), data);
      else void queryClient.invalidateQueries({ queryKey: integrationClientQueryKey(id) });
      void queryClient.invalidateQueries({ queryKey: integrationClientsListKey });
    },
  });
}
