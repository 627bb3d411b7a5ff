import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { userQueryKey, type UserWithEtag } from './get-user';

export type UpdateUserInput = components['schemas']['UpdateUserRequest'];

type Variables = { id: string; etag: string | null; input: UpdateUserInput };

export async function updateUser({ id, etag, input }: Variables): Promise<UserWithEtag> {
  const result = await api.PUT('/api/v1/users/{id}', {
    params: { path: { id }, header: { 'If-Match': etag ?? '' } },
    body: input,
  });
  return { user: unwrap(result), etag: result.response.headers.get('ETag') };
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation<UserWithEtag, ApiError, Variables>({
    mutationFn: updateUser,
    onSuccess: (data, { id }) => {
      if (data.etag) queryClient.setQueryData(userQueryKey(id), data);
      else void queryClient.invalidateQueries({ queryKey: userQueryKey(id) });
      void queryClient.invalidateQueries({ queryKey: ['users', 'list'] });
    },
  });
}
