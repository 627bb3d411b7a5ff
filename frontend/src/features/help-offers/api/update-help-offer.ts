import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { HelpOfferInput } from './create-help-offer';
import { helpOfferQueryKey, helpOffersChanged, type HelpOfferWithEtag } from './get-help-offer';

type Variables = { id: string; etag: string | null; input: HelpOfferInput };

/** Saves a help offer with If-Match; a 412 means someone else changed it meanwhile. */
export async function updateHelpOffer({ id, etag, input }: Variables): Promise<HelpOfferWithEtag> {
  const result = await api.PUT('/api/v1/help-offers/{id}', {
    params: { path: { id }, header: { 'If-Match': etag ?? '' } },
    body: input,
  });
  return { offer: unwrap(result), etag: result.response.headers.get('ETag') };
}

export function useUpdateHelpOffer() {
  const queryClient = useQueryClient();
  return useMutation<HelpOfferWithEtag, ApiError, Variables>({
    mutationFn: updateHelpOffer,
    onSuccess: (data, { id }) => {
      if (data.etag) queryClient.setQueryData(helpOfferQueryKey(id), data);
      else void queryClient.invalidateQueries({ queryKey: helpOfferQueryKey(id) });
      helpOffersChanged(queryClient);
    },
  });
}
