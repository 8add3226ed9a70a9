import { useSyncExternalStore } from 'react';
import type { ActingFor } from './schemas.ts';
import { sessionStore } from './session-store.ts';

// The acting context as the screens read it. Apart from acting.ts (which talks to the API), so the
// route guards can use it without putting the API client and zod on the boot path.

/** The acting context of the signed-in helper, or null. */
export function useActingFor(): ActingFor | null {
  const session = useSyncExternalStore(sessionStore.subscribe, sessionStore.get, sessionStore.get);
  return session?.user.role === 'helper' ? (session.actingFor ?? null) : null;
}

/** Whether the signed-in person may change the client's data here (not a helper with read-only scope). */
export function useCanWrite(): boolean {
  const actingFor = useActingFor();
  return actingFor === null || actingFor.scope === 'write';
}
