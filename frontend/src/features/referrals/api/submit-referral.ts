import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import { referralQueryKey, type ReferralWithEtag } from './get-referral';
import { referralsChanged } from './get-referrals';

type Variables = { id: string; overrideReason?: string };

/** DRAFT → SUBMITTED; 422 consent_required without a valid consent (coordinators may override). */
export async function submitReferral({ id, overrideReason }: Variables): Promise<ReferralWithEtag> {
  const result = await api.POST('/api/v1/referrals/{id}/submit', {
    params: { path: { id } },
    body: overrideReason ? { overrideReason } : {},
  });
  return { referral: unwrap(result), etag: result.response.headers.get('ETag') };
}

export function useSubmitReferral() {
  const queryClient = useQueryClient();
  return useMutation<ReferralWithEtag, ApiError, Variables>({
    mutationFn: submitReferral,
    onSuccess: (data) => {
      queryClient.setQueryData(referralQueryKey(data.referral.id), data);
      referralsChanged(queryClient);
    },
  });
}
