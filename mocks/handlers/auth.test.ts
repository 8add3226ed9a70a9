import { afterEach, describe, expect, it } from 'vitest';
import { apiRequest, configureApiAuth } from '#src/shared/api/client.ts';
import { ApiError } from '#src/shared/api/errors.ts';
import { personaListSchema, sessionInfoSchema } from '#src/shared/auth/schemas.ts';
import { problemSchema } from '#src/shared/api/problem.ts';
import { configureSwitches } from '../switches.ts';
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

  it('refuses an unknown persona with a field error', async () => {
    const response = await call('/auth/session', { method: 'POST', body: { personaId: 'client-nobody' } });
    expect(response.status).toBe(422);
    expect(problemSchema.parse(await response.json()).fieldErrors).toEqual({ personaId: ['validation.personaId.unknown'] });
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
