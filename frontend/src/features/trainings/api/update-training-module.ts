import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { TrainingModuleInput } from './create-training-module';
import type { TrainingModule } from './get-training-modules';

type Variables = { id: string; etag: string | null; input: TrainingModuleInput };

/** Changes a module and replaces its questions, with If-Match. */
export async function updateTrainingModule({
  id,
  etag,
  input,
}: Variables): Promise<TrainingModule> {
  return unwrap(
    await api.PUT('/api/v1/training-modules/{id}', {
      params: { path: { id }, header: { 'If-Match': etag ?? '' } },
      body: input,
    }),
  );
}

export function useUpdateTrainingModule() {
  const queryClient = useQueryClient();
  return useMutation<TrainingModule, ApiError, Variables>({
    mutationFn: updateTrainingModule,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['trainings', 'modules'] }),
  });
}
