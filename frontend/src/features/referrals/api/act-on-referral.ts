import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { referralQueryKey, type ReferralWithEtag } from './get-referral';
import { referralsChanged } from './get-referrals';

/** The explicit status changes after submission (ReferralStatus.Action on the server). */
export type ReferralAction =
  'REVIEW' | 'ACCEPT' | 'WAITLIST' | 'DECLINE' | 'MATCH' | 'START_SERVICE' | 'CLOSE' | 'WITHDRAW';

export type ActionInput = components['schemas']['ReferralActionRequest'];

type Variables = { id: string; action: ReferralAction; input?: ActionInput };

/** POST /referrals/{id}/{review|accept|…}; decline needs a reason, close an outcome. */
export async function actOnReferral({ id, action, input = {} }: Variables) {
  const options = { params: { path: { id } }, body: input };
  switch (action) {
    case 'REVIEW':
      return api.POST('/api/v1/referrals/{id}/review', options);
    case 'ACCEPT':
      return api.POST('/api/v1/referrals/{id}/accept', options);
    case 'WAITLIST':
      return api.POST('/api/v1/referrals/{id}/waitlist', options);
    case 'DECLINE':
      return api.POST('/api/v1/referrals/{id}/decline', options);
    case 'MATCH':
      return api.POST('/api/v1/referrals/{id}/match', options);
    case 'START_SERVICE':
      return api.POST('/api/v1/referrals/{id}/start-service', options);
    case 'CLOSE':
      return api.POST('/api/v1/referrals/{id}/close', options);
    case 'WITHDRAW':
      return api.POST('/api/v1/referrals/{id}/withdraw', options);
  }
}

export function useActOnReferral() {
  const queryClient = useQueryClient();
  return useMutation<ReferralWithEtag, ApiError, Variables>({
    mutationFn: async (variables) => {
      const result = await actOnReferral(variables);
      return { referral: unwrap(result), etag: result.response.headers.get('ETag') };
    },
    onSuccess: (data) => {
      queryClient.setQueryData(referralQueryKey(data.referral.id), data);
      referralsChanged(queryClient);
    },
  });
}
