import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type OrganisationOption = Pick<
  components['schemas']['Organisation'],
  'id' | 'name' | 'helpSystem'
>;

/** The organisations of the agreement's region that could become parties (the first 100 by name). */
export async function getRegionOrganisations(regionId: string): Promise<OrganisationOption[]> {
  const page = unwrap(
    await api.GET('/api/v1/organisations', {
      params: { query: { regionId, page: 0, size: 100, sort: 'name' } },
    }),
  );
  return page.items.map(({ id, name, helpSystem }) => ({ id, name, helpSystem }));
}

export function useRegionOrganisations(regionId: string, enabled = true) {
  return useQuery(
    queryOptions<OrganisationOption[], ApiError>({
      queryKey: ['agreements', 'region-organisations', regionId],
      queryFn: () => getRegionOrganisations(regionId),
      enabled,
      staleTime: 60_000,
    }),
  );
}
