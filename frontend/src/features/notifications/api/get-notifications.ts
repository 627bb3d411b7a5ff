import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type Notification = components['schemas']['Notification'];
export type NotificationPage = components['schemas']['NotificationPage'];

export const NOTIFICATION_PAGE_SIZE = 20;
/** How often the bell asks for news. */
export const NOTIFICATION_REFRESH_MS = 60_000;

export const notificationsQueryKey = ['notifications'] as const;

/** My latest notifications, newest first, with the count of all unread ones. */
export async function getNotifications(): Promise<NotificationPage> {
  return unwrap(
    await api.GET('/api/v1/me/notifications', {
      params: { query: { page: 0, size: NOTIFICATION_PAGE_SIZE } },
    }),
  );
}

export function useNotifications(enabled = true) {
  return useQuery({
    ...queryOptions<NotificationPage, ApiError>({
      queryKey: notificationsQueryKey,
      queryFn: getNotifications,
      refetchInterval: NOTIFICATION_REFRESH_MS,
    }),
    enabled,
  });
}
