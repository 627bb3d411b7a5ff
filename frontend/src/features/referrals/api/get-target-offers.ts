import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type TargetOffer = components['schemas']['HelpOffer'];

/** The active help offers a child can be referred to (the API lists the caller's region's). */
export function getTargetOffersQueryOptions() {
  return queryOptions<TargetOffer[], ApiError>({
    queryKey: ['referrals', 'target-offers'],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/help-offers', {
          params: { query: { active: true, size: 100, sort: 'name' } },
        }),
      ).items,
    staleTime: 60_000,
  });
}

export function useTargetOffers() {
  return useQuery(getTargetOffersQueryOptions());
}
