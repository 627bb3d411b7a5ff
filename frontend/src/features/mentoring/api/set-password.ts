import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';

type Variables = { token: string; password: string };

/** Public: sets a new account's password through its one-time link (400 invalid_link). */
export async function setPassword(body: Variables): Promise<void> {
  unwrap(await api.POST('/api/v1/auth/password-setup', { body }));
}

export function useSetPassword() {
  return useMutation<void, ApiError, Variables>({ mutationFn: setPassword });
}
