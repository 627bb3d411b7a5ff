import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { SafeguardingAlert } from './types';

/** Concerns from the diaries of the caller's regions, open first; `open` filters. */
export async function getSafeguardingAlerts(open?: boolean): Promise<SafeguardingAlert[]> {
  return unwrap(
    await api.GET('/api/v1/safeguarding-alerts', {
      params: { query: open === undefined ? {} : { open } },
    }),
  );
}

export function getSafeguardingAlertsQueryOptions(open?: boolean) {
  return queryOptions<SafeguardingAlert[], ApiError>({
    queryKey: ['mentoring', 'alerts', open ?? null],
    queryFn: () => getSafeguardingAlerts(open),
    placeholderData: keepPreviousData,
  });
}

export function useSafeguardingAlerts(open?: boolean) {
  return useQuery(getSafeguardingAlertsQueryOptions(open));
}
