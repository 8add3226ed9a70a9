import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';
import { apiPath } from '#src/shared/api/path.ts';
import { NOTIFICATION_SETTINGS_LANE, notificationKeys } from './keys.ts';

export const PUSH_SUBSCRIPTION_DELETE = 'notification.push.delete';

export type DeletePushSubscriptionPayload = { subscriptionId: string };

/** "Meldingen op dit apparaat" off: the server stops pushing to this device. */
export const deletePushSubscriptionKind = defineRequestKind<DeletePushSubscriptionPayload, null>({
  kind: PUSH_SUBSCRIPTION_DELETE,
  schemaVersion: 1,
  request: ({ subscriptionId }) => ({ method: 'DELETE', path: apiPath`/me/push-subscriptions/${subscriptionId}` }),
  invalidates: () => [notificationKeys.settings()],
});

export function useDeletePushSubscription() {
  return useOutboxWrite(deletePushSubscriptionKind, NOTIFICATION_SETTINGS_LANE);
}
