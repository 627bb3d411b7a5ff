import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type OrganisationMember = components['schemas']['OrganisationMember'];

/** The professionals and coordinators of an organisation, to choose a signatory. */
export async function getOrganisationMembers(id: string): Promise<OrganisationMember[]> {
  return unwrap(await api.GET('/api/v1/organisations/{id}/members', { params: { path: { id } } }));
}

export function useOrganisationMembers(id: string) {
  return useQuery(
    queryOptions<OrganisationMember[], ApiError>({
      queryKey: ['agreements', 'organisation-members', id],
      queryFn: () => getOrganisationMembers(id),
      enabled: id !== '',
      staleTime: 60_000,
    }),
  );
}
