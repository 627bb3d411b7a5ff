import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import { referralQueryKey, type ReferralWithEtag } from './get-referral';
import { referralsChanged } from './get-referrals';

/** The guardian withdrew consent: the referral is withdrawn and its personal data erased. */
export async function withdrawConsent(id: string): Promise<ReferralWithEtag> {
  const result = await api.POST('/api/v1/referrals/{id}/consent/withdrawal', {
    params: { path: { id } },
  });
  return { referral: unwrap(result), etag: result.response.headers.get('ETag') };
}

export function useWithdrawConsent() {
  const queryClient = useQueryClient();
  return useMutation<ReferralWithEtag, ApiError, string>({
    mutationFn: withdrawConsent,
    onSuccess: (data) => {
      queryClient.setQueryData(referralQueryKey(data.referral.id), data);
      referralsChanged(queryClient);
    },
  });
}
