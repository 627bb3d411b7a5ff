import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { Organisation } from './get-organisations';

export type OrganisationWithEtag = { organisation: Organisation; etag: string | null };

export async function getOrganisation(id: string): Promise<OrganisationWithEtag> {
  const result = await api.GET('/api/v1/organisations/{id}', { params: { path: { id } } });
  return { organisation: unwrap(result), etag: result.response.headers.get('ETag') };
}

export const organisationQueryKey = (id: string) => ['organisations', 'detail', id] as const;

export function getOrganisationQueryOptions(id: string) {
  return queryOptions<OrganisationWithEtag, ApiError>({
    queryKey: organisationQueryKey(id),
    queryFn: () => getOrganisation(id),
  });
}

export function useOrganisation(id: string) {
  return useQuery(getOrganisationQueryOptions(id));
}
