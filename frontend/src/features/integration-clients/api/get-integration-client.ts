import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { IntegrationClient } from './get-integration-clients';

export type IntegrationClientWithEtag = { client: IntegrationClient; etag: string | null };

export async function getIntegrationClient(id: string): Promise<IntegrationClientWithEtag> {
  const result = await api.GET('/api/v1/integration-clients/{id}', {
    params: { path: { id } },
  });
  return { client: unwrap(result), etag: result.response.headers.get('ETag') };
}

export const integrationClientQueryKey = (id: string) =>
  ['integration-clients', 'detail', id] as const;

export function getIntegrationClientQueryOptions(id: string) {
  return queryOptions<IntegrationClientWithEtag, ApiError>({
    queryKey: integrationClientQueryKey(id),
    queryFn: () => getIntegrationClient(id),
  });
}

export function useIntegrationClient(id: string) {
  return useQuery(getIntegrationClientQueryOptions(id));
}
