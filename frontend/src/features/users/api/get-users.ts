import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components, operations } from '@/lib/api/schema';

export type User = components['schemas']['User'];
export type UserPage = components['schemas']['UserPage'];
export type UsersQuery = NonNullable<operations['listUsers']['parameters']['query']>;

export const USER_PAGE_SIZE = 20;

export async function getUsers(query: UsersQuery): Promise<UserPage> {
  return unwrap(await api.GET('/api/v1/users', { params: { query } }));
}

export function getUsersQueryOptions(query: UsersQuery) {
  return queryOptions<UserPage, ApiError>({
    queryKey: ['users', 'list', query],
    queryFn: () => getUsers(query),
    placeholderData: keepPreviousData,
  });
}

export function useUsers(query: UsersQuery) {
  return useQuery(getUsersQueryOptions(query));
}
