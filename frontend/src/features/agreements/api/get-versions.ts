import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type AgreementVersionSummary = components['schemas']['AgreementVersionSummary'];

/** The versions, newest first. */
export async function getVersions(id: string): Promise<AgreementVersionSummary[]> {
  return unwrap(await api.GET('/api/v1/agreements/{id}/versions', { params: { path: { id } } }));
}

export function useVersions(id: string) {
  return useQuery(
    queryOptions<AgreementVersionSummary[], ApiError>({
      queryKey: ['agreements', 'versions', id],
      queryFn: () => getVersions(id),
    }),
  );
}
