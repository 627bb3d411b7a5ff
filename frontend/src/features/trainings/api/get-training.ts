import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type Training = components['schemas']['Training'];
export type TrainingSession = components['schemas']['TrainingSession'];
export type TrainingWithEtag = { training: Training; etag: string | null };

export async function getTraining(id: string): Promise<TrainingWithEtag> {
  const result = await api.GET('/api/v1/trainings/{id}', { params: { path: { id } } });
  return { training: unwrap(result), etag: result.response.headers.get('ETag') };
}

export const trainingQueryKey = (id: string) => ['trainings', 'detail', id] as const;

export function getTrainingQueryOptions(id: string) {
  return queryOptions<TrainingWithEtag, ApiError>({
    queryKey: trainingQueryKey(id),
    queryFn: () => getTraining(id),
  });
}

export function useTraining(id: string) {
  return useQuery(getTrainingQueryOptions(id));
}

/** Trainings and enrolments hang together (seats, waiting lists, states): reload them all. */
export function trainingsChanged(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: ['trainings'] });
}

/** The last session has started: the training can be completed and the post-test taken. */
export function lastSessionStarted(training: Training, now: Date = new Date()): boolean {
  const starts = training.sessions.map((s) => new Date(s.startsAt).getTime());
  return starts.length > 0 && Math.max(...starts) <= now.getTime();
}

/** The first session has started. */
export function hasStarted(training: Pick<Training, 'startsAt'>, now: Date = new Date()): boolean {
  return new Date(training.startsAt).getTime() <= now.getTime();
}
