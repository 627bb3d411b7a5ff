import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components, operations } from '@/lib/api/schema';

export type TrainingModule = components['schemas']['TrainingModule'];
export type TrainingModulesQuery = NonNullable<
  operations['listTrainingModules']['parameters']['query']
>;

/** The modules of the coordinator's regions, by title. */
export async function getTrainingModules(query: TrainingModulesQuery): Promise<TrainingModule[]> {
  return unwrap(await api.GET('/api/v1/training-modules', { params: { query } })).items;
}

export function useTrainingModules(query: TrainingModulesQuery, enabled = true) {
  return useQuery({
    ...queryOptions<TrainingModule[], ApiError>({
      queryKey: ['trainings', 'modules', 'list', query],
      queryFn: () => getTrainingModules(query),
    }),
    enabled,
  });
}
