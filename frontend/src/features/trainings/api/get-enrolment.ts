import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { Enrolment } from './get-my-enrolments';

export async function getEnrolment(id: string): Promise<Enrolment> {
  return unwrap(await api.GET('/api/v1/enrolments/{id}', { params: { path: { id } } }));
}

/** One enrolment with its scores, survey and certificate. */
export function useEnrolment(id: string | undefined) {
  return useQuery(
    queryOptions<Enrolment, ApiError>({
      queryKey: ['trainings', 'enrolment', id],
      queryFn: () => getEnrolment(id ?? ''),
      enabled: !!id,
    }),
  );
}
