import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import { notificationsQueryKey, type NotificationPage } from './get-notifications';

/** Marks one notification read; the bell shows it read at once. */
export async function markRead(id: string): Promise<void> {
  unwrap(await api.POST('/api/v1/me/notifications/{id}/read', { params: { path: { id } } }));
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, string>({
    mutationFn: markRead,
    onMutate: (id) => {
      const page = queryClient.getQueryData<NotificationPage>(notificationsQueryKey);
      const item = page?.items.find((n) => n.id === id);
      if (page && item && !item.readAt) {
        queryClient.setQueryData<NotificationPage>(notificationsQueryKey, {
          ...page,
          unread: Math.max(0, page.unread - 1),
          items: page.items.map((n) =>
            n.id === id ? { ...n, readAt: new Date().toISOString() } : n,
          ),
        });
      }
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: notificationsQueryKey }),
  });
}
