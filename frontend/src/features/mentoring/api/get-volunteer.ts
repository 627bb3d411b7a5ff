import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { Volunteer } from './types';

export const volunteerQueryKey = (id: string) => ['mentoring', 'volunteers', 'detail', id] as const;

export async function getVolunteer(id: string): Promise<Volunteer> {
  return unwrap(await api.GET('/api/v1/volunteers/{id}', { params: { path: { id } } }));
}

export function getVolunteerQueryOptions(id: string) {
  return queryOptions<Volunteer, ApiError>({
    queryKey: volunteerQueryKey(id),
    queryFn: () => getVolunteer(id),
  });
}

export function useVolunteer(id: string | undefined) {
  return useQuery({ ...getVolunteerQueryOptions(id ?? ''), enabled: !!id });
}
