import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';
import { apiPath } from '#src/shared/api/path.ts';
import { notificationSchema, type Notification } from '../schemas.ts';
import { mapNotifications, type NotificationPages } from './get-notifications.ts';
import { NOTIFICATIONS_LANE, notificationKeys } from './keys.ts';

export const NOTIFICATION_READ = 'notification.read';

export type MarkReadPayload = { notificationId: string };

/** The list with one notification read (the unread count follows). */
export function withRead(list: NotificationPages | undefined, read: Pick<Notification, 'id' | 'readAt'>): NotificationPages | undefined {
  return mapNotifications(list, (n) => (n.id === read.id && n.readAt === null ? { ...n, readAt: read.readAt } : n));
}

/** One notification read (opened from the list), offline too; idempotent on the server. */
export const markReadKind = defineRequestKind<MarkReadPayload, Notification, NotificationPages>({
  kind: NOTIFICATION_READ,
  schemaVersion: 1,
  request: ({ notificationId }) => ({ path: apiPath`/me/notifications/${notificationId}/read`, schema: notificationSchema }),
  query: () => notificationKeys.list(),
  merge: withRead,
});

export function useMarkRead() {
  return useOutboxWrite(markReadKind, NOTIFICATIONS_LANE);
}
