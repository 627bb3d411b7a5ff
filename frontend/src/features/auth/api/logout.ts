import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { clearSession, hasSession } from '@/lib/auth/session';

/** Ends this session on the server; the local session is cleared whatever the answer. */
export async function logout(): Promise<void> {
  try {
    if (hasSession()) await api.POST('/api/v1/auth/logout');
  } finally {
    clearSession({ logout: true });
  }
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation<void, Error, void>({
    mutationFn: logout,
    onSettled: () => queryClient.clear(),
  });
}
