import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { referralQueryKey, type ReferralWithEtag } from './get-referral';
import { referralsChanged } from './get-referrals';

export type ReferralInput = components['schemas']['ReferralRequest'];

/** Variables: a new draft (no id) or a change to a draft (id and its ETag for If-Match). */
type Variables = { id?: string; etag?: string | null; input: ReferralInput };

/** Starts a draft (POST) or saves a draft again (PUT with If-Match; 412 when stale). */
export async function saveReferral({ id, etag, input }: Variables): Promise<ReferralWithEtag> {
  const result = id
    ? await api.PUT('/api/v1/referrals/{id}', {
        params: { path: { id }, header: { 'If-Match': etag ?? '' } },
        body: input,
      })
    : await api.POST('/api/v1/referrals', { body: input });
  return { referral: unwrap(result), etag: result.response.headers.get('ETag') };
}

export function useSaveReferral() {
  const queryClient = useQueryClient();
  return useMutation<ReferralWithEtag, ApiError, Variables>({
    mutationFn: saveReferral,
    onSuccess: (data) => {
      queryClient.setQueryData(referralQueryKey(data.referral.id), data);
      referralsChanged(queryClient);
    },
  });
}
