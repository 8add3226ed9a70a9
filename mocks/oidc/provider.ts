import type { IncomingMessage, ServerResponse } from 'node:http';
import Provider, { type Ctx } from 'oidc-provider';
import type { UserRecord } from '../db.ts';
import { db } from '../db.ts';
import { ACR, API_AUDIENCE, issuerNameFor, issuerUrl, keyMaterial, type IssuerName } from './tokens.ts';

/**
 * Two real OpenID providers (oidc-provider 9) for development and tests, in the mock API's Node
 * server (mocks/http-server.ts), under the app's own origin through the same proxy as `/api`:
 * - `/oidc/digid` for clients: a stand-in for DigiD behind a broker; `acr` is the DigiD level;
 * - `/oidc/medewerkers` for employees (coach, helper, regisseur): the municipality's own provider.
 * Their accounts are the personas (`db.users`); their login screen is the clearly marked test
 * persona picker (`loginPage`). Access tokens are JWTs (RFC 9068) for the API's audience, signed
 * with the key the mock API verifies against (mocks/oidc/tokens.ts). Authorization Code + PKCE, a
 * public client per issuer, refresh tokens that rotate and end with the provider's session.
 */

export const OIDC_CLIENT_ID = 'werkmap';
/** The app's routes the providers send the browser back to. */
export const REDIRECT_PATH = '/inloggen/terug';
export const POST_LOGOUT_PATH = '/uitgelogd';
const SCOPES = 'openid profile offline_access api';

const ISSUERS: IssuerName[] = ['digid', 'medewerkers'];

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `body{font-family:system-ui,sans-serif;font-size:1.125rem;line-height:1.5;margin:0;color:#1a1a1a;background:#fff}
main{max-width:40rem;margin:0 auto;padding:1rem}
.test{border:3px solid #8a4b00;background:#fff4e5;padding:0 1rem;margin:1rem 0}
ul{list-style:none;padding:0}li{margin:0 0 1rem}
button{font:inherit;min-height:44px;padding:.5rem 1rem;border:2px solid #154273;border-radius:4px;background:#154273;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#154273}
button:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}
p.hint{margin:.25rem 0 0;color:#4a4a4a}`;
const LOGOUT_SCRIPT = `document.getElementById('op.logoutForm')?.requestSubmit(document.getElementById('logout-yes'));\n`;

/** A plain Dutch page in the providers' own look (no inline script or style: a strict CSP holds). */
function page(title: string, body: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} — testomgeving</title><link rel="stylesheet" href="/oidc/assets/provider.css"></head>
<body><main><h1>${escape(title)}</h1>${body}</main></body></html>`;
}

const TEST_NOTICE = `<div class="test" role="note"><p><strong>Dit is niet de echte DigiD.</strong> Dit is een testomgeving van Werkmap. Je logt hier in als een bedachte persoon. Vul nooit echte gegevens in.</p></div>`;

const roleGroups: Record<IssuerName, Array<{ role: UserRecord['role']; title: string }>> = {
  digid: [{ role: 'client', title: 'Werkzoekenden' }],
  medewerkers: [
    { role: 'coach', title: 'E-coaches' },
    { role: 'helper', title: 'Helpers (STIP)' },
    { role: 'jobBroker', title: 'Regisseurs werk' },
    { role: 'teamLead', title: 'Teamleiders' },
    { role: 'functionalAdmin', title: 'Functioneel beheer' },
  ],
};

/** The login (interaction) screen: the personas this issuer has as accounts. */
function loginPage(name: IssuerName, uid: string): string {
  const action = `/oidc/${name}/interaction/${encodeURIComponent(uid)}`;
  const groups = roleGroups[name]
    .map(({ role, title }) => {
      const people = db.users.list().filter((user) => user.role === role);
      if (people.length === 0) return '';
      const items = people
        .map(
          (user) => `<li><form method="post" action="${action}/login"><input type="hidden" name="account" value="${escape(user.id)}">
