import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type Enrolment = components['schemas']['Enrolment'];
export type TestScore = components['schemas']['TestScore'];

export const myEnrolmentsQueryKey = ['trainings', 'my-enrolments'] as const;

/** My enrolments, newest first. */
export async function getMyEnrolments(): Promise<Enrolment[]> {
  return unwrap(await api.GET('/api/v1/enrolments')).items;
}

export function useMyEnrolments(enabled = true) {
  return useQuery({
    ...queryOptions<Enrolment[], ApiError>({
      queryKey: myEnrolmentsQueryKey,
      queryFn: getMyEnrolments,
    }),
    enabled,
  });
}
