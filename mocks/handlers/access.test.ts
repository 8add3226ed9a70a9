import { afterEach, describe, expect, it } from 'vitest';
import { apiRequest, configureApiAuth } from '#src/shared/api/client.ts';
import type { ApiError } from '#src/shared/api/errors.ts';
import { caseloadSchema } from '#src/features/coach/schemas.ts';
import { clientOverviewSchema, helperClientListSchema } from '#src/features/home/schemas.ts';
import { profileSchema } from '#src/features/profile/schemas.ts';
import { addDays, todayIso } from '../clock.ts';
import { call, profileInput, signIn, signInForApi } from '../testing.ts';

afterEach(() => configureApiAuth(() => null));

const profileBody = profileInput();

async function statusOf(personaId: string, path: string, method = 'GET', body?: unknown): Promise<number> {
  // a helper acts for the client in the path (machtigen: the session's acting context)
  const actingFor = personaId.startsWith('helper') ? /^\/clients\/([^/]+)/.exec(path)?.[1] : undefined;
  const { token } = await signIn(personaId, { actingFor });
  const response = await call(path, { token, method, body });
  return response.status;
}

describe('authorisation', () => {
  it('lets a client read only their own profile', async () => {
    expect(await statusOf('client-anna', '/clients/client-anna/profile')).toBe(200);
    const { token } = await signIn('client-anna');
    const response = await call('/clients/client-jayden/profile', { token });
    expect(response.status).toBe(403);
    const body = await response.text();
    expect(body).not.toMatch(/Jayden|Pieters|Hoogezand/);
    // A client that does not exist looks the same as someone else's.
    const missing = await call('/clients/client-nobody/profile', { token });
    expect(missing.status).toBe(403);
    expect(await missing.text()).toBe(body);
  });

  it('lets a coach read only clients in their caseload, and not write', async () => {
    expect(await statusOf('coach-marieke', '/clients/client-anna/profile')).toBe(200);
    expect(await statusOf('coach-sander', '/clients/client-anna/profile')).toBe(403);
    expect(await statusOf('coach-sander', '/clients/client-henk/overview')).toBe(200);
    expect(await statusOf('coach-marieke', '/clients/client-anna/profile', 'PUT', profileBody)).toBe(403);
  });

  it('lets a helper in only with an active authorisation', async () => {
    expect(await statusOf('helper-stip-1', '/clients/client-yasmin/profile')).toBe(200); // active
    expect(await statusOf('helper-stip-1', '/clients/client-piet/profile')).toBe(403); // expired
    expect(await statusOf('helper-stip-1', '/clients/client-anna/profile')).toBe(403); // withdrawn
    expect(await statusOf('helper-stip-1', '/clients/client-jayden/profile')).toBe(403); // never
    expect(await statusOf('helper-stip-1', '/clients/client-henk/overview')).toBe(200); // read scope
    expect(await statusOf('helper-stip-1', '/clients/client-henk/profile', 'PUT', { ...profileBody, preferredName: 'Henk' })).toBe(403);
  });

  it('records the helper who wrote for a client', async () => {
    await signInForApi('helper-stip-1', { actingFor: 'client-yasmin' });
    const { data } = await apiRequest({ method: 'PUT', path: '/clients/client-yasmin/profile', body: profileBody, schema: profileSchema });
    expect(data.updatedBy).toEqual({ id: 'helper-stip-1', name: 'Ria Kamminga' });
  });

  it('keeps the caseload for coaches, and the helper list for helpers', async () => {
    await signInForApi('client-anna');
    const error = await apiRequest({ path: '/coach/caseload', schema: caseloadSchema }).catch((e: unknown) => e);
    expect((error as ApiError).kind).toBe('forbidden');
    expect(await statusOf('helper-stip-1', '/coach/caseload')).toBe(403);
    expect(await statusOf('coach-marieke', '/helper/clients')).toBe(403);
    expect(await statusOf('client-yasmin', '/helper/clients')).toBe(403);
  });
});

describe('coach caseload', () => {
  it('lists only the coach’s own clients', async () => {
    await signInForApi('coach-marieke');
    const { data } = await apiRequest({ path: '/coach/caseload', schema: caseloadSchema });
    expect(data.coachId).toBe('coach-marieke');
    expect(data.clients).toHaveLength(66);
    expect(data.clients.map((c) => c.clientId)).not.toContain('client-henk');

    await signInForApi('coach-sander');
    const other = await apiRequest({ path: '/coach/caseload', schema: caseloadSchema });
    expect(other.data.clients.map((c) => c.clientId).sort()).toEqual(['client-henk', 'client-ilse', 'client-wim']);
  });
});

describe('helper clients', () => {
  it('lists only active authorisations', async () => {
    await signInForApi('helper-stip-1');
    const { data } = await apiRequest({ path: '/helper/clients', schema: helperClientListSchema });
    expect(data.map((c) => [c.clientId, c.scope])).toEqual([
      ['client-henk', 'read'],
      ['client-yasmin', 'write'],
    ]);
    for (const entry of data) expect(Date.parse(entry.endsAt)).toBeGreaterThan(Date.now());
  });
});

describe('client overview', () => {
  it('derives the zoekperiode (4 weeks from the aanvraag) and obligations', async () => {
    await signInForApi('client-anna');
    const { data } = await apiRequest({ path: '/clients/client-anna/overview', schema: clientOverviewSchema });
    expect(data.searchPeriod).toEqual({ start: addDays(todayIso(), -3), end: addDays(todayIso(), 24) });
    expect(data.coachName).toBe('Marieke Bakker');
    expect(data.obligations).toEqual([
      { id: 'uwvRegistration', status: 'done' },
      // Anna's seed has two CVs
      { id: 'cv', status: 'done' },
      { id: 'applications', status: 'inProgress', count: 3, norm: 4, daysLeft: 25 },
      { id: 'intake', status: 'notStarted' },
    ]);
  });

  it('follows the profile: not registered with UWV means not done', async () => {
    await signInForApi('client-piet');
    const { data } = await apiRequest({ path: '/clients/client-piet/overview', schema: clientOverviewSchema });
    expect(data.obligations[0]).toEqual({ id: 'uwvRegistration', status: 'notStarted' });
  });
});

describe('what the mock backend does not answer', () => {
  it('leaves requests whose path merely contains /api/ alone (e.g. dev-server modules)', async () => {
    const { getResponse } = await import('msw');
    const { handlers } = await import('./index.ts');
    const module = await getResponse(handlers, new Request('http://localhost:5173/src/features/account/api/personas.ts'));
    expect(module).toBeUndefined();
    const unknown = await getResponse(handlers, new Request('http://localhost:5173/api/does-not-exist'));
    expect(unknown?.status).toBe(404);
  });
});
