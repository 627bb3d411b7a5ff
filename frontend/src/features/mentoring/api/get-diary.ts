import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { DiaryEntry } from './types';

export const diaryQueryKey = (matchId: string) => ['mentoring', 'diary', matchId] as const;

/** A match's diary, newest first, each entry with the coordinators' feedback. */
export async function getDiary(matchId: string): Promise<DiaryEntry[]> {
  return unwrap(await api.GET('/api/v1/matches/{id}/diary', { params: { path: { id: matchId } } }));
}

export function getDiaryQueryOptions(matchId: string) {
  return queryOptions<DiaryEntry[], ApiError>({
    queryKey: diaryQueryKey(matchId),
    queryFn: () => getDiary(matchId),
  });
}

export function useDiary(matchId: string | undefined) {
  return useQuery({ ...getDiaryQueryOptions(matchId ?? ''), enabled: !!matchId });
}
