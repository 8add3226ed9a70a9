import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db.ts';
import { startMockApiServer, type MockApiServer } from '../http-server.ts';
import { ACR, API_AUDIENCE } from './tokens.ts';
import { OIDC_CLIENT_ID, REDIRECT_PATH } from './provider.ts';

/**
 * The mock's OpenID providers end to end, as the browser uses them (Authorization Code + PKCE),
 * in the Node server on a free port that is also the "app's" origin. In Vitest's `node` project
 * (test/node-tests.ts): no MSW to intercept this process's own `fetch`, and one realm for the
 * provider's `Uint8Array`s (jsdom's differ).
 */

let api: MockApiServer;
let origin: string;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  api = await startMockApiServer({ port, testEndpoints: true, appOrigins: [origin] });
});

afterAll(async () => {
  await api.close();
});

/** A browser in miniature: one cookie jar, redirects followed by hand. */
function browser() {
  const jar = new Map<string, string>();
  async function go(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (jar.size > 0) headers.set('Cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(new URL(url, origin), { ...init, headers, redirect: 'manual' });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...value] = (pair as string).split('=');
      jar.set(name as string, value.join('='));
    }
    return response;
  }
  /** Follows redirects until one leaves the providers (back to the app) or a page is shown. */
  async function follow(response: Response): Promise<Response | URL> {
    let current = response;
    while (current.status >= 300 && current.status < 400) {
      const next = new URL(current.headers.get('Location') as string, origin);
      if (!next.pathname.startsWith('/oidc/')) return next;
      current = await go(next.href);
    }
    return current;
  }
  return { go, follow, jar };
}

function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

async function authorize(b: ReturnType<typeof browser>, issuer: 'digid' | 'medewerkers', challenge: string): Promise<{ page: string; action: string }> {
  const params = new URLSearchParams({
    client_id: OIDC_CLIENT_ID,
    response_type: 'code',
    redirect_uri: `${origin}${REDIRECT_PATH}`,
    scope: 'openid profile offline_access api',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state: 'st-1',
  });
  const shown = await b.follow(await b.go(`/oidc/${issuer}/auth?${params}`));
  expect(shown).toBeInstanceOf(Response);
  const page = await (shown as Response).text();
  const action = /action="([^"]+)\/login"/.exec(page)?.[1] as string;
  return { page, action };
}

async function token(body: Record<string, string>, issuer = 'digid') {
  const response = await fetch(`${origin}/oidc/${issuer}/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: OIDC_CLIENT_ID, ...body }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

describe('the mock OpenID providers', () => {
  it('publish their configuration with the DigiD levels and a JWKS', async () => {
    const config = (await (await fetch(`${origin}/oidc/digid/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(config.issuer).toBe(`${origin}/oidc/digid`);
    expect(config.acr_values_supported).toEqual([ACR.basis, ACR.midden, ACR.hoog]);
    expect(config.end_session_endpoint).toBe(`${origin}/oidc/digid/session/end`);
    const jwks = (await (await fetch(config.jwks_uri as string)).json()) as { keys: Array<{ d?: string }> };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]?.d).toBeUndefined();
  });

  it('have the personas as accounts: clients at DigiD, employees at the municipality', async () => {
    const digid = await authorize(browser(), 'digid', pkce().challenge);
    expect(digid.page).toContain('Dit is niet de echte DigiD');
    for (const client of db.users.list().filter((u) => u.role === 'client')) expect(digid.page).toContain(`Inloggen als ${client.name}`);
    expect(digid.page).not.toContain('Marieke');
    const staff = await authorize(browser(), 'medewerkers', pkce().challenge);
    for (const user of db.users.list().filter((u) => u.role !== 'client')) expect(staff.page).toContain(`Inloggen als ${user.name}`);
    expect(staff.page).not.toContain('Anna de Vries');
  });

  it('sign a client in with PKCE: a JWT access token for the API with acr "midden", which the API accepts, and a refresh token that rotates', async () => {
    const b = browser();
    const { verifier, challenge } = pkce();
    const { action } = await authorize(b, 'digid', challenge);
    const back = await b.follow(await b.go(`${action}/login`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'account=client-anna' }));
    expect(back).toBeInstanceOf(URL);
    const code = (back as URL).searchParams.get('code') as string;
    expect((back as URL).pathname).toBe(REDIRECT_PATH);

    const tokens = await token({ grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: `${origin}${REDIRECT_PATH}` });
    expect(tokens.status).toBe(200);
    const claims = decodeJwt(tokens.body.access_token as string);
    expect(claims).toMatchObject({ iss: `${origin}/oidc/digid`, aud: API_AUDIENCE, sub: 'client-anna', acr: ACR.midden });
    expect(claims.sid).toEqual(expect.any(String));
    expect(tokens.body.refresh_token).toEqual(expect.any(String));

    const session = await fetch(`${origin}/api/auth/session`, { headers: { Authorization: `Bearer ${tokens.body.access_token}` } });
    expect(session.status).toBe(200);
    expect(((await session.json()) as { user: { id: string } }).user.id).toBe('client-anna');

    const renewed = await token({ grant_type: 'refresh_token', refresh_token: tokens.body.refresh_token as string });
    expect(renewed.status).toBe(200);
    expect(renewed.body.refresh_token).not.toBe(tokens.body.refresh_token);
    expect(decodeJwt(renewed.body.access_token as string).sid).toBe(claims.sid);
    // the used refresh token is spent
    expect((await token({ grant_type: 'refresh_token', refresh_token: tokens.body.refresh_token as string })).status).toBe(400);
  });

  it('refuse an employee at DigiD, and send a cancelled sign-in back as access_denied', async () => {
    const b = browser();
    const { action } = await authorize(b, 'digid', pkce().challenge);
    const wrong = await b.go(`${action}/login`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'account=coach-marieke' });
    expect(wrong.status).toBe(400);
    const back = await b.follow(await b.go(`${action}/abort`, { method: 'POST' }));
    expect((back as URL).searchParams.get('error')).toBe('access_denied');
  });
});
