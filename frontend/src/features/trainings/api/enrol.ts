import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { Enrolment } from './get-my-enrolments';
import { trainingsChanged } from './get-training';

type Variables = { trainingId: string; userId?: string };

/** Enrols oneself, or (coordinators) someone of the training's audience. */
export async function enrol({ trainingId, userId }: Variables): Promise<Enrolment> {
  return unwrap(
    await api.POST('/api/v1/trainings/{id}/enrolments', {
      params: { path: { id: trainingId } },
      body: userId ? { userId } : {},
    }),
  );
}

export function useEnrol() {
  const queryClient = useQueryClient();
  return useMutation<Enrolment, ApiError, Variables>({
    mutationFn: enrol,
    onSuccess: () => trainingsChanged(queryClient),
  });
}
