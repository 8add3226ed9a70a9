import { describe, expect, it } from 'vitest';
import { sampleProfile } from '#src/features/cv/fixtures.ts';
import { db } from '../db.ts';
import { call, signIn } from '../testing.ts';

const cvInput = { title: 'Zorg', templateId: 'modern', language: 'nl', sharedWithCoach: false, profileText: null, items: [{ entryId: 'w1', text: null }] };

describe('CV API', () => {
  it('starts a profile from what is known (version 0), never with a BSN', async () => {
    const { token } = await signIn('client-jayden');
    const response = await call('/clients/client-jayden/cv-profile', { token });
    expect(response.status).toBe(200);
    expect(response.headers.get('ETag')).toBe('"0"');
    const body = await response.text();
    expect(JSON.parse(body)).toMatchObject({ version: 0, personalia: { name: 'Jayden Pieters', showDateOfBirth: false, showPhoto: false } });
    const bsn = db.clients.get('client-jayden')!.bsn;
    expect(body).not.toContain(bsn);
  });

  it('saves with If-Match, refuses a stale version, and replays an idempotent PUT', async () => {
    const { token } = await signIn('client-jayden');
    const headers = { 'If-Match': '"0"', 'Idempotency-Key': 'k-1' };
    const first = await call('/clients/client-jayden/cv-profile', { token, method: 'PUT', body: sampleProfile(), headers });
    expect(first.status).toBe(200);
    const again = await call('/clients/client-jayden/cv-profile', { token, method: 'PUT', body: sampleProfile(), headers });
    expect(again.status).toBe(200);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(db.writeLog.filter((w) => w.resource === 'cv-profile:client-jayden')).toHaveLength(1);
    const stale = await call('/clients/client-jayden/cv-profile', { token, method: 'PUT', body: sampleProfile(), headers: { 'If-Match': '"0"', 'Idempotency-Key': 'k-2' } });
    expect(stale.status).toBe(412);
  });

  it('creates a CV with PUT on a device id (201), then updates it (200); a delete is idempotent', async () => {
    const { token } = await signIn('client-jayden');
    const path = '/clients/client-jayden/cvs/3f1d2c44-1111-4a3b-9c7d-000000000001';
    expect((await call(path, { token, method: 'PUT', body: cvInput, headers: { 'Idempotency-Key': 'c-1' } })).status).toBe(201);
    expect((await call(path, { token, method: 'PUT', body: { ...cvInput, title: 'Zorg 2' }, headers: { 'Idempotency-Key': 'c-2', 'If-Match': '"1"' } })).status).toBe(200);
    expect((await call(path, { token, method: 'DELETE', headers: { 'Idempotency-Key': 'c-3' } })).status).toBe(204);
    expect((await call(path, { token, method: 'DELETE', headers: { 'Idempotency-Key': 'c-4' } })).status).toBe(204);
    expect(db.cvs.get('3f1d2c44-1111-4a3b-9c7d-000000000001')).toBeUndefined();
  });

  it('lets a coach see only shared CVs of their own caseload, and nothing of the profile', async () => {
    const { token } = await signIn('coach-marieke');
    expect((await call('/clients/client-anna/cv-profile', { token })).status).toBe(403);
    expect((await call('/clients/client-anna/cvs', { token })).status).toBe(403);
    expect((await call('/clients/client-anna/cvs/cv-anna-horeca', { token, method: 'PUT', body: cvInput })).status).toBe(403);
    const shared = await call('/clients/client-anna/shared-cvs', { token });
    expect(shared.status).toBe(200);
    const body = (await shared.json()) as { cvs: Array<{ title: string; personalia: { dateOfBirth: unknown } }> };
    expect(body.cvs.map((c) => c.title)).toEqual(['Horeca']);
    expect((await call('/clients/client-henk/shared-cvs', { token })).status).toBe(403);
  });

  it('keeps one client out of another client\'s CVs', async () => {
    const { token } = await signIn('client-jayden');
    expect((await call('/clients/client-anna/cvs', { token })).status).toBe(403);
    expect((await call('/clients/client-anna/cv-profile', { token })).status).toBe(403);
    // an id of someone else's CV is not taken over
    expect((await call('/clients/client-jayden/cvs/cv-anna-horeca', { token, method: 'PUT', body: cvInput })).status).toBe(404);
  });
});
