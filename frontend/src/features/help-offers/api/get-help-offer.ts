import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { HelpOffer } from './get-help-offers';

export type HelpOfferWithEtag = { offer: HelpOffer; etag: string | null };

export async function getHelpOffer(id: string): Promise<HelpOfferWithEtag> {
  const result = await api.GET('/api/v1/help-offers/{id}', { params: { path: { id } } });
  return { offer: unwrap(result), etag: result.response.headers.get('ETag') };
}

export const helpOfferQueryKey = (id: string) => ['help-offers', 'detail', id] as const;

export function getHelpOfferQueryOptions(id: string) {
  return queryOptions<HelpOfferWithEtag, ApiError>({
    queryKey: helpOfferQueryKey(id),
    queryFn: () => getHelpOffer(id),
  });
}

export function useHelpOffer(id: string) {
  return useQuery(getHelpOfferQueryOptions(id));
}

/** After a change: the directory lists it (or no longer does). */
export function helpOffersChanged(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: ['help-offers', 'list'] });
}
