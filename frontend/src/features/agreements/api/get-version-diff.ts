import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type AgreementVersionDiff = components['schemas']['AgreementVersionDiff'];
export type AgreementSectionChange = components['schemas']['AgreementSectionChange'];

/** What changed from version `against` to version `number`, section by section. */
export async function getVersionDiff(
  id: string,
  number: number,
  against: number,
): Promise<AgreementVersionDiff> {
  return unwrap(
    await api.GET('/api/v1/agreements/{id}/versions/{number}/diff', {
      params: { path: { id, number }, query: { against } },
    }),
  );
}

export function useVersionDiff(id: string, pair: { number: number; against: number } | null) {
  return useQuery(
    queryOptions<AgreementVersionDiff, ApiError>({
      queryKey: ['agreements', 'diff', id, pair?.number, pair?.against],
      queryFn: () => getVersionDiff(id, pair?.number ?? 0, pair?.against ?? 0),
      enabled: pair !== null,
      staleTime: Infinity,
    }),
  );
}
