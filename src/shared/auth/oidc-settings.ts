/**
 * The OpenID Connect settings, read through this ONE function (issue 18). Constants for now; the
 * runtime configuration (`/config.json`) is to provide them:
 * - `signIn`: 'oidc' (sign in at the providers) or 'personas' (the old test picker inside the app);
 * - per issuer (`client`: DigiD through a broker; `employee`: the municipality's own provider):
 *   `authority` (the issuer URL), `clientId`, `scope` (must hold `openid`; `offline_access` for a
 *   refresh token; the API's scope);
 * - `redirectPath` and `postLogoutPath`, which the providers must have registered
 *   (`<origin>/inloggen/terug`, `<origin>/uitgelogd`).
 * See docs/decisions/014-tokens-on-the-device.md.
 */
export type IssuerRole = 'client' | 'employee';
export type OidcIssuerSettings = { authority: string; clientId: string; scope: string };
export type OidcSettings = {
  signIn: 'oidc' | 'personas';
  issuers: Record<IssuerRole, OidcIssuerSettings>;
  redirectPath: string;
  postLogoutPath: string;
};

/** The switch until the runtime configuration exists: `VITE_SIGN_IN=oidc` at build time. */
const SIGN_IN: OidcSettings['signIn'] = import.meta.env.VITE_SIGN_IN === 'oidc' ? 'oidc' : 'personas';

export function oidcSettings(): OidcSettings {
  const origin = typeof location === 'undefined' ? 'http://localhost' : location.origin;
  const scope = 'openid profile offline_access api';
  return {
    signIn: SIGN_IN,
    issuers: {
      client: { authority: `${origin}/oidc/digid`, clientId: 'werkmap', scope },
      employee: { authority: `${origin}/oidc/medewerkers`, clientId: 'werkmap', scope },
    },
    redirectPath: '/inloggen/terug',
    postLogoutPath: '/uitgelogd',
  };
}
