import type { UserManager } from 'oidc-client-ts';
import { apiRequest } from '#src/shared/api/client.ts';
import { mustAskWhoSignsIn, signInAsked } from './ask-who-signs-in.ts';
import { oidcSettings, type IssuerRole } from './oidc-settings.ts';
import { OIDC_STORE_PREFIX, OIDC_TOKEN_MARK } from './oidc-token.ts';
import { sessionInfoSchema, type Session } from './schemas.ts';
import { sessionStore } from './session-store.ts';

/**
 * Signing in at the OpenID providers with oidc-client-ts (Authorization Code + PKCE), loaded in its
 * own chunk only when someone signs in, out or renews. Clients go to DigiD (through a broker),
 * employees to the municipality's provider (`oidcSettings()`). The tokens stay in the client's store
 * in sessionStorage (prefix `werkmap.oidc.`, so the wipe at sign-out removes them); the saved session
 * holds only the person (docs/decisions/014-tokens-on-the-device.md).
 */

const ISSUER_KEY = `${OIDC_STORE_PREFIX}issuer`;
const PENDING_KEY = `${OIDC_STORE_PREFIX}public-computer`;
const SESSION_HOURS = 8;
const PUBLIC_COMPUTER_MINUTES = 30;

const managers = new Map<IssuerRole, Promise<UserManager>>();

/**
 * Set when this page signs out (`leaveOidcSession`): from then on the OIDC client may not store a
 * user again — a token renewal or sign-in still under way would otherwise write the tokens back after
 * the wipe (on a public computer: for the next person). Signing in again is always a new document
 * (the provider redirects back), so this is never reset.
 */
let closed = false;
/** sessionStorage for the OIDC client's user, which stops storing once the page signed out. */
const userStorage: Storage = {
  get length() {
    return sessionStorage.length;
  },
  key: (index) => sessionStorage.key(index),
  getItem: (key) => sessionStorage.getItem(key),
  setItem: (key, value) => {
    if (!closed) sessionStorage.setItem(key, value);
  },
  removeItem: (key) => sessionStorage.removeItem(key),
  clear: () => sessionStorage.clear(),
};

function manager(role: IssuerRole): Promise<UserManager> {
  let made = managers.get(role);
  if (!made) {
    made = import('oidc-client-ts').then(({ UserManager, WebStorageStateStore }) => {
      const settings = oidcSettings();
      const issuer = settings.issuers[role];
      // the sign-in states in a store of their own: the client drops every key of its state store
      // that is not a state it knows (ours among them) when it cleans up
      const userStore = new WebStorageStateStore({ store: userStorage, prefix: OIDC_STORE_PREFIX });
      const stateStore = new WebStorageStateStore({ store: sessionStorage, prefix: 'werkmap.oidc-state.' });
      const userManager = new UserManager({
        authority: issuer.authority,
        client_id: issuer.clientId,
        scope: issuer.scope,
        redirect_uri: `${location.origin}${settings.redirectPath}`,
        post_logout_redirect_uri: `${location.origin}${settings.postLogoutPath}`,
        userStore,
        stateStore,
        loadUserInfo: false,
        // renewal with the (rotating) refresh token shortly before the access token expires; no
        // iframes: the providers may not be framed
        automaticSilentRenew: true,
        monitorSession: false,
      });
      // the provider's session ended (signed out elsewhere, expired, refresh token refused): the
      // person signs in again; queued writes wait for that
      userManager.events.addSilentRenewError(() => sessionStore.markExpired());
      return userManager;
    });
    managers.set(role, made);
  }
  return made;
}

function issuerRole(): IssuerRole | null {
  try {
    const value = sessionStorage.getItem(ISSUER_KEY);
    return value === 'client' || value === 'employee' ? value : null;
  } catch {
    return null;
  }
}

/**
 * Sends the browser to the provider. On a public computer, and after an inactivity timeout on any
 * device (src/shared/auth/ask-who-signs-in.ts), the provider always asks who signs in.
 */
export async function startOidcSignIn(role: IssuerRole, publicComputer: boolean): Promise<void> {
  sessionStorage.setItem(ISSUER_KEY, role);
  sessionStorage.setItem(PENDING_KEY, String(publicComputer));
  const userManager = await manager(role);
  await userManager.signinRedirect(publicComputer || mustAskWhoSignsIn() ? { prompt: 'login' } : {});
}

/** Why signing in did not work, for the callback page. */
export type SignInFailure = 'cancelled' | 'failed';

/**
 * On the callback route: exchanges the code, asks the API who this is, and stores the session
 * (without its token). Throws a `SignInFailure` string.
 */
export async function completeOidcSignIn(): Promise<Session> {
  const role = issuerRole();
  if (!role) throw 'failed' satisfies SignInFailure;
  const userManager = await manager(role);
  let accessToken: string;
  try {
    accessToken = (await userManager.signinRedirectCallback()).access_token;
  } catch (error) {
    throw ((error as { error?: unknown } | null)?.error === 'access_denied' ? 'cancelled' : 'failed') satisfies SignInFailure;
  }
  const publicComputer = sessionStorage.getItem(PENDING_KEY) === 'true';
  sessionStorage.removeItem(PENDING_KEY);
  try {
    const { data } = await apiRequest({ path: '/auth/session', schema: sessionInfoSchema, token: accessToken });
    const lifetimeMs = publicComputer ? PUBLIC_COMPUTER_MINUTES * 60_000 : SESSION_HOURS * 3_600_000;
    const session: Session = { ...data, token: OIDC_TOKEN_MARK, publicComputer, expiresAt: new Date(Date.now() + lifetimeMs).toISOString() };
    sessionStore.set(session);
    signInAsked();
    return session;
  } catch {
    await userManager.removeUser();
    throw 'failed' satisfies SignInFailure;
  }
}

/** Keeps renewing the tokens of a session signed in at a provider (after a reload too). */
export async function resumeOidcSession(): Promise<void> {
  const role = issuerRole();
  if (!role) return;
  // loading the user starts the renewal timers
  await (await manager(role)).getUser();
}

/** What signing out at the provider needs after the device has been wiped. */
export type LeftOidcSession = { role: IssuerRole; idToken: string | undefined };

/**
 * The first half of signing out: drops the tokens from the device (the refresh token revoked at the
 * provider, best effort: also works offline) and returns what the second half needs.
 */
export async function leaveOidcSession(): Promise<LeftOidcSession | null> {
  const role = issuerRole();
  if (!role) return null;
  closed = true;
  try {
    const userManager = await manager(role);
    userManager.stopSilentRenew();
    const user = await userManager.getUser();
    await userManager.revokeTokens(['refresh_token']).catch(() => undefined);
    await userManager.removeUser();
    return { role, idToken: user?.id_token };
  } catch {
    return { role, idToken: undefined };
  }
}

/**
 * The second half: the browser goes to the provider's end_session_endpoint, which ends the
 * provider's session (essential on a shared computer: signing in again asks who it is) and comes
 * back to `/uitgelogd`. False when the provider cannot be reached (offline): the caller goes on.
 */
export async function endProviderSession(left: LeftOidcSession): Promise<boolean> {
  try {
    await (await manager(left.role)).signoutRedirect(left.idToken ? { id_token_hint: left.idToken } : {});
    return true;
  } catch {
    return false;
  }
}
