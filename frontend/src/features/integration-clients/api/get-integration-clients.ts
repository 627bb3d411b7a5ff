import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type IntegrationClient = components['schemas']['IntegrationClient'];
export type IntegrationClientSecret = components['schemas']['IntegrationClientSecret'];
export type ClientScope = components['schemas']['ClientScope'];

export const integrationClientsListKey = ['integration-clients', 'list'] as const;

export async function getIntegrationClients(): Promise<IntegrationClient[]> {
  return unwrap(await api.GET('/api/v1/integration-clients'));
}

export function getIntegrationClientsQueryOptions() {
  return queryOptions<IntegrationClient[], ApiError>({
    queryKey: integrationClientsListKey,
    queryFn: getIntegrationClients,
  });
}

export function useIntegrationClients() {
  return useQuery(getIntegrationClientsQueryOptions());
}
