import { describe, expect, it } from 'vitest';
import { accessListSchema, changeListSchema, myAuthorisationListSchema, myDataExportSchema } from '#src/features/my-data/schemas.ts';
import { sessionInfoSchema } from '#src/shared/auth/schemas.ts';
import { db, tableDefs } from '../db.ts';
import { call, profileInput, signIn } from '../testing.ts';

const yasminProfile = profileInput();

describe('acting for a client (machtigen)', () => {
  it('needs an acting context, and only for a client with an active authorisation', async () => {
    const { token } = await signIn('helper-stip-1');
    expect((await call('/clients/client-yasmin/profile', { token })).status).toBe(403); // not acting yet
    expect((await call('/helper/acting', { method: 'POST', token, body: { clientId: 'client-anna' } })).status).toBe(403); // withdrawn
    expect((await call('/helper/acting', { method: 'POST', token, body: { clientId: 'client-jayden' } })).status).toBe(403); // never
    const acting = await call('/helper/acting', { method: 'POST', token, body: { clientId: 'client-yasmin' } });
    expect(acting.status).toBe(200);
    const info = sessionInfoSchema.parse(await acting.json());
    expect(info.actingFor).toMatchObject({ clientId: 'client-yasmin', scope: 'write' });
    expect(info.user).toMatchObject({ id: 'helper-stip-1', clientId: 'client-yasmin' });
    expect((await call('/clients/client-yasmin/profile', { token })).status).toBe(200);
    // acting for one client gives nothing for another
    expect((await call('/clients/client-henk/overview', { token })).status).toBe(403);
    const stopped = sessionInfoSchema.parse(await (await call('/helper/acting', { method: 'DELETE', token })).json());
    expect(stopped.actingFor).toBeNull();
    expect((await call('/clients/client-yasmin/profile', { token })).status).toBe(403);
  });

  it('refuses writes with read scope', async () => {
    const { token } = await signIn('helper-stip-1', { actingFor: 'client-henk' });
    expect((await call('/clients/client-henk/overview', { token })).status).toBe(200);
    const put = await call('/clients/client-henk/profile', { method: 'PUT', token, body: { ...yasminProfile, preferredName: 'Henk' } });
    expect(put.status).toBe(403);
    expect(db.changeLog.size).toBe(0);
  });

  it('records who changed what for whom; the client and the coach see it', async () => {
    const { token } = await signIn('helper-stip-1', { actingFor: 'client-yasmin' });
    expect((await call('/clients/client-yasmin/profile', { method: 'PUT', token, body: yasminProfile })).status).toBe(200);
    const client = await signIn('client-yasmin');
    const changes = changeListSchema.parse(await (await call('/clients/client-yasmin/changes', { token: client.token })).json());
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      actorId: 'helper-stip-1',
      actorName: 'Ria Kamminga',
      actorRole: 'helper',
      onBehalfOfClientId: 'client-yasmin',
      resource: 'profile:client-yasmin',
      summary: 'profile',
    });
    const coach = await signIn('coach-marieke');
    expect(changeListSchema.parse(await (await call('/clients/client-yasmin/changes', { token: coach.token })).json())).toHaveLength(1);
    const otherCoach = await signIn('coach-sander');
    expect((await call('/clients/client-yasmin/changes', { token: otherCoach.token })).status).toBe(403);
  });

  it('ends the helper access at once when the client withdraws the authorisation', async () => {
    const helper = await signIn('helper-stip-1', { actingFor: 'client-yasmin' });
    expect((await call('/clients/client-yasmin/profile', { token: helper.token })).status).toBe(200);
    const client = await signIn('client-yasmin');
    const list = myAuthorisationListSchema.parse(await (await call('/me/authorisations', { token: client.token })).json());
    const active = list.find((a) => a.status === 'active');
    expect(active?.helperName).toBe('Ria Kamminga');
    // another client cannot withdraw it, nor can the helper
    const anna = await signIn('client-anna');
    expect((await call(`/me/authorisations/${active?.id}/withdraw`, { method: 'POST', token: anna.token })).status).toBe(403);
    expect((await call(`/me/authorisations/${active?.id}/withdraw`, { method: 'POST', token: helper.token })).status).toBe(403);
    const withdrawn = await call(`/me/authorisations/${active?.id}/withdraw`, { method: 'POST', token: client.token });
    expect(withdrawn.status).toBe(200);
    expect((await call('/clients/client-yasmin/profile', { token: helper.token })).status).toBe(403);
    const info = sessionInfoSchema.parse(await (await call('/auth/session', { token: helper.token })).json());
    expect(info.actingFor).toBeNull();
    expect(info.user.clientId).toBeNull();
  });

  it('never sends the BSN to a helper', async () => {
    const bsn = db.clients.get('client-yasmin')?.bsn ?? 'missing';
    const { token } = await signIn('helper-stip-1', { actingFor: 'client-yasmin' });
    await call('/clients/client-yasmin/profile', { method: 'PUT', token, body: yasminProfile });
    for (const path of ['/helper/clients', '/auth/session', '/clients/client-yasmin/profile', '/clients/client-yasmin/overview', '/clients/client-yasmin/work-folder', '/clients/client-yasmin/intake', '/clients/client-yasmin/intake/draft', '/clients/client-yasmin/changes']) {
      const response = await call(path, { token });
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).not.toContain(bsn);
    }
  });
});

