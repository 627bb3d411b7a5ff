import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';

export type OrganisationOption = { id: string; name: string; regionId: string };

/** The organisations of the caller's regions an offer can belong to (the first 100 by name). */
export async function getOrganisationOptions(): Promise<OrganisationOption[]> {
  const page = unwrap(
    await api.GET('/api/v1/organisations', {
      params: { query: { page: 0, size: 100, sort: 'name' } },
    }),
  );
  return page.items.map(({ id, name, regionId }) => ({ id, name, regionId }));
}

export function useOrganisationOptions(enabled = true) {
  return useQuery(
    queryOptions<OrganisationOption[], ApiError>({
      queryKey: ['help-offers', 'organisation-options'],
      queryFn: getOrganisationOptions,
      enabled,
      staleTime: 60_000,
    }),
  );
}
