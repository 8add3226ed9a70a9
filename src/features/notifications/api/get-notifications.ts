import { infiniteQueryOptions, useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { notificationListSchema, type Notification, type NotificationList } from '../schemas.ts';
import { notificationKeys } from './keys.ts';

/** Also what polls the unread count in the header: every minute while the app is open, at once on focus. */
export const NOTIFICATIONS_POLL_MS = 60_000;

/** The list as the cache holds it: the newest 50 first, then each page of older ones asked for ("Toon oudere meldingen"). */
export type NotificationPages = InfiniteData<NotificationList>;

/** One page, newest first: the newest (`before` null) or those made before `before`. */
export async function getNotifications(before: string | null = null) {
  const query = before === null ? '' : `?${new URLSearchParams({ before }).toString()}`;
  const { data } = await apiRequest({ path: `/me/notifications${query}`, schema: notificationListSchema });
  return data;
}

/**
 * The pages shown. A refetch (the poll, focus) reads every page shown again from the newest on, so
 * one that arrived in between does not leave a gap; all pages are kept on the device for offline.
 */
export function notificationsQueryOptions() {
  return infiniteQueryOptions({
    queryKey: notificationKeys.list(),
    queryFn: ({ pageParam }) => getNotifications(pageParam),
    initialPageParam: null as string | null,
    // the next page starts at the last one's moment (inclusive: several can be made at one moment);
    // a page of 50 all made at that moment would ask the same again, so that is the end
    getNextPageParam: (last: NotificationList, _all: unknown, lastParam: unknown) => {
      const cursor = last.more ? last.notifications.at(-1)?.createdAt : undefined;
      return cursor === undefined || cursor === lastParam ? undefined : cursor;
    },
    meta: { persist: true },
  });
}

export function useNotifications({ poll = false }: { poll?: boolean } = {}) {
  return useInfiniteQuery({ ...notificationsQueryOptions(), refetchInterval: poll ? NOTIFICATIONS_POLL_MS : false });
}

/** Every notification on the pages shown, newest first; a page starts at its cursor's moment, so one at a boundary shows once. */
export function allNotifications(data: NotificationPages): Notification[] {
  const byId = new Map<string, Notification>();
  for (const page of data.pages) for (const n of page.notifications) if (!byId.has(n.id)) byId.set(n.id, n);
  return [...byId.values()];
}

/** The number unread, as the server said on the newest page. */
export const unreadOf = (data: NotificationPages | undefined): number => data?.pages[0]?.unread ?? 0;

/** The pages with each notification changed by `change` and the unread count lowered by the number changed (for the outbox's merges). */
export function mapNotifications(data: NotificationPages | undefined, change: (n: Notification) => Notification, unread?: number): NotificationPages | undefined {
  if (!data) return data;
  const changedIds = new Set<string>();
  const pages = data.pages.map((page) => {
    const notifications = page.notifications.map((n) => {
      const next = change(n);
      if (next !== n) changedIds.add(n.id);
      return next;
    });
    return notifications.some((n, i) => n !== page.notifications[i]) ? { ...page, notifications } : page;
  });
  if (changedIds.size === 0 && unread === undefined) return data;
  const count = unread ?? Math.max(0, unreadOf(data) - changedIds.size);
  return { ...data, pages: pages.map((page) => ({ ...page, unread: count })) };
}
