import { onlineManager } from '@tanstack/react-query';
import { nextDueAt, type Outbox } from './outbox.ts';

/** While the device says it is offline, the back-off timer probes no more often than this. */
export const OFFLINE_PROBE_MS = 30_000;
/** A timer never fires sooner than this after it was armed. */
export const MIN_TIMER_MS = 250;
/** After a timer drain, the next timer waits at least this long (another tab may hold the lock). */
export const AFTER_FIRE_FLOOR_MS = 2_000;

type Listenable = {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
};

export type OutboxSyncEnvironment = {
  window?: Listenable;
  document?: Listenable & { visibilityState?: DocumentVisibilityState };
  isOnline?: () => boolean;
  /**
   * The app's online state, which also learns from requests (src/shared/api/connectivity.ts):
   * when the API answers again without the browser's `online` event (lie-fi), sending resumes too.
   */
  onlineState?: { isOnline(): boolean; subscribe(listener: (online: boolean) => void): () => void };
  now?: () => number;
};

/**
 * Drains the outbox when it makes sense: at start, when the browser comes online
 * (backed-off records included),
 * when the app becomes visible, after each enqueue (the outbox does that itself)
 * and on a timer at the earliest `nextAttemptAt` (re-armed whenever the outbox
 * changes). While `navigator.onLine` is false only the timer drains, as a probe;
 * when it is true but requests fail ("lie-fi"), the back-off takes over.
 * Returns a function that stops all of it.
 */
export function startOutboxSync(outbox: Outbox, env: OutboxSyncEnvironment = {}): () => void {
  const win = env.window ?? (typeof window === 'undefined' ? undefined : window);
  const doc = env.document ?? (typeof document === 'undefined' ? undefined : document);
  const isOnline = env.isOnline ?? (() => (typeof navigator === 'undefined' ? true : navigator.onLine !== false));
  const now = env.now ?? Date.now;

  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let armedFor: number | null = null;
  let floorUntil = 0;

  const drain = () => {
    if (stopped) return;
    void outbox.drain().finally(rearm);
  };
  const drainIfOnline = () => {
    if (isOnline()) drain();
  };

  function clearTimer() {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    armedFor = null;
  }

  function rearm() {
    if (stopped) return;
    const snapshot = outbox.getSnapshot();
    const due = snapshot.pausedForLogin || snapshot.ownerId === null ? null : nextDueAt(snapshot.records);
    if (due === null) {
      clearTimer();
      return;
    }
    if (timer !== undefined && armedFor === due) return;
    clearTimer();
    const at = now();
    let delay = Math.max(due - at, MIN_TIMER_MS, floorUntil - at);
    if (!isOnline()) delay = Math.max(delay, OFFLINE_PROBE_MS);
    armedFor = due;
    timer = setTimeout(() => {
      timer = undefined;
      armedFor = null;
      floorUntil = now() + AFTER_FIRE_FLOOR_MS;
      drain();
    }, delay);
  }

  const onlineState = env.onlineState ?? onlineManager;
  let appOnline = onlineState.isOnline();

  const onOnline = () => {
    appOnline = true;
    outbox.setOnline(true);
    // what backed off while the connection was gone goes out now, not minutes later
    void outbox.sendNow().finally(rearm);
  };
  const onOffline = () => {
    appOnline = false;
    outbox.setOnline(false);
    rearm();
  };
  const onVisibility = () => {
    if (doc?.visibilityState === 'visible') drainIfOnline();
  };

  win?.addEventListener('online', onOnline);
  win?.addEventListener('offline', onOffline);
  doc?.addEventListener('visibilitychange', onVisibility);
  const unsubscribe = outbox.subscribe(rearm);
  // the same change as the browser's events is acted on once
  const unsubscribeOnline = onlineState.subscribe((online) => {
    if (online === appOnline) return;
    if (online) onOnline();
    else onOffline();
  });

  outbox.setOnline(isOnline());
  drainIfOnline();
  rearm();

  return () => {
    stopped = true;
    clearTimer();
    unsubscribe();
    unsubscribeOnline();
    win?.removeEventListener('online', onOnline);
    win?.removeEventListener('offline', onOffline);
    doc?.removeEventListener('visibilitychange', onVisibility);
  };
}
