import { afterEach, describe, expect, it } from 'vitest';
import { apiRequest, configureApiAuth } from '#src/shared/api/client.ts';
import { ApiError } from '#src/shared/api/errors.ts';
import { personaListSchema, sessionInfoSchema } from '#src/shared/auth/schemas.ts';
import { problemSchema } from '#src/shared/api/problem.ts';
import { generateKeyPair } from 'jose';
import { configureSwitches } from '../switches.ts';
import { db } from '../db.ts';
import { ACR, issuerUrl, mintAccessToken } from '../oidc/tokens.ts';
import { call, signIn, signInForApi } from '../testing.ts';

afterEach(() => configureApiAuth(() => null));

describe('personas (mock DigiD)', () => {
  it('lists clients, coaches and the helper without a token', async () => {
    const { data } = await apiRequest({ path: '/auth/personas', schema: personaListSchema, anonymous: true });
    expect(data.map((p) => p.role)).toEqual(expect.arrayContaining(['client', 'coach', 'helper']));
    expect(data.find((p) => p.id === 'client-anna')?.description).toMatch(/Groningen/);
    expect(data.some((p) => p.id === 'client-kevin')).toBe(false); // caseload only, cannot sign in
  });
});

describe('sessions', () => {
  it('signs in with an 8-hour session and tells who is signed in', async () => {
    const before = Date.now();
    const session = await signIn('client-anna');
    expect(session.user).toEqual({ id: 'client-anna', role: 'client', name: 'Anna de Vries', clientId: 'client-anna' });
    expect(Date.parse(session.expiresAt) - before).toBeGreaterThan(7.9 * 3_600_000);

    configureApiAuth(() => session.token);
    const { data } = await apiRequest({ path: '/auth/session', schema: sessionInfoSchema });
    expect(data).toEqual({ user: session.user, expiresAt: session.expiresAt, publicComputer: false, actingFor: null });
    expect(data).not.toHaveProperty('token');
  });

  it('gives a public computer a 30-minute session', async () => {
    const session = await signIn('client-yasmin', { publicComputer: true });
    const minutes = (Date.parse(session.expiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(29);
    expect(minutes).toBeLessThanOrEqual(30);
  });

  it('has no sign-in operation: one signs in at the provider (the test sessions come from createTestSession)', async () => {
    expect((await call('/auth/session', { method: 'POST', body: { personaId: 'client-anna' } })).status).toBe(404);
    await expect(signIn('client-nobody')).rejects.toThrow(/no persona/);
  });

  it('signs out: the token no longer works', async () => {
    const token = await signInForApi('coach-marieke');
    const out = await apiRequest({ method: 'DELETE', path: '/auth/session', schema: undefined });
    expect(out.status).toBe(204);
    const again = await call('/auth/session', { token });
    expect(again.status).toBe(401);
  });
});

describe('authentication', () => {
  const protectedPaths = ['/auth/session', '/clients/client-anna/profile', '/clients/client-anna/overview', '/coach/caseload', '/helper/clients'];

  it.each(protectedPaths)('answers 401 without a token: %s', async (path) => {
    const response = await call(path);
    expect(response.status).toBe(401);
    expect(response.headers.get('WWW-Authenticate')).toBe('Bearer');
    expect(problemSchema.parse(await response.json()).code).toBe('token-missing');
  });

  it('answers 401 for an unknown token (via apiRequest: kind unauthorized)', async () => {
    configureApiAuth(() => 'not-a-real-token-but-long-enough');
    const error = await apiRequest({ path: '/clients/client-anna/profile', schema: undefined }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('unauthorized');
    expect((error as ApiError).code).toBe('token-invalid');
  });

  it('answers 401 once the session has expired', async () => {
    const { token } = await signIn('client-anna', { publicComputer: true });
    configureSwitches({ clockOffsetMs: 29 * 60_000 });
    expect((await call('/auth/session', { token })).status).toBe(200);
    configureSwitches({ clockOffsetMs: 31 * 60_000 });
    const response = await call('/auth/session', { token });
    expect(response.status).toBe(401);
    expect(problemSchema.parse(await response.json()).code).toBe('token-expired');
  });

  it('takes the role from the server session, not from the request', async () => {
    const { token } = await signIn('client-anna');
    const response = await call('/coach/caseload', { token, headers: { 'X-Role': 'coach' } });
    expect(response.status).toBe(403);
  });
});

describe('access tokens (verified with jose: signature, issuer, audience, expiry)', () => {
  const inAnHour = () => new Date(Date.now() + 3_600_000);
  const anna = { sub: 'client-anna', role: 'client' as const, acr: ACR.midden };
  /** A token for a session the server knows (made by the persona sign-in), so only the checked part differs. */
  async function annaSid(): Promise<string> {
    await signIn('client-anna');
    return [...db.sessions.values()].find((s) => s.userId === 'client-anna')?.sid as string;
  }
  async function refusedWith(token: string): Promise<string | undefined> {
    const response = await call('/clients/client-anna/profile', { token });
    expect(response.status).toBe(401);
    expect(response.headers.get('WWW-Authenticate')).toBe('Bearer');
    return problemSchema.parse(await response.json()).code;
  }

  it('accepts a token signed by the providers for this API', async () => {
    const token = await mintAccessToken({ ...anna, sid: await annaSid(), expiresAt: inAnHour() });
    expect((await call('/clients/client-anna/profile', { token })).status).toBe(200);
  });

  it('refuses a token with a wrong signature', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    expect(await refusedWith(await mintAccessToken({ ...anna, sid: await annaSid(), expiresAt: inAnHour() }, { key: privateKey }))).toBe('token-invalid');
  });

  it('refuses a token from another issuer (and a client from the employees\' issuer)', async () => {
    const sid = await annaSid();
    expect(await refusedWith(await mintAccessToken({ ...anna, sid, expiresAt: inAnHour() }, { issuer: 'https://evil.example/oidc/digid' }))).toBe('token-invalid');
    expect(await refusedWith(await mintAccessToken({ ...anna, sid, expiresAt: inAnHour() }, { issuer: issuerUrl('medewerkers') }))).toBe('token-invalid');
  });

  it('refuses a token for another audience', async () => {
    expect(await refusedWith(await mintAccessToken({ ...anna, sid: await annaSid(), expiresAt: inAnHour() }, { audience: 'https://other-api.example' }))).toBe('token-invalid');
  });

  it('refuses an expired token', async () => {
    expect(await refusedWith(await mintAccessToken({ ...anna, sid: await annaSid(), expiresAt: new Date(Date.now() - 1_000) }))).toBe('token-expired');
  });

  it('refuses a token of a session the server never made (not from a provider)', async () => {
    expect(await refusedWith(await mintAccessToken({ ...anna, sid: 'a-session-nobody-made', expiresAt: inAnHour() }))).toBe('token-invalid');
  });
});

describe('DigiD level (acr)', () => {
  it('lets a client write a CV only with DigiD "midden" or higher', async () => {
    await signIn('client-anna');
    const sid = [...db.sessions.values()].find((s) => s.userId === 'client-anna')?.sid as string;
    const cv = { title: 'Zorg', templateId: 'modern', language: 'nl', sharedWithCoach: false, profileText: null, items: [] };
    const basis = await mintAccessToken({ sub: 'client-anna', role: 'client', sid, acr: ACR.basis, expiresAt: new Date(Date.now() + 60_000) });
    const refused = await call('/clients/client-anna/cvs/cv-acr-1', { token: basis, method: 'PUT', body: cv, headers: { 'Idempotency-Key': 'k-acr-1' } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('WWW-Authenticate')).toContain(`acr_values="${ACR.midden}"`);
    expect(problemSchema.parse(await refused.json()).code).toBe('insufficient-user-authentication');
    // reading is fine with Basis
    expect((await call('/clients/client-anna/cvs', { token: basis })).status).toBe(200);
    const midden = await mintAccessToken({ sub: 'client-anna', role: 'client', sid, acr: ACR.midden, expiresAt: new Date(Date.now() + 60_000) });
    const written = await call('/clients/client-anna/cvs/cv-acr-1', { token: midden, method: 'PUT', body: cv, headers: { 'Idempotency-Key': 'k-acr-2' } });
    expect(written.status).toBe(201);
  });
});
