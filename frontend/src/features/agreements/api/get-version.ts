import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type AgreementVersion = components['schemas']['AgreementVersion'];

export async function getVersion(id: string, number: number): Promise<AgreementVersion> {
  return unwrap(
    await api.GET('/api/v1/agreements/{id}/versions/{number}', {
      params: { path: { id, number } },
    }),
  );
}

/** A version never changes once made. */
export function useVersion(id: string, number: number | null) {
  return useQuery(
    queryOptions<AgreementVersion, ApiError>({
      queryKey: ['agreements', 'version', id, number],
      queryFn: () => getVersion(id, number ?? 0),
      enabled: number !== null,
      staleTime: Infinity,
    }),
  );
}
