/**
 * Where the session's token is when the person signed in at an OpenID provider: not in the saved
 * session (`werkmap.session` holds the mark below instead) but in the OIDC client's user record in
 * `sessionStorage` (`werkmap.oidc.user:<issuer>:<client>`), which the client renews with the refresh
 * token. Read synchronously here, without loading oidc-client-ts (docs/decisions/014).
 */
export const OIDC_TOKEN_MARK = 'oidc:token-in-session-storage';
export const OIDC_STORE_PREFIX = 'werkmap.oidc.';

/** The current access token of the signed-in OIDC user, or null (none, or expired). */
export function oidcAccessToken(): string | null {
  try {
    for (let i = 0; i < sessionStorage.length; i += 1) {
      const key = sessionStorage.key(i);
      if (!key?.startsWith(`${OIDC_STORE_PREFIX}user:`)) continue;
      const user = JSON.parse(sessionStorage.getItem(key) ?? 'null') as { access_token?: unknown; expires_at?: unknown } | null;
      if (typeof user?.access_token !== 'string') continue;
      if (typeof user.expires_at === 'number' && user.expires_at * 1000 <= Date.now()) return null;
      return user.access_token;
    }
  } catch {
    // storage blocked
  }
  return null;
}

/**
 * True when this tab has started signing in at a provider (the issuer, a user or a sign-in under
 * way): the OIDC client may be renewing tokens, so ending the session must close it, whatever the
 * saved session holds by then.
 */
export function oidcClientInUse(): boolean {
  try {
    for (let i = 0; i < sessionStorage.length; i += 1) {
      if (sessionStorage.key(i)?.startsWith(OIDC_STORE_PREFIX)) return true;
    }
  } catch {
    // storage blocked
  }
  return false;
}
