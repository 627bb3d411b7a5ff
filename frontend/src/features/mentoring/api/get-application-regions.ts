import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { ApplicationRegion } from './types';

/** Public: the regions volunteers can apply to, with their age rule and municipalities. */
export async function getApplicationRegions(): Promise<ApplicationRegion[]> {
  return unwrap(await api.GET('/api/v1/volunteer-applications/regions'));
}

export function getApplicationRegionsQueryOptions() {
  return queryOptions<ApplicationRegion[], ApiError>({
    queryKey: ['mentoring', 'application-regions'],
    queryFn: getApplicationRegions,
    staleTime: 30 * 60_000,
  });
}

export function useApplicationRegions() {
  return useQuery(getApplicationRegionsQueryOptions());
}
