import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { OrganisationOption } from './get-organisation-options';

/** The organisation that keeps an offer, for its name on the offer page. */
export async function getOfferOrganisation(id: string): Promise<OrganisationOption> {
  const { name, regionId } = unwrap(
    await api.GET('/api/v1/organisations/{id}', { params: { path: { id } } }),
  );
  return { id, name, regionId };
}

export function useOfferOrganisation(id: string | undefined) {
  return useQuery(
    queryOptions<OrganisationOption, ApiError>({
      queryKey: ['help-offers', 'organisation', id],
      queryFn: () => getOfferOrganisation(id ?? ''),
      enabled: !!id,
      staleTime: 60_000,
    }),
  );
}
