import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { TrainingInput } from './create-training';
import { trainingsChanged, type Training } from './get-training';

type Variables = { id: string; etag: string | null; input: TrainingInput };

/** Changes a draft or published training, with If-Match. */
export async function updateTraining({ id, etag, input }: Variables): Promise<Training> {
  return unwrap(
    await api.PUT('/api/v1/trainings/{id}', {
      params: { path: { id }, header: { 'If-Match': etag ?? '' } },
      body: input,
    }),
  );
}

export function useUpdateTraining() {
  const queryClient = useQueryClient();
  return useMutation<Training, ApiError, Variables>({
    mutationFn: updateTraining,
    onSuccess: () => trainingsChanged(queryClient),
  });
}
