import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { TrainingSummary } from './types';

/** The next supervision that has not ended yet (trainings of kind SUPERVISION), or null. */
export async function getNextSupervision(now: Date = new Date()): Promise<TrainingSummary | null> {
  const page = unwrap(
    await api.GET('/api/v1/trainings', {
      params: {
        query: {
          kind: 'SUPERVISION',
          status: 'PUBLISHED',
          from: now.toISOString(),
          sort: 'startsAt',
          size: 1,
        },
      },
    }),
  );
  return page.items[0] ?? null;
}

export function getNextSupervisionQueryOptions() {
  return queryOptions<TrainingSummary | null, ApiError>({
    queryKey: ['mentoring', 'next-supervision'],
    queryFn: () => getNextSupervision(),
    staleTime: 5 * 60_000,
  });
}

export function useNextSupervision() {
  return useQuery(getNextSupervisionQueryOptions());
}
