import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { referralQueryKey } from './get-referral';

export type ReferralMentoring = components['schemas']['ReferralMentoringStatus'];
export type MentoringStatus = ReferralMentoring['status'];
export type MentoringCloseReason = NonNullable<ReferralMentoring['closeReason']>;

/** Under the referral's key, so whatever refreshes the referral refreshes this too. */
export const referralMentoringQueryKey = (id: string) =>
  [...referralQueryKey(id), 'mentoring'] as const;

export function getReferralMentoringQueryOptions(id: string) {
  return queryOptions<ReferralMentoring, ApiError>({
    queryKey: referralMentoringQueryKey(id),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/referrals/{id}/mentoring', { params: { path: { id } } })),
  });
}

/** Where the mentoring of the referred child stands: the latest match, without the mentor. */
export function useReferralMentoring(id: string | undefined) {
  return useQuery({ ...getReferralMentoringQueryOptions(id ?? ''), enabled: !!id });
}
