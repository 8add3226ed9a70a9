import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { notificationListSchema } from '../schemas.ts';
import { notificationKeys } from './keys.ts';

/** Also what polls the unread count in the header: every minute while the app is open, at once on focus. */
export const NOTIFICATIONS_POLL_MS = 60_000;

export async function getNotifications() {
  const { data } = await apiRequest({ path: '/me/notifications', schema: notificationListSchema });
  return data;
}

export function notificationsQueryOptions() {
  return queryOptions({ queryKey: notificationKeys.list(), queryFn: getNotifications, meta: { persist: true } });
}

export function useNotifications({ poll = false }: { poll?: boolean } = {}) {
  return useQuery({ ...notificationsQueryOptions(), refetchInterval: poll ? NOTIFICATIONS_POLL_MS : false });
}
