import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { User } from './get-users';

export type UserWithEtag = { user: User; etag: string | null };

export async function getUser(id: string): Promise<UserWithEtag> {
  const result = await api.GET('/api/v1/users/{id}', { params: { path: { id } } });
  return { user: unwrap(result), etag: result.response.headers.get('ETag') };
}

export const userQueryKey = (id: string) => ['users', 'detail', id] as const;

export function getUserQueryOptions(id: string) {
  return queryOptions<UserWithEtag, ApiError>({
    queryKey: userQueryKey(id),
    queryFn: () => getUser(id),
  });
}

export function useUser(id: string) {
  return useQuery(getUserQueryOptions(id));
}
