import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import { notificationsQueryKey } from './get-notifications';

export async function markAllRead(): Promise<void> {
  unwrap(await api.POST('/api/v1/me/notifications/read-all'));
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, void>({
    mutationFn: markAllRead,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: notificationsQueryKey }),
  });
}
