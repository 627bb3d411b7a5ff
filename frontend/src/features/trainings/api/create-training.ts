import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { trainingsChanged, type Training } from './get-training';

export type TrainingInput = components['schemas']['TrainingRequest'];

/** Plans a training; it starts as a draft. */
export async function createTraining(input: TrainingInput): Promise<Training> {
  return unwrap(await api.POST('/api/v1/trainings', { body: input }));
}

export function useCreateTraining() {
  const queryClient = useQueryClient();
  return useMutation<Training, ApiError, TrainingInput>({
    mutationFn: createTraining,
    onSuccess: () => trainingsChanged(queryClient),
  });
}
