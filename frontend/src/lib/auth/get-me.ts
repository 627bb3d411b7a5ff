import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { useHasSession } from './use-session';

export type Me = components['schemas']['Me'];
export type Role = Me['role'];
export type MeWithEtag = { me: Me; etag: string | null };

export async function getMe(): Promise<MeWithEtag> {
  const result = await api.GET('/api/v1/me');
  const me = unwrap(result);
  return { me, etag: result.response.headers.get('ETag') };
}

export const meQueryKey = ['me'] as const;

export function getMeQueryOptions() {
  return queryOptions<MeWithEtag, ApiError>({
    queryKey: meQueryKey,
    queryFn: getMe,
    staleTime: 60_000,
  });
}

/** The signed-in user, or undefined while loading or without a session. */
export function useMe() {
  const hasSession = useHasSession();
  return useQuery({ ...getMeQueryOptions(), enabled: hasSession });
}
