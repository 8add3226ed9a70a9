import { apiRequest } from '#src/shared/api/client.ts';
import { sessionStore, type SessionEndReason } from './session-store.ts';
import { OIDC_TOKEN_MARK, oidcClientInUse } from './oidc-token.ts';
import { askWhoSignsInNext } from './ask-who-signs-in.ts';

type Hook = () => Promise<void> | void;
const hooks = new Set<Hook>();

/** The app registers what must be wiped at sign-out (outbox, cached data, device storage). */
export function onSignOut(hook: Hook): () => void {
  hooks.add(hook);
  return () => hooks.delete(hook);
}

let running: Promise<void> | null = null;

/**
 * Ends the session on the server (best effort: also works offline) and wipes
 * everything of this person from the device. Signed in at an OpenID provider, the tokens go first,
 * and a sign-out the person chose (no `reason`) ends the provider's session too: the browser goes
 * there and comes back to /uitgelogd (src/shared/auth/oidc.ts); when it cannot get there (offline),
 * the next sign-in asks who signs in (src/shared/auth/ask-who-signs-in.ts).
 */
export function signOut(reason: SessionEndReason | null = null): Promise<void> {
  // one sign-out at a time: a timer that fires again while the first is still wiping joins it
  running ??= endEverything(reason).finally(() => {
    running = null;
  });
  return running;
}

/** Is the OIDC client to be closed? Whatever the saved session holds by now (a renewal may run on). */
function oidcModule() {
  return sessionStore.get()?.token === OIDC_TOKEN_MARK || oidcClientInUse() ? import('./oidc.ts') : Promise.resolve(null);
}

async function endEverything(reason: SessionEndReason | null): Promise<void> {
  if (sessionStore.token()) {
    try {
      await apiRequest({ method: 'DELETE', path: '/auth/session', schema: undefined });
    } catch {
      // offline or already expired: the token dies with its expiry; the device is wiped anyway
    }
  }
  const oidc = await oidcModule();
  const left = oidc ? await oidc.leaveOidcSession() : null;
  for (const hook of hooks) await hook();
  sessionStore.clear(reason);
  // the provider could not be reached (offline): its session lives on, so the next sign-in asks who it is
  if (oidc && left && reason === null && !(await oidc.endProviderSession(left))) askWhoSignsInNext();
}

/**
 * The inactivity timeout on one's own device: the session ends, what was saved and queued stays for
 * the next sign-in, and the tokens go too — no renewal runs on in a tab nobody uses.
 */
export async function endSessionKeepingData(): Promise<void> {
  const oidc = await oidcModule();
  sessionStore.clear('timeout-kept');
  await oidc?.leaveOidcSession();
}
