import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { helpOfferQueryKey, helpOffersChanged, type HelpOfferWithEtag } from './get-help-offer';

export type HelpOfferInput = components['schemas']['HelpOfferRequest'];

/** Publishes a help offer of an organisation. */
export async function createHelpOffer(input: HelpOfferInput): Promise<HelpOfferWithEtag> {
  const result = await api.POST('/api/v1/help-offers', { body: input });
  return { offer: unwrap(result), etag: result.response.headers.get('ETag') };
}

export function useCreateHelpOffer() {
  const queryClient = useQueryClient();
  return useMutation<HelpOfferWithEtag, ApiError, HelpOfferInput>({
    mutationFn: createHelpOffer,
    onSuccess: (data) => {
      if (data.etag) queryClient.setQueryData(helpOfferQueryKey(data.offer.id), data);
      helpOffersChanged(queryClient);
    },
  });
}
