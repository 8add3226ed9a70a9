import { describe, expect, it } from 'vitest';
import { call, signIn } from '../testing.ts';

async function statusAs(personaId: string, path: string, method = 'GET', body?: unknown): Promise<number> {
  const { token } = await signIn(personaId);
  return (await call(path, { token, method, body })).status;
}

describe('the regisseur werk (jobBroker)', () => {
  it('signs in as a persona of the test DigiD', async () => {
    const personas = (await (await call('/auth/personas')).json()) as Array<{ id: string; role: string }>;
    expect(personas).toContainEqual(expect.objectContaining({ id: 'broker-renate', role: 'jobBroker' }));
    const session = await signIn('broker-renate');
    expect(session.user).toMatchObject({ role: 'jobBroker', clientId: null });
  });

  it.each([
    ['a profile', '/clients/client-anna/profile'],
    ['the messages', '/clients/client-anna/messages'],
    ['the werkmap', '/clients/client-anna/work-folder'],
    ['the intake answers', '/clients/client-anna/intake/draft'],
    ['the CVs', '/clients/client-anna/cvs'],
    ['the portfolio', '/clients/client-anna/portfolio/items'],
    ['the CV profile', '/clients/client-anna/cv-profile'],
    ['the overview', '/clients/client-anna/overview'],
    ['a coach’s view of a client', '/coach/clients/client-anna'],
    ['the timeline', '/clients/client-anna/timeline'],
    ['a coach’s caseload', '/coach/caseload'],
    ['the helper’s clients', '/helper/clients'],
  ])('cannot read %s', async (_what, path) => {
    expect(await statusAs('broker-renate', path)).toBe(403);
  });
});
