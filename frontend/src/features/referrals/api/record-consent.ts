import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { referralQueryKey, type ReferralWithEtag } from './get-referral';
import { referralsChanged } from './get-referrals';

export type ConsentInput = components['schemas']['ConsentRequest'];

type Variables = { id: string; input: ConsentInput };

/** Records (or replaces) the guardian's consent; a replaced consent loses its scan. */
export async function recordConsent({ id, input }: Variables): Promise<ReferralWithEtag> {
  const result = await api.PUT('/api/v1/referrals/{id}/consent', {
    params: { path: { id } },
    body: input,
  });
  return { referral: unwrap(result), etag: result.response.headers.get('ETag') };
}

export function useRecordConsent() {
  const queryClient = useQueryClient();
  return useMutation<ReferralWithEtag, ApiError, Variables>({
    mutationFn: recordConsent,
    onSuccess: (data) => {
      queryClient.setQueryData(referralQueryKey(data.referral.id), data);
      referralsChanged(queryClient);
    },
  });
}
