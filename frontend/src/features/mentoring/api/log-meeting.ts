import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import { diaryQueryKey } from './get-diary';
import { mentorHomeQueryKey } from './get-mentor-home';
import type { DiaryEntry, DiaryEntryRequest } from './types';

type Variables = { matchId: string; input: DiaryEntryRequest };

/** The mentor logs a meeting of their active match; a concern alerts the coordinators at once. */
export async function logMeeting({ matchId, input }: Variables): Promise<DiaryEntry> {
  return unwrap(
    await api.POST('/api/v1/matches/{id}/diary', {
      params: { path: { id: matchId } },
      body: input,
    }),
  );
}

export function useLogMeeting() {
  const queryClient = useQueryClient();
  return useMutation<DiaryEntry, ApiError, Variables>({
    mutationFn: logMeeting,
    onSuccess: (entry) => {
      void queryClient.invalidateQueries({ queryKey: diaryQueryKey(entry.matchId) });
      void queryClient.invalidateQueries({ queryKey: mentorHomeQueryKey });
    },
  });
}
