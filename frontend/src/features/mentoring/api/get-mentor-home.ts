import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { MentorHome } from './types';

export const mentorHomeQueryKey = ['mentoring', 'me'] as const;

/** The signed-in mentor's application and open match (the child as far as a mentor may see it). */
export async function getMentorHome(): Promise<MentorHome> {
  return unwrap(await api.GET('/api/v1/mentoring/me'));
}

export function getMentorHomeQueryOptions() {
  return queryOptions<MentorHome, ApiError>({
    queryKey: mentorHomeQueryKey,
    queryFn: getMentorHome,
  });
}

export function useMentorHome() {
  return useQuery(getMentorHomeQueryOptions());
}
