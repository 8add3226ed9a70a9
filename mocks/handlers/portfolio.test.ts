import { describe, expect, it } from 'vitest';
import { emptyItemParts, itemListSchema, shareSchema, type ItemInput } from '#src/features/portfolio/schemas.ts';
import { addDays, todayIso } from '../clock.ts';
import { db, snapshotDb } from '../db.ts';
import { call, signIn } from '../testing.ts';

const input = (over: Partial<ItemInput> = {}): ItemInput => ({ ...emptyItemParts, kind: 'knowledge', title: 'HACCP', startDate: '2022', tags: ['hygiëne'], ...over });

const tokenOf = async (persona: string) => (await signIn(persona)).token;

async function putItem(token: string, id: string, body: unknown = input(), headers: Record<string, string> = {}) {
  return call(`/portfolio/items/${id}`, { token, method: 'PUT', body, headers });
}

async function share(token: string, id: string, body: Record<string, unknown>) {
  return call(`/portfolio/shares/${id}`, { token, method: 'PUT', body: { name: null, endsOn: addDays(todayIso(), 30), ...body } });
}

describe('portfolio API', () => {
  it('creates once per idempotency key, versions with If-Match, lists only the own items (the CV contract)', async () => {
    const anna = await tokenOf('client-anna');
    const first = await putItem(anna, 'pf-1', input(), { 'Idempotency-Key': 'k1' });
    expect(first.status).toBe(201);
    expect((await putItem(anna, 'pf-1', input(), { 'Idempotency-Key': 'k1' })).headers.get('Idempotent-Replayed')).toBe('true');
    expect(snapshotDb().writeLog.filter((w) => w.resource === 'portfolioItem:pf-1')).toHaveLength(1);
    expect((await putItem(anna, 'pf-1', input({ title: 'Oud' }), { 'If-Match': '"7"' })).status).toBe(412);
    expect((await putItem(anna, 'pf-1', input({ title: 'HACCP 2' }), { 'If-Match': '"1"' })).status).toBe(200);
    const list = itemListSchema.parse(await (await call('/portfolio/items', { token: anna })).json());
    expect(list.items.map((i) => [i.id, i.title, i.version, i.startDate, i.tags])).toEqual([['pf-1', 'HACCP 2', 2, '2022', ['hygiëne']]]);
    // another client neither sees nor overwrites it
    const jayden = await tokenOf('client-jayden');
    const theirs = itemListSchema.parse(await (await call('/portfolio/items', { token: jayden })).json());
    expect(theirs.items.some((i) => i.id === 'pf-1')).toBe(false);
    expect((await putItem(jayden, 'pf-1')).status).toBe(404);
    // a coach has no own portfolio
    expect((await call('/portfolio/items', { token: await tokenOf('coach-marieke') })).status).toBe(403);
  });

  it('refuses invalid input with field errors', async () => {
    const anna = await tokenOf('client-anna');
    const response = await putItem(anna, 'pf-2', input({ startDate: '2022-05', endDate: '2021', kind: 'reflection' }));
    expect(response.status).toBe(422);
    const body = (await response.json()) as { fieldErrors: Record<string, string[]> };
    expect(body.fieldErrors).toMatchObject({ endDate: ['validation.portfolio.endBeforeStart'], starr: ['validation.required'] });
  });

  it('sharing: end date at most a year; the coach sees only shared items until revoked; other coaches never', async () => {
    const anna = await tokenOf('client-anna');
    const marieke = await tokenOf('coach-marieke');
    await putItem(anna, 'pf-a');
    await putItem(anna, 'pf-b', input({ title: 'Privé' }));
    expect((await share(anna, 'sh-late', { audience: 'coach', itemIds: ['pf-a'], endsOn: addDays(todayIso(), 400) })).status).toBe(422);
    expect((await share(anna, 'sh-past', { audience: 'coach', itemIds: ['pf-a'], endsOn: addDays(todayIso(), -1) })).status).toBe(422);
    expect((await share(anna, 'sh-other', { audience: 'coach', itemIds: ['seed-pf-jayden-1'] })).status).toBe(422);
    expect((await share(anna, 'sh-1', { audience: 'coach', itemIds: ['pf-a'] })).status).toBe(201);

    const seen = await (await call('/clients/client-anna/portfolio/items', { token: marieke })).json();
    expect((seen as { items: Array<{ id: string }> }).items.map((i) => i.id)).toEqual(['pf-a']);
    expect((await call('/clients/client-anna/portfolio/items/pf-b', { token: marieke })).status).toBe(404);
    expect((await call('/clients/client-anna/portfolio/items', { token: await tokenOf('coach-sander') })).status).toBe(403);
    expect(db.portfolioAccess.list().filter((e) => e.itemId === 'pf-a' && e.viewerName === 'Marieke Bakker')).toHaveLength(1);
    // the coach's read is also in the client's access log (Mijn gegevens), once per window
    expect(db.accessLog.list().filter((e) => e.clientId === 'client-anna' && e.actorId === 'coach-marieke' && e.resource === 'portfolio')).toHaveLength(1);

    expect((await call('/portfolio/shares/sh-1/revocation', { token: anna, method: 'PUT' })).status).toBe(200);
    expect((await call('/clients/client-anna/portfolio/items/pf-a', { token: marieke })).status).toBe(404);
    expect((await call('/clients/client-anna/portfolio/items/pf-a/comments/c-1', { token: marieke, method: 'PUT', body: { text: 'Hoi' } })).status).toBe(404);
  });

  it('a link shows exactly what it holds, without comments, and stops when revoked; the token is never in a logged path', async () => {
    const anna = await tokenOf('client-anna');
    await putItem(anna, 'pf-l');
    await putItem(anna, 'pf-m', input({ title: 'Niet gedeeld' }));
    const created = shareSchema.parse(await (await share(anna, 'sh-l', { audience: 'link', itemIds: ['pf-l'] })).json());
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const view = await call('/portfolio-links/view', { method: 'POST', body: { token: created.token } });
    expect(view.status).toBe(200);
    const body = (await view.json()) as { items: Array<Record<string, unknown>> };
    expect(body.items.map((i) => i.title)).toEqual(['HACCP']);
    expect(body.items[0]).not.toHaveProperty('comments');
    expect(body.items[0]).not.toHaveProperty('clientId');
    expect((await call('/portfolio-links/view', { method: 'POST', body: { token: 'x'.repeat(43) } })).status).toBe(404);
    await call('/portfolio/shares/sh-l/revocation', { token: anna, method: 'PUT' });
    expect((await call('/portfolio-links/view', { method: 'POST', body: { token: created.token } })).status).toBe(404);
    expect(snapshotDb().writeLog.some((w) => w.path.includes(created.token!))).toBe(false);
    expect(snapshotDb().portfolioShares.find((s) => s.id === 'sh-l')).not.toHaveProperty('token');
  });

  it('deletes an own item with its attachments, once; a share left empty is revoked; others cannot', async () => {
    const anna = await tokenOf('client-anna');
    await putItem(anna, 'pf-d');
    await putItem(anna, 'pf-e', input({ title: 'Blijft' }));
    const data = btoa('%PDF-1.4 diploma');
    await call('/portfolio/items/pf-d/files/f-d', { token: anna, method: 'PUT', body: { name: 'diploma.pdf', type: 'application/pdf', size: 16, chunks: 1 } });
    await call('/portfolio/items/pf-d/files/f-d/chunks/0', { token: anna, method: 'PUT', body: { data } });
    expect(db.fileUploads.get('client-anna:f-d')?.complete).toBe(true);
    await share(anna, 'sh-only', { audience: 'coach', itemIds: ['pf-d'] });
    await share(anna, 'sh-both', { audience: 'coach', itemIds: ['pf-d', 'pf-e'] });

    // not someone else's: Jayden's delete changes nothing (and says nothing about whether it exists)
    expect((await call('/portfolio/items/pf-d', { token: await tokenOf('client-jayden'), method: 'DELETE' })).status).toBe(204);
    expect(db.portfolioItems.get('pf-d')).toBeDefined();
    expect((await call('/portfolio/items/pf-d', { token: await tokenOf('coach-marieke'), method: 'DELETE' })).status).toBe(403);
    // on an older version: 412
    expect((await call('/portfolio/items/pf-d', { token: anna, method: 'DELETE', headers: { 'If-Match': '"9"' } })).status).toBe(412);

    const gone = await call('/portfolio/items/pf-d', { token: anna, method: 'DELETE', headers: { 'Idempotency-Key': 'del-1', 'If-Match': '"1"' } });
    expect(gone.status).toBe(204);
    expect((await call('/portfolio/items/pf-d', { token: anna, method: 'DELETE', headers: { 'Idempotency-Key': 'del-1', 'If-Match': '"1"' } })).status).toBe(204);
    expect(snapshotDb().writeLog.filter((w) => w.resource === 'portfolioItem:pf-d' && w.method === 'DELETE')).toHaveLength(1);
    expect(db.portfolioItems.get('pf-d')).toBeUndefined();
    expect(db.fileUploads.get('client-anna:f-d')).toBeUndefined();
    expect((await call('/clients/client-anna/files/f-d', { token: anna })).status).toBe(404);
    expect(db.portfolioShares.get('sh-only')?.revokedAt).not.toBeNull();
    expect(db.portfolioShares.get('sh-both')?.revokedAt).toBeNull();
    const list = itemListSchema.parse(await (await call('/portfolio/items', { token: anna })).json());
    expect(list.items.map((i) => i.id)).toEqual(['pf-e']);
  });
});
