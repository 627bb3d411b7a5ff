import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components, operations } from '@/lib/api/schema';

export type Organisation = components['schemas']['Organisation'];
export type OrganisationPage = components['schemas']['OrganisationPage'];
export type HelpSystem = Organisation['helpSystem'];
export type OrganisationsQuery = NonNullable<
  operations['listOrganisations']['parameters']['query']
>;

export const ORGANISATION_PAGE_SIZE = 20;

export async function getOrganisations(query: OrganisationsQuery): Promise<OrganisationPage> {
  return unwrap(await api.GET('/api/v1/organisations', { params: { query } }));
}

export function getOrganisationsQueryOptions(query: OrganisationsQuery) {
  return queryOptions<OrganisationPage, ApiError>({
    queryKey: ['organisations', 'list', query],
    queryFn: () => getOrganisations(query),
    placeholderData: keepPreviousData,
  });
}

export function useOrganisations(query: OrganisationsQuery) {
  return useQuery(getOrganisationsQueryOptions(query));
}
