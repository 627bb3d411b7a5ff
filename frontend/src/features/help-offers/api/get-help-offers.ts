import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components, operations } from '@/lib/api/schema';

export type HelpOffer = components['schemas']['HelpOffer'];
export type HelpOfferPage = components['schemas']['HelpOfferPage'];
export type HelpOfferKind = HelpOffer['kind'];
export type HelpOffersQuery = NonNullable<operations['listHelpOffers']['parameters']['query']>;

export const HELP_OFFER_KINDS: readonly HelpOfferKind[] = [
  'MENTORING_PROGRAMME',
  'CHILDREN_GROUP',
  'FAMILY_COUNSELLING',
  'PARENT_SUPPORT',
  'THERAPY',
  'OTHER',
];

export const HELP_OFFER_PAGE_SIZE = 20;

export function getHelpOffersQueryOptions(query: HelpOffersQuery) {
  return queryOptions<HelpOfferPage, ApiError>({
    queryKey: ['help-offers', 'list', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/help-offers', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useHelpOffers(query: HelpOffersQuery) {
  return useQuery(getHelpOffersQueryOptions(query));
}