<button type="submit" aria-describedby="p-${escape(user.id)}">Inloggen als ${escape(user.name)}</button></form>
<p class="hint" id="p-${escape(user.id)}">${escape(user.description)}</p></li>`,
        )
        .join('');
      return `<h2>${escape(title)}</h2><ul>${items}</ul>`;
    })
    .join('');
  const title = name === 'digid' ? 'Inloggen met DigiD' : 'Inloggen als medewerker';
  return page(
    title,
    `${TEST_NOTICE}<p>Kies met wie je wilt inloggen.</p>${groups}
<form method="post" action="${action}/abort"><button type="submit" class="secondary">Annuleren en terug naar Werkmap</button></form>`,
  );
}

function send(res: ServerResponse, status: number, body: string, type = 'text/html; charset=utf-8'): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
  res.end(body);
}

async function formField(req: IncomingMessage, field: string): Promise<string | null> {
  let text = '';
  for await (const chunk of req) {
    text += String(chunk);
    if (text.length > 4096) return null;
  }
  return new URLSearchParams(text).get(field);
}

export type OidcProviders = {
  /** Answers a request under `/oidc/`; false when it is not one. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
};

/** The two providers for the app at `appOrigins` (the first is the issuers' origin). */
export async function createOidcProviders(appOrigins: string[]): Promise<OidcProviders> {
  const { privateJwk } = await keyMaterial();
  const providers = new Map<IssuerName, { provider: Provider; callback: (req: IncomingMessage, res: ServerResponse) => void }>();
  for (const name of ISSUERS) {
    const provider = new Provider(issuerUrl(name), {
      clients: [
        {
          client_id: OIDC_CLIENT_ID,
          token_endpoint_auth_method: 'none',
          grant_types: ['authorization_code', 'refresh_token'],
          response_types: ['code'],
          redirect_uris: appOrigins.map((origin) => `${origin}${REDIRECT_PATH}`),
          post_logout_redirect_uris: appOrigins.map((origin) => `${origin}${POST_LOGOUT_PATH}`),
          scope: SCOPES,
        },
      ],
      jwks: { keys: [privateJwk] },
      cookies: { keys: ['werkmap-mock-provider-only'] },
      scopes: ['openid', 'profile', 'offline_access', 'api'],
      claims: { openid: ['sub'], profile: ['name'] },
      acrValues: name === 'digid' ? [ACR.basis, ACR.midden, ACR.hoog] : [],
      pkce: { required: () => true },
      ttl: { AccessToken: 15 * 60, AuthorizationCode: 60, IdToken: 15 * 60, RefreshToken: 8 * 3600, Session: 8 * 3600, Grant: 8 * 3600, Interaction: 30 * 60 },
      interactions: { url: (_ctx: Ctx, interaction: { uid: string }) => `/oidc/${name}/interaction/${interaction.uid}` },
      async findAccount(_ctx: Ctx, id: string) {
        const user = db.users.get(id);
        if (!user || issuerNameFor(user.role) !== name) return undefined;
        return { accountId: user.id, claims: () => ({ sub: user.id, name: user.name }) };
      },
      // first-party app: no consent screen (the grant is made here)
      async loadExistingGrant(ctx: Ctx) {
        const { oidc } = ctx;
        const grantId = oidc.result?.consent?.grantId ?? oidc.session.grantIdFor(oidc.client.clientId);
        // a grant the app revoked (its refresh token, at sign-out or an inactivity timeout) is gone
        // while the provider's session lives on: a new one, not a consent screen
        const existing = grantId ? await oidc.provider.Grant.find(grantId) : undefined;
        if (existing) return existing;
        const grant = new oidc.provider.Grant({ clientId: oidc.client.clientId, accountId: oidc.session.accountId });
        grant.addOIDCScope(SCOPES);
        grant.addResourceScope(API_AUDIENCE, 'api');
        await grant.save();
        return grant;
      },
      // a refresh token for the app (rotated at each use, the default for a public client); it ends
      // with the provider's session (no offline_access in the token's own right)
      issueRefreshToken: async (_ctx: Ctx, client: { grantTypeAllowed: (type: string) => boolean }) => client.grantTypeAllowed('refresh_token'),
      expiresWithSession: async () => true,
      extraTokenClaims: async (ctx: Ctx, token: { sessionUid?: string; grantId?: string }) => {
        const source = ctx.oidc.entities.AuthorizationCode ?? ctx.oidc.entities.RefreshToken;
        return { sid: token.sessionUid ?? token.grantId, ...(name === 'digid' ? { acr: source?.acr ?? ACR.midden } : {}) };
      },
      features: {
        devInteractions: { enabled: false },
        revocation: { enabled: true },
        rpInitiatedLogout: {
          enabled: true,
          logoutSource: async (ctx: Ctx, form: string) => {
            ctx.type = 'html';
            ctx.body = page(
              'Uitloggen',
              `${TEST_NOTICE}${form}<p>Je wordt uitgelogd.</p><button id="logout-yes" type="submit" form="op.logoutForm" name="logout" value="yes">Uitloggen</button>
