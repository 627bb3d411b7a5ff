import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { ChildProfile } from './types';

export type ChildWithEtag = { child: ChildProfile; etag: string | null };

export const childQueryKey = (id: string) => ['mentoring', 'children', 'detail', id] as const;

export async function getChild(id: string): Promise<ChildWithEtag> {
  const result = await api.GET('/api/v1/children/{id}', { params: { path: { id } } });
  return { child: unwrap(result), etag: result.response.headers.get('ETag') };
}

export function getChildQueryOptions(id: string) {
  return queryOptions<ChildWithEtag, ApiError>({
    queryKey: childQueryKey(id),
    queryFn: () => getChild(id),
  });
}

export function useChild(id: string | undefined) {
  return useQuery({ ...getChildQueryOptions(id ?? ''), enabled: !!id });
}
