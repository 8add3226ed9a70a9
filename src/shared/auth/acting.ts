import { apiRequest } from '#src/shared/api/client.ts';
import { sessionInfoSchema, type SessionInfo } from './schemas.ts';
import { sessionStore } from './session-store.ts';

/**
 * Machtigen: a helper acts for one client at a time. The server keeps the acting
 * context on the session (docs/decisions/005-acting-for-a-client.md); the app only
 * mirrors what the server answered, so `user.clientId` is that client while acting.
 */

function apply(info: SessionInfo): SessionInfo {
  const current = sessionStore.get();
  if (current) sessionStore.set({ ...current, ...info });
  return info;
}

export async function startActing(clientId: string): Promise<SessionInfo> {
  const { data } = await apiRequest({ method: 'POST', path: '/helper/acting', body: { clientId }, schema: sessionInfoSchema });
  return apply(data);
}

export async function stopActing(): Promise<SessionInfo | null> {
  try {
    const { data } = await apiRequest({ method: 'DELETE', path: '/helper/acting', schema: sessionInfoSchema });
    return apply(data);
  } catch {
    // offline: stop on this device anyway; the server refuses the old context once withdrawn or ended
    const current = sessionStore.get();
    if (current) sessionStore.set({ ...current, user: { ...current.user, clientId: null }, actingFor: null });
    return null;
  }
}

/** Asks the server whether the acting context still holds (an authorisation can be withdrawn at any moment). */
export async function refreshActing(): Promise<void> {
  const current = sessionStore.get();
  if (!current?.actingFor) return;
  try {
    const { data } = await apiRequest({ path: '/auth/session', schema: sessionInfoSchema });
    apply(data);
  } catch {
    // offline or signed out: nothing to learn now
  }
}
