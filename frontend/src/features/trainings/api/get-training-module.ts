import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { TrainingModule } from './get-training-modules';

export type TrainingModuleWithEtag = { module: TrainingModule; etag: string | null };

export async function getTrainingModule(id: string): Promise<TrainingModuleWithEtag> {
  const result = await api.GET('/api/v1/training-modules/{id}', { params: { path: { id } } });
  return { module: unwrap(result), etag: result.response.headers.get('ETag') };
}

export const trainingModuleQueryKey = (id: string) =>
  ['trainings', 'modules', 'detail', id] as const;

export function useTrainingModule(id: string) {
  return useQuery(
    queryOptions<TrainingModuleWithEtag, ApiError>({
      queryKey: trainingModuleQueryKey(id),
      queryFn: () => getTrainingModule(id),
    }),
  );
}
