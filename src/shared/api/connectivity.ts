import { onlineManager } from '@tanstack/react-query';
import { toUrl } from './url.ts';

/**
 * Whether the API can be reached — the app's one answer, kept in TanStack Query's `onlineManager`
 * (the header's "Geen internet", the "Je hebt geen internet" notes, polling and paused query retries
 * follow it; the browser's online/offline events still set it as before).
 *
 * `navigator.onLine` only knows whether the device has a network. On a phone with a weak signal, on
 * Wi-Fi without internet or behind a captive portal it says "online" while every request fails
 * ("lie-fi"); Chromium also says "online" in a page opened while offline. So requests teach it too:
 * a request that gets no answer at all means offline, any answer (also an error status) means online.
 * While offline because requests failed, a check (`GET /health`) runs with back-off, 5 s doubling to a
 * minute, so the app comes back by itself; while the browser itself says offline, its `online` event
 * does that.
 */

export const FIRST_CHECK_MS = 5_000;
export const MAX_CHECK_MS = 60_000;
const CHECK_TIMEOUT_MS = 5_000;

let timer: ReturnType<typeof setTimeout> | undefined;
let delay = FIRST_CHECK_MS;

function browserSaysOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

function stopChecking(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  delay = FIRST_CHECK_MS;
}

function scheduleCheck(): void {
  if (timer !== undefined || browserSaysOffline()) return;
  timer = setTimeout(() => {
    timer = undefined;
    delay = Math.min(delay * 2, MAX_CHECK_MS); // the next check, should this one fail
    void checkConnection();
  }, delay);
}

/**
 * The API answered (any status): online — unless the browser says the device has no network: then
 * the answer was to a request sent before the connection went (or came from the service worker's
 * cache), and the app stays offline until the browser's `online` event.
 */
export function reportResponse(): void {
  stopChecking();
  if (!onlineManager.isOnline() && !browserSaysOffline()) onlineManager.setOnline(true);
}

/** A request to the API got no answer (not an abort): offline until a check or request gets one. */
export function reportNetworkFailure(): void {
  if (onlineManager.isOnline()) onlineManager.setOnline(false);
  scheduleCheck();
}

/**
 * Asks the API whether it can be reached now (at most 5 s) and updates the online state. For an
 * action that needs the network and must not fail half-way, e.g. loading another language's texts.
 */
export async function checkConnection(): Promise<boolean> {
  if (browserSaysOffline()) return false;
  try {
    await fetch(toUrl('/health'), { cache: 'no-store', credentials: 'omit', signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
  } catch {
    reportNetworkFailure();
    return false;
  }
  reportResponse();
  return true;
}

/** Back to what the browser says, no check pending (between tests). */
export function resetConnectivity(): void {
  stopChecking();
  onlineManager.setOnline(!browserSaysOffline());
}