<script src="/oidc/assets/logout.js"></script>`,
            );
          },
          postLogoutSuccessSource: async (ctx: Ctx) => {
            ctx.type = 'html';
            ctx.body = page('Je bent uitgelogd', '<p>Je kunt dit venster sluiten.</p>');
          },
        },
        resourceIndicators: {
          enabled: true,
          defaultResource: async () => API_AUDIENCE,
          useGrantedResource: async () => true,
          getResourceServerInfo: async () => ({ scope: 'api', audience: API_AUDIENCE, accessTokenTTL: 15 * 60, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } }),
        },
      },
      renderError: async (ctx: Ctx) => {
        ctx.type = 'html';
        ctx.body = page('Inloggen lukt niet', '<p>Er ging iets mis bij het inloggen. Ga terug naar Werkmap en probeer het opnieuw.</p><p><a href="/inloggen">Terug naar Werkmap</a></p>');
      },
    });
    // the Host header is the app's (the proxy keeps it)
    provider.proxy = true;
    providers.set(name, { provider, callback: provider.callback() });
  }

  async function interaction(req: IncomingMessage, res: ServerResponse, name: IssuerName, uid: string, action: string | undefined): Promise<void> {
    const { provider } = providers.get(name) as { provider: Provider };
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) return send(res, 400, page('Inloggen lukt niet', '<p>Deze inlogpagina is verlopen. Begin opnieuw in Werkmap.</p>'));
    if (req.method === 'GET' && !action) return send(res, 200, loginPage(name, uid));
    if (req.method === 'POST' && action === 'abort') {
      return provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'Inloggen geannuleerd' }, { mergeWithLastSubmission: false });
    }
    if (req.method === 'POST' && action === 'login') {
      const accountId = await formField(req, 'account');
      const user = accountId ? db.users.get(accountId) : undefined;
      if (!user || issuerNameFor(user.role) !== name) return send(res, 400, loginPage(name, uid));
      const login = { accountId: user.id, ...(name === 'digid' ? { acr: ACR.midden, amr: ['pwd', 'sms'] } : { amr: ['pwd'] }) };
      return provider.interactionFinished(req, res, { login }, { mergeWithLastSubmission: false });
    }
    send(res, 405, page('Inloggen lukt niet', '<p>Dit kan hier niet.</p>'));
  }

  return {
    async handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname === '/oidc/assets/provider.css') return (send(res, 200, STYLE, 'text/css; charset=utf-8'), true);
      if (url.pathname === '/oidc/assets/logout.js') return (send(res, 200, LOGOUT_SCRIPT, 'text/javascript; charset=utf-8'), true);
      const match = /^\/oidc\/(digid|medewerkers)(\/.*)?$/.exec(url.pathname);
      if (!match) return false;
      const name = match[1] as IssuerName;
      const rest = match[2] ?? '/';
      const step = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/.exec(rest);
      if (step) {
        await interaction(req, res, name, step[1] as string, step[2]);
        return true;
      }
      const { callback } = providers.get(name) as { callback: (req: IncomingMessage, res: ServerResponse) => void };
      // mounted under the issuer's path: the provider routes on the rest
      (req as IncomingMessage & { originalUrl?: string }).originalUrl = req.url;
      req.url = `${rest}${url.search}`;
      await new Promise<void>((resolve) => {
        res.once('finish', resolve);
        res.once('close', resolve);
        callback(req, res);
      });
      return true;
    },
  };
}
