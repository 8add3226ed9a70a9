import { appConfig } from '#src/shared/config/app-config.ts';

/**
 * The OpenID Connect settings, read through this ONE function (issue 18), from the run-time
 * configuration (`/config.json`, `oidc`; docs/deploy.md):
 * - per issuer (`client`: DigiD through a broker; `employee`: the municipality's own provider):
 *   `authority` (the issuer URL; a path in config.json is on this site), `clientId`, `scope` (must
 *   hold `openid`; `offline_access` for a refresh token; the API's scope);
 * - `redirectPath` and `postLogoutPath`, which the providers must have registered
 *   (`<origin>/inloggen/terug`, `<origin>/uitgelogd`).
 * See docs/decisions/014-tokens-on-the-device.md.
 */
export type IssuerRole = 'client' | 'employee';
export type OidcIssuerSettings = { authority: string; clientId: string; scope: string };
export type OidcSettings = {
  issuers: Record<IssuerRole, OidcIssuerSettings>;
  redirectPath: string;
  postLogoutPath: string;
};

export function oidcSettings(): OidcSettings {
  const origin = typeof location === 'undefined' ? 'http://localhost' : location.origin;
  const { clients, employees, scopes } = appConfig().oidc;
  const scope = scopes.join(' ');
  const issuer = ({ issuer: address, clientId }: { issuer: string; clientId: string }): OidcIssuerSettings => ({
    authority: new URL(address, origin).href,
    clientId,
    scope,
  });
  return {
    issuers: { client: issuer(clients), employee: issuer(employees) },
    redirectPath: '/inloggen/terug',
    postLogoutPath: '/uitgelogd',
  };
}
