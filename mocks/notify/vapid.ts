/**
 * The mock server's VAPID key pair (P-256, base64url). The HTTP server makes a new pair when it
 * starts (`web-push`'s `generateVAPIDKeys`, mocks/notify/web-push.ts); the browser and test hosts
 * use this DEVELOPMENT-ONLY pair, which protects nothing (it is public in this repository). A real
 * backend makes its own pair once, keeps the private key secret and keeps it: a new pair
 * invalidates every subscription.
 */
export type VapidKeys = { publicKey: string; privateKey: string };

const DEV_ONLY_KEYS: VapidKeys = {
  publicKey: 'BACkQ-IF0eAtFdBjI_TNuT_WI0m8NDXPAhhm1P4c2CIIVxiPJDtCWQvZUnMpf21a5oxDObNLz5uHLbEOQvTry9s',
  privateKey: 'cVyMHXeS8JBGmu11wQKxG9bDI4ovJknqPKaeTF6Nylo',
};

let keys: VapidKeys = DEV_ONLY_KEYS;

export function vapidKeys(): VapidKeys {
  return keys;
}

export function setVapidKeys(next: VapidKeys): void {
  keys = next;
}

/** Who runs the server (the `sub` of the VAPID token): push services contact it when something is wrong. */
export const VAPID_SUBJECT = 'mailto:beheer@werkmap.example';
