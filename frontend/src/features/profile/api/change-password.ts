import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type ChangePasswordInput = components['schemas']['ChangePasswordRequest'];

export async function changePassword(input: ChangePasswordInput): Promise<void> {
  unwrap(await api.POST('/api/v1/me/password', { body: input }));
}

export function useChangePassword() {
  return useMutation<void, ApiError, ChangePasswordInput>({ mutationFn: changePassword });
}
