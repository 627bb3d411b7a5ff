import { keepPreviousData, queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { ChildProfilePage, ChildrenQuery } from './types';

export const CHILD_PAGE_SIZE = 20;

export async function getChildren(query: ChildrenQuery): Promise<ChildProfilePage> {
  return unwrap(await api.GET('/api/v1/children', { params: { query } }));
}

export function getChildrenQueryOptions(query: ChildrenQuery) {
  return queryOptions<ChildProfilePage, ApiError>({
    queryKey: ['mentoring', 'children', 'list', query],
    queryFn: () => getChildren(query),
    placeholderData: keepPreviousData,
  });
}

export function useChildren(query: ChildrenQuery) {
  return useQuery(getChildrenQueryOptions(query));
}

/** After a change: the lists, the profile and its suggestions are read again. */
export function childrenChanged(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: ['mentoring', 'children'] });
}
