import { apiRequest } from '#src/shared/api/client.ts';
import { sessionStore, type SessionEndReason } from './session-store.ts';
import { OIDC_TOKEN_MARK } from './oidc-token.ts';
import { askWhoSignsInNext } from './ask-who-signs-in.ts';

type Hook = () => Promise<void> | void;
const hooks = new Set<Hook>();

/** The app registers what must be wiped at sign-out (outbox, cached data, device storage). */
export function onSignOut(hook: Hook): () => void {
  hooks.add(hook);
  return () => hooks.delete(hook);
}

/**
 * Ends the session on the server (best effort: also works offline) and wipes
 * everything of this person from the device. Signed in at an OpenID provider, the tokens go first,
 * and a sign-out the person chose (no `reason`) ends the provider's session too: the browser goes
 * there and comes back to /uitgelogd (src/shared/auth/oidc.ts); when it cannot get there (offline),
 * the next sign-in asks who signs in (src/shared/auth/ask-who-signs-in.ts).
 */
export async function signOut(reason: SessionEndReason | null = null): Promise<void> {
  if (sessionStore.token()) {
    try {
      await apiRequest({ method: 'DELETE', path: '/auth/session', schema: undefined });
    } catch {
      // offline or already expired: the token dies with its expiry; the device is wiped anyway
    }
  }
  const oidc = sessionStore.get()?.token === OIDC_TOKEN_MARK ? await import('./oidc.ts') : null;
  const left = oidc ? await oidc.leaveOidcSession() : null;
  for (const hook of hooks) await hook();
  sessionStore.clear(reason);
  // the provider could not be reached (offline): its session lives on, so the next sign-in asks who it is
  if (oidc && left && reason === null && !(await oidc.endProviderSession(left))) askWhoSignsInNext();
}
