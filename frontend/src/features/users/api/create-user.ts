import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import type { User } from './get-users';

export type CreateUserInput = components['schemas']['CreateUserRequest'];

export async function createUser(input: CreateUserInput): Promise<User> {
  return unwrap(await api.POST('/api/v1/users', { body: input }));
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation<User, ApiError, CreateUserInput>({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users', 'list'] }),
  });
}
