import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';
import { apiPath } from '#src/shared/api/path.ts';
import { pushSubscriptionSchema, type PushSubscriptionInput } from '../schemas.ts';
import { NOTIFICATION_SETTINGS_LANE, notificationKeys } from './keys.ts';

export const PUSH_SUBSCRIPTION_PUT = 'notification.push.put';

/** `subscriptionId` is made on this device (kept in localStorage until sign-out). */
export type PutPushSubscriptionPayload = { subscriptionId: string; subscription: PushSubscriptionInput };

export const putPushSubscriptionKind = defineRequestKind<PutPushSubscriptionPayload, { id: string; createdAt: string }>({
  kind: PUSH_SUBSCRIPTION_PUT,
  schemaVersion: 1,
  request: ({ subscriptionId, subscription }) => ({ path: apiPath`/me/push-subscriptions/${subscriptionId}`, body: subscription, schema: pushSubscriptionSchema }),
  // the settings show how many devices get pushes
  invalidates: () => [notificationKeys.settings()],
});

export function usePutPushSubscription() {
  return useOutboxWrite(putPushSubscriptionKind, NOTIFICATION_SETTINGS_LANE);
}
