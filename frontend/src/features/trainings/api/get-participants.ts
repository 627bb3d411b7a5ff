import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type Participant = components['schemas']['TrainingParticipant'];

/** The people enrolled, in arrival order (coordinators and trainers). */
export async function getParticipants(trainingId: string): Promise<Participant[]> {
  return unwrap(
    await api.GET('/api/v1/trainings/{id}/enrolments', { params: { path: { id: trainingId } } }),
  ).items;
}

export function useParticipants(trainingId: string, enabled = true) {
  return useQuery({
    ...queryOptions<Participant[], ApiError>({
      queryKey: ['trainings', 'participants', trainingId],
      queryFn: () => getParticipants(trainingId),
    }),
    enabled,
  });
}
