import { useSyncExternalStore } from 'react';
import { sessionStore } from './session-store.ts';

export function useSession() {
  const session = useSyncExternalStore(sessionStore.subscribe, sessionStore.get, sessionStore.get);
  const expired = useSyncExternalStore(sessionStore.subscribe, sessionStore.isExpired, sessionStore.isExpired);
  return { session, user: session?.user ?? null, expired };
}
