import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type Region = components['schemas']['Region'];

/** Regions are few; one page holds them all. */
export const REGION_PAGE_SIZE = 100;

export async function getRegions(): Promise<Region[]> {
  const page = unwrap(
    await api.GET('/api/v1/regions', { params: { query: { page: 0, size: REGION_PAGE_SIZE } } }),
  );
  return page.items;
}

export function getRegionsQueryOptions() {
  return queryOptions<Region[], ApiError>({
    queryKey: ['regions'],
    queryFn: getRegions,
    staleTime: 5 * 60_000,
  });
}

export function useRegions() {
  return useQuery(getRegionsQueryOptions());
}
