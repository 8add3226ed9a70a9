/**
 * Web Push on this device (issue 17), browser side only: whether it can be used, the browser's
 * permission, and the subscription through the service worker. The server's side (the key, storing
 * the subscription) goes through the notifications feature; the app calls `unsubscribeDevice` at
 * sign-out. Never on a public computer (the callers check the session).
 */

export type PushPermission = 'unsupported' | 'default' | 'granted' | 'denied';

/** The id this device's subscription has on the server (made here; wiped with the rest at sign-out). */
export const PUSH_DEVICE_KEY = 'werkmap.push-device';

export function pushPermission(): PushPermission {
  if (typeof window === 'undefined' || !('Notification' in window) || !('PushManager' in window) || !navigator.serviceWorker) return 'unsupported';
  return Notification.permission;
}

/** Asks the browser (only after the person chose "Zet meldingen aan"). */
export async function askPermission(): Promise<PushPermission> {
  if (pushPermission() === 'unsupported') return 'unsupported';
  return Notification.requestPermission();
}

function base64UrlToBytes(value: string): Uint8Array<ArrayBuffer> {
  const base64 = value.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(value.length / 4) * 4, '=');
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function registration(): Promise<ServiceWorkerRegistration | null> {
  if (pushPermission() === 'unsupported') return null;
  return (await navigator.serviceWorker.getRegistration()) ?? null;
}

export type DeviceSubscription = { endpoint: string; keys: { p256dh: string; auth: string } };

/** Subscribes this device with the server's public key (or returns the existing subscription). */
export async function subscribeDevice(publicKey: string): Promise<DeviceSubscription> {
  const reg = await registration();
  if (!reg) throw new Error('no service worker');
  const existing = await reg.pushManager.getSubscription();
  const subscription = existing ?? (await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: base64UrlToBytes(publicKey) }));
  const json = subscription.toJSON();
  if (!json.endpoint || !json.keys?.p256dh || !json.keys.auth) throw new Error('incomplete subscription');
  return { endpoint: json.endpoint, keys: { p256dh: json.keys.p256dh, auth: json.keys.auth } };
}

/** This device's subscription as the browser has it now, or null (no network needed). */
export async function currentSubscription(): Promise<DeviceSubscription | null> {
  try {
    const json = (await (await registration())?.pushManager.getSubscription())?.toJSON();
    return json?.endpoint && json.keys?.p256dh && json.keys.auth ? { endpoint: json.endpoint, keys: { p256dh: json.keys.p256dh, auth: json.keys.auth } } : null;
  } catch {
    return null;
  }
}

/** Ends this device's subscription in the browser (sign-out, "push off"); nothing when there is none. */
export async function unsubscribeDevice(): Promise<void> {
  try {
    const subscription = await (await registration())?.pushManager.getSubscription();
    await subscription?.unsubscribe();
  } catch {
    // no service worker (development) or already gone
  }
}

/** Whether this device has a push subscription now. */
export async function deviceIsSubscribed(): Promise<boolean> {
  try {
    return Boolean(await (await registration())?.pushManager.getSubscription());
  } catch {
    return false;
  }
}
