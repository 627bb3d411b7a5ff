import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';

export type OrganisationOption = { id: string; name: string; regionId: string };

/** Organisations a client can be registered for (the first 100 by name). */
export async function getOrganisationOptions(): Promise<OrganisationOption[]> {
  const page = unwrap(
    await api.GET('/api/v1/organisations', {
      params: { query: { page: 0, size: 100, sort: 'name' } },
    }),
  );
  return page.items.map(({ id, name, regionId }) => ({ id, name, regionId }));
}

export function useOrganisationOptions() {
  return useQuery(
    queryOptions<OrganisationOption[], ApiError>({
      queryKey: ['integration-clients', 'organisation-options'],
      queryFn: getOrganisationOptions,
      staleTime: 60_000,
    }),
  );
}
