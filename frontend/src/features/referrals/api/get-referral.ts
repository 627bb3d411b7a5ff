import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { Referral } from './get-referrals';

export type ReferralWithEtag = { referral: Referral; etag: string | null };

export async function getReferral(id: string): Promise<ReferralWithEtag> {
  const result = await api.GET('/api/v1/referrals/{id}', { params: { path: { id } } });
  return { referral: unwrap(result), etag: result.response.headers.get('ETag') };
}

export const referralQueryKey = (id: string) => ['referrals', 'detail', id] as const;

export function getReferralQueryOptions(id: string) {
  return queryOptions<ReferralWithEtag, ApiError>({
    queryKey: referralQueryKey(id),
    queryFn: () => getReferral(id),
  });
}

export function useReferral(id: string | undefined) {
  return useQuery({ ...getReferralQueryOptions(id ?? ''), enabled: !!id });
}
