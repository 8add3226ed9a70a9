import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';
import { markAllReadResultSchema } from '../schemas.ts';
import { mapNotifications, type NotificationPages } from './get-notifications.ts';
import { NOTIFICATIONS_LANE, notificationKeys } from './keys.ts';

export const NOTIFICATIONS_READ_ALL = 'notification.readAll';

/** Everything made up to `upTo` (what the person saw) is read; later ones stay unread. */
export type MarkAllReadPayload = { upTo: string };

export const markAllReadKind = defineRequestKind<MarkAllReadPayload, { unread: number }, NotificationPages>({
  kind: NOTIFICATIONS_READ_ALL,
  schemaVersion: 1,
  request: (body) => ({ path: '/me/notifications/read', body, schema: markAllReadResultSchema }),
  query: () => notificationKeys.list(),
  merge: (list, { unread }, { upTo }) => mapNotifications(list, (n) => (n.readAt === null && n.createdAt <= upTo ? { ...n, readAt: upTo } : n), unread),
});

export function useMarkAllRead() {
  return useOutboxWrite(markAllReadKind, NOTIFICATIONS_LANE);
}
