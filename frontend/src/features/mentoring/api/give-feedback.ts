import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import { diaryQueryKey } from './get-diary';
import type { DiaryEntry } from './types';

type Variables = { entryId: string; text: string };

/** A coordinator answers a diary entry; the mentor sees it under the entry. */
export async function giveFeedback({ entryId, text }: Variables): Promise<DiaryEntry> {
  return unwrap(
    await api.POST('/api/v1/diary-entries/{id}/feedback', {
      params: { path: { id: entryId } },
      body: { text },
    }),
  );
}

export function useGiveFeedback() {
  const queryClient = useQueryClient();
  return useMutation<DiaryEntry, ApiError, Variables>({
    mutationFn: giveFeedback,
    onSuccess: (entry) => {
      queryClient.setQueryData<DiaryEntry[]>(diaryQueryKey(entry.matchId), (entries) =>
        entries?.map((e) => (e.id === entry.id ? entry : e)),
      );
      void queryClient.invalidateQueries({ queryKey: diaryQueryKey(entry.matchId) });
    },
  });
}
