import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type Activity = components['schemas']['AgreementActivity'];

export const activitiesQueryKey = (id: string) => ['agreements', 'activities', id] as const;

/** The activities held, newest first. */
export async function getActivities(id: string): Promise<Activity[]> {
  return unwrap(await api.GET('/api/v1/agreements/{id}/activities', { params: { path: { id } } }));
}

export function useActivities(id: string) {
  return useQuery(
    queryOptions<Activity[], ApiError>({
      queryKey: activitiesQueryKey(id),
      queryFn: () => getActivities(id),
    }),
  );
}
