import { useSyncExternalStore } from 'react';

/**
 * The right moment to ask for push (issue 17): a screen says something happened that shows why
 * (the person sent their first message, an appointment arrived); the app's push prompt listens
 * and decides whether to ask (never on load, never again after "Nu niet").
 */
export type PushMoment = 'message' | 'appointment';

let moment: PushMoment | null = null;
const listeners = new Set<() => void>();

export function pushMoment(reason: PushMoment): void {
  if (moment === reason) return;
  moment = reason;
  for (const listener of listeners) listener();
}

export function clearPushMoment(): void {
  moment = null;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePushMoment(): PushMoment | null {
  return useSyncExternalStore(subscribe, () => moment, () => moment);
}
