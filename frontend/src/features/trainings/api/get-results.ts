import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type TrainingResults = components['schemas']['TrainingResults'];

/** Evaluation averages (coordinators and trainers); comments for coordinators. */
export async function getResults(trainingId: string): Promise<TrainingResults> {
  return unwrap(
    await api.GET('/api/v1/trainings/{id}/results', { params: { path: { id: trainingId } } }),
  );
}

export function useResults(trainingId: string, enabled = true) {
  return useQuery({
    ...queryOptions<TrainingResults, ApiError>({
      queryKey: ['trainings', 'results', trainingId],
      queryFn: () => getResults(trainingId),
    }),
    enabled,
  });
}