describe('access log', () => {
  it('records reads by coaches and helpers, once per window, not the client\'s own', async () => {
    const coach = await signIn('coach-marieke');
    await call('/clients/client-anna/profile', { token: coach.token });
    await call('/clients/client-anna/profile', { token: coach.token });
    await call('/coach/caseload', { token: coach.token });
    const anna = await signIn('client-anna');
    await call('/clients/client-anna/profile', { token: anna.token });
    const log = accessListSchema.parse(await (await call('/me/access-log', { token: anna.token })).json());
    expect(log.map((e) => [e.actorName, e.resource]).sort()).toEqual([
      ['Marieke Bakker', 'caseload'],
      ['Marieke Bakker', 'profile'],
    ]);
    expect(log.every((e) => e.clientId === 'client-anna')).toBe(true);
    expect((await call('/me/access-log', { token: coach.token })).status).toBe(403);
  });
});

describe('export and deletion', () => {
  it('exports every collection that holds the client\'s records, and nothing of others or secrets', async () => {
    const { token } = await signIn('client-anna');
    await call('/clients/client-anna/profile', { method: 'PUT', token, body: { ...yasminProfile, preferredName: 'Anna' } });
    const response = await call('/me/export', { token });
    expect(response.status).toBe(200);
    const text = await response.text();
    const data = myDataExportSchema.parse(JSON.parse(text));
    expect(Object.keys(data.collections)).toEqual(expect.arrayContaining(['clients', 'profiles', 'changeLog', 'authorisations']));
    for (const name of Object.keys(data.collections)) expect(Object.keys(tableDefs)).toContain(name);
    expect(data.collections.sessions).toBeUndefined();
    expect(data.collections.idempotency).toBeUndefined();
    expect(text).not.toContain(token);
    expect(text).not.toMatch(/client-(jayden|yasmin|henk|sanne|piet)/);
    expect((await call('/me/export', { token: (await signIn('coach-marieke')).token })).status).toBe(403);
  });

  it('includes collections added by other features without changing the export', async () => {
    // the tasks table has no export code of its own: records with the client's `clientId` are found
    const at = new Date().toISOString();
    const task = { id: 'task-1', clientId: 'client-anna', title: 'Bel de werkgever', description: '', dueDate: null, createdBy: 'coach-marieke', createdAt: at, doneAt: null, doneBy: null, version: 1, updatedAt: at };
    db.tasks.put(task as never);
    db.tasks.put({ ...task, id: 'task-2', clientId: 'client-jayden' } as never);
    const { token } = await signIn('client-anna');
    const data = myDataExportSchema.parse(await (await call('/me/export', { token })).json());
    const taskIds = data.collections.tasks?.map((t) => t.id) ?? [];
    expect(taskIds).toContain('task-1');
    expect(taskIds).not.toContain('task-2');
    // every collection holds only her records, and the other features' collections are there too
    for (const records of Object.values(data.collections)) {
      for (const record of records as Array<{ clientId?: string }>) if ('clientId' in record) expect(record.clientId).toBe('client-anna');
    }
    expect(Object.keys(data.collections)).toEqual(expect.arrayContaining(['messages', 'cvs', 'activities']));
  });

  it('deletes drafts at once and signs the client out everywhere', async () => {
    const { token } = await signIn('client-anna');
    const other = await signIn('client-anna');
    db.intakeDrafts.put({ clientId: 'client-anna', definitionVersion: 1, answers: {}, helper: null, started: true, version: 1, updatedAt: new Date().toISOString() });
    expect((await call('/me/data', { method: 'DELETE', token })).status).toBe(202);
    expect(db.intakeDrafts.has('client-anna')).toBe(false);
    expect((await call('/auth/session', { token })).status).toBe(401);
    expect((await call('/auth/session', { token: other.token })).status).toBe(401);
  });
});
