import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import { trainingsChanged, type Training } from './get-training';

export type TrainingTransition = 'publish' | 'cancel' | 'complete';

type Variables = { id: string; transition: TrainingTransition; reason?: string };

/** One lifecycle step: POST /trainings/{id}/{publish|cancel|complete}; cancel needs a reason. */
export async function transitionTraining({ id, transition, reason }: Variables): Promise<Training> {
  const params = { path: { id } };
  switch (transition) {
    case 'publish':
      return unwrap(await api.POST('/api/v1/trainings/{id}/publish', { params }));
    case 'complete':
      return unwrap(await api.POST('/api/v1/trainings/{id}/complete', { params }));
    case 'cancel':
      return unwrap(
        await api.POST('/api/v1/trainings/{id}/cancel', {
          params,
          body: { reason: reason ?? '' },
        }),
      );
  }
}

export function useTransitionTraining() {
  const queryClient = useQueryClient();
  return useMutation<Training, ApiError, Variables>({
    mutationFn: transitionTraining,
    onSuccess: () => trainingsChanged(queryClient),
  });
}
