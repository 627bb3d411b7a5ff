import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import type { TrainingModule } from './get-training-modules';

export type TrainingModuleInput = components['schemas']['TrainingModuleRequest'];

export async function createTrainingModule(input: TrainingModuleInput): Promise<TrainingModule> {
  return unwrap(await api.POST('/api/v1/training-modules', { body: input }));
}

export function useCreateTrainingModule() {
  const queryClient = useQueryClient();
  return useMutation<TrainingModule, ApiError, TrainingModuleInput>({
    mutationFn: createTrainingModule,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['trainings', 'modules'] }),
  });
}
