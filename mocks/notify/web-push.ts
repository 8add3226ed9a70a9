import webPush from 'web-push';
import type { PushSender } from './scheduler.ts';
import { setVapidKeys, VAPID_SUBJECT, vapidKeys } from './vapid.ts';

/**
 * Real Web Push for the Node hosts (the HTTP server; the push test): `web-push` encrypts the
 * payload for the subscription (aes128gcm, RFC 8291) and signs a VAPID token (RFC 8292). Not for
 * the browser host: `web-push` is Node only.
 */

/** Makes a fresh VAPID key pair for this process (the mock keeps it in memory only). */
export function generateVapidKeys(): void {
  setVapidKeys(webPush.generateVAPIDKeys());
}

/**
 * `web-push` makes the request (the encrypted body, `Content-Encoding: aes128gcm`, `TTL`,
 * `Urgency` and the VAPID `Authorization`); `fetch` sends it, so a test's stand-in push service
 * may be plain HTTP. Resolves with the push service's status (404/410: the subscription is gone).
 */
export const webPushSender: PushSender = async (subscription, payload) => {
  const { publicKey, privateKey } = vapidKeys();
  const details = webPush.generateRequestDetails({ endpoint: subscription.endpoint, keys: subscription.keys }, JSON.stringify(payload), {
    vapidDetails: { subject: VAPID_SUBJECT, publicKey, privateKey },
    TTL: 24 * 60 * 60,
    contentEncoding: 'aes128gcm',
    urgency: 'normal',
  });
  const response = await fetch(details.endpoint, {
    method: details.method,
    headers: details.headers as Record<string, string>,
    body: details.body ? new Uint8Array(details.body) : null,
    signal: AbortSignal.timeout(10_000),
  });
  await response.body?.cancel();
  return response.status;
};
