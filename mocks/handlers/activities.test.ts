import { describe, expect, it } from 'vitest';
import { problemSchema } from '#src/shared/api/problem.ts';
import { activitySchema, submissionSchema, workFolderSchema } from '#src/features/work-folder/schemas.ts';
import { clientOverviewSchema } from '#src/features/home/schemas.ts';
import { addDays, todayIso } from '../clock.ts';
import { snapshotDb } from '../db.ts';
import { activityInput, call, signIn } from '../testing.ts';

const ANNA = '/clients/client-anna';

const input = activityInput;

async function tokenOf(persona: string) {
  return (await signIn(persona)).token;
}

async function workFolder(token: string, clientId = 'client-anna') {
  const response = await call(`/clients/${clientId}/work-folder`, { token });
  expect(response.status).toBe(200);
  return workFolderSchema.parse(await response.json());
}

describe('activities', () => {
  it('creates with an id made on the device, exactly once for a resend with the same key', async () => {
    const token = await tokenOf('client-anna');
    const send = () => call(`${ANNA}/activities/new-1`, { token, method: 'PUT', body: input(), headers: { 'Idempotency-Key': 'k-1' } });
    const first = await send();
    expect(first.status).toBe(201);
    expect(first.headers.get('ETag')).toBe('"1"');
    const again = await send();
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(snapshotDb().writeLog.filter((w) => w.resource === 'activity:new-1')).toHaveLength(1);
    const list = await workFolder(token);
    expect(list.activities.filter((a) => a.id === 'new-1')).toHaveLength(1);
    // newest first
    const dates = list.activities.map((a) => a.date);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('answers 422 with a specific message per field: future date, required fields of the type', async () => {
    const token = await tokenOf('client-anna');
    const response = await call(`${ANNA}/activities/new-2`, {
      token,
      method: 'PUT',
      body: input({ date: addDays(todayIso(), 1), employer: ' ', how: '', results: [] }),
    });
    expect(response.status).toBe(422);
    expect(problemSchema.parse(await response.json()).fieldErrors).toEqual({
      date: ['validation.date.future'],
      employer: ['validation.activity.employer.required'],
      how: ['validation.activity.how.required'],
    });
  });

  it('edits with If-Match: a stale version gets 412 with the current one', async () => {
    const token = await tokenOf('client-anna');
    await call(`${ANNA}/activities/new-3`, { token, method: 'PUT', body: input() });
    const ok = await call(`${ANNA}/activities/new-3`, { token, method: 'PUT', body: input({ notes: 'Gebeld' }), headers: { 'If-Match': '"1"' } });
    expect(ok.status).toBe(200);
    expect(activitySchema.parse(await ok.json())).toMatchObject({ version: 2, notes: 'Gebeld', history: [{ version: 1 }] });
    const stale = await call(`${ANNA}/activities/new-3`, { token, method: 'PUT', body: input({ notes: 'Oud' }), headers: { 'If-Match': '"1"' } });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('ETag')).toBe('"2"');
  });

  it("a client cannot write another client's activities; a coach cannot write them at all", async () => {
    const henk = await tokenOf('client-henk');
    expect((await call(`${ANNA}/activities/x`, { token: henk, method: 'PUT', body: input() })).status).toBe(403);
    expect((await call(`${ANNA}/work-folder`, { token: henk })).status).toBe(403);
    const marieke = await tokenOf('coach-marieke');
    expect((await call(`${ANNA}/activities/x`, { token: marieke, method: 'PUT', body: input() })).status).toBe(403);
    expect((await call(`${ANNA}/work-folder`, { token: marieke })).status).toBe(200);
  });
});

describe('handing in', () => {
  it('locks the period; a correction needs a reason and keeps the history', async () => {
    const token = await tokenOf('client-anna');
    const period = { periodStart: addDays(todayIso(), -6), periodEnd: todayIso() };
    const response = await call(`${ANNA}/submissions/sub-1`, { token, method: 'PUT', body: period, headers: { 'Idempotency-Key': 's-1' } });
    expect(response.status).toBe(201);
    const submission = submissionSchema.parse(await response.json());
    expect(submission.activityIds.length).toBe(4);
    const locked = (await workFolder(token)).activities.find((a) => a.id === 'act-anna-1')!;
    expect(locked.handedIn?.submissionId).toBe('sub-1');

    const { id: _id, clientId: _c, version, createdAt: _ca, updatedAt: _u, createdBy: _cb, handedIn: _h, history: _hi, feedback: _f, ...content } = locked;
    const noReason = await call(`${ANNA}/activities/act-anna-1`, { token, method: 'PUT', body: { ...content, employer: 'Noorderlicht' }, headers: { 'If-Match': `"${version}"` } });
    expect(noReason.status).toBe(422);
    expect(problemSchema.parse(await noReason.json()).fieldErrors).toEqual({ correctionReason: ['validation.activity.correctionReason.required'] });
    const corrected = await call(`${ANNA}/activities/act-anna-1`, {
      token,
      method: 'PUT',
      body: { ...content, employer: 'Noorderlicht', correctionReason: 'Typfout in de naam' },
      headers: { 'If-Match': `"${version}"` },
    });
    expect(corrected.status).toBe(200);
    expect(activitySchema.parse(await corrected.json())).toMatchObject({
      employer: 'Noorderlicht',
      handedIn: { submissionId: 'sub-1' },
      history: [{ reason: 'Typfout in de naam', previous: { employer: 'Zorggroep Noorderlicht' } }],
    });

    const nothingLeft = await call(`${ANNA}/submissions/sub-2`, { token, method: 'PUT', body: period });
    expect(nothingLeft.status).toBe(422);
  });
});

describe('feedback', () => {
  it("only the client's own coach gives feedback; a question needs a comment", async () => {
    const path = `${ANNA}/activities/act-anna-1/feedback/fb-1`;
    const sander = await tokenOf('coach-sander');
    expect((await call(path, { token: sander, method: 'PUT', body: { verdict: 'approved', comment: '' } })).status).toBe(403);
    const anna = await tokenOf('client-anna');
    expect((await call(path, { token: anna, method: 'PUT', body: { verdict: 'approved', comment: '' } })).status).toBe(403);
    const marieke = await tokenOf('coach-marieke');
    const empty = await call(path, { token: marieke, method: 'PUT', body: { verdict: 'question', comment: '' } });
    expect(problemSchema.parse(await empty.json()).fieldErrors).toEqual({ comment: ['validation.feedback.comment.required'] });
    const ok = await call(path, { token: marieke, method: 'PUT', body: { verdict: 'question', comment: 'Wie was de contactpersoon?' } });
    expect(ok.status).toBe(200);
    const activity = (await workFolder(anna)).activities.find((a) => a.id === 'act-anna-1')!;
    expect(activity.feedback).toEqual([expect.objectContaining({ verdict: 'question', comment: 'Wie was de contactpersoon?', by: { id: 'coach-marieke', name: 'Marieke Bakker' } })]);
  });

  it('answers {}, a bare string, wrong types and deep nesting with a 4xx problem, not a 500 (issue 13, item 3)', async () => {
    const path = `${ANNA}/activities/act-anna-1/feedback/fb-bad`;
    const marieke = await tokenOf('coach-marieke');
    const before = JSON.stringify(snapshotDb());
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const bodies: Array<[unknown, number]> = [
      [{}, 422],
      ['"akkoord"', 422],
      ['null', 422],
      [[], 422],
      [{ verdict: 'question', comment: 42 }, 422],
      [{ verdict: 'question', comment: { length: 1 } }, 422],
      [{ verdict: 'question' }, 422],
      [{ comment: '' }, 422],
      [{ verdict: deep, comment: '' }, 422],
      [deep, 400],
      [`{"verdict":"approved","comment":${deep}}`, 400],
    ];
    for (const [body, status] of bodies) {
      const response = await call(path, { token: marieke, method: 'PUT', body, headers: { 'Idempotency-Key': 'fb-bad-1' } });
      expect(response.status, JSON.stringify(body).slice(0, 40)).toBe(status);
      expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    }
    const missingVerdict = await call(path, { token: marieke, method: 'PUT', body: { comment: '' } });
    expect(problemSchema.parse(await missingVerdict.json()).fieldErrors).toEqual({
      verdict: ['validation.feedback.verdict.required'],
      comment: ['validation.feedback.comment.required'],
    });
    expect(JSON.stringify(snapshotDb()) === before, 'the store is unchanged').toBe(true);
  });
});

describe('the norm and the overview', () => {
  it('counts what counts in the current period against the norm', async () => {
    const token = await tokenOf('client-anna');
    const overview = async () => clientOverviewSchema.parse(await (await call(`${ANNA}/overview`, { token })).json());
    // three that count, one "vacatures bekeken" that does not; the zoekperiode started 3 days ago
    expect((await overview()).obligations.find((o) => o.id === 'applications')).toEqual({ id: 'applications', status: 'inProgress', count: 3, norm: 4, daysLeft: 25 });
    await call(`${ANNA}/activities/new-4`, { token, method: 'PUT', body: input() });
    expect((await overview()).obligations.find((o) => o.id === 'applications')).toMatchObject({ status: 'done', count: 4 });
  });

  it('the coach sets the norm with holidays; too many holiday days are refused', async () => {
    const marieke = await tokenOf('coach-marieke');
    const start = addDays(todayIso(), -3);
    const ok = await call(`${ANNA}/norm`, {
      token: marieke,
      method: 'PUT',
      body: { count: 5, periodDays: 28, start, freePeriods: [{ start: addDays(start, 7), end: addDays(start, 13), kind: 'holiday' }] },
    });
    expect(ok.status).toBe(200);
    const anna = await tokenOf('client-anna');
    expect((await workFolder(anna)).norm).toMatchObject({ count: 5, setBy: { id: 'coach-marieke' } });
    const tooMany = await call(`${ANNA}/norm`, {
      token: marieke,
      method: 'PUT',
      body: { count: 4, periodDays: 28, start, freePeriods: [{ start: '2026-01-01', end: '2026-02-15', kind: 'holiday' }] },
    });
    expect(tooMany.status).toBe(422);
    expect((await call(`${ANNA}/norm`, { token: anna, method: 'PUT', body: { count: 0, periodDays: 28, start, freePeriods: [] } })).status).toBe(403);
  });
});

describe('proof uploads', () => {
  it('goes in chunks, resumes after a break, and puts the proof on the activity once', async () => {
    const token = await tokenOf('client-anna');
    const content = `%PDF-1.4\n${'x'.repeat(2991)}`;
    const data = btoa(content); // 4000 base64 characters
    const chunks = [data.slice(0, 2000), data.slice(2000)];
    const base = `${ANNA}/activities/act-anna-1/proofs/proof-1`;
    const start = () => call(base, { token, method: 'PUT', body: { name: 'brief.pdf', type: 'application/pdf', size: 3000, chunks: 2 } });
    expect((await start()).status).toBe(201);
    expect((await call(`${base}/chunks/0`, { token, method: 'PUT', body: { data: chunks[0] } })).status).toBe(200);
    // the connection broke: starting again says what arrived
    const resumed = await start();
    expect(resumed.status).toBe(200);
    expect(await resumed.json()).toMatchObject({ received: [0], proof: null });
    const last = await call(`${base}/chunks/1`, { token, method: 'PUT', body: { data: chunks[1] } });
    expect(await last.json()).toMatchObject({ received: [0, 1], proof: { id: 'proof-1', name: 'brief.pdf', size: 3000 } });
    // a late resend of the last chunk changes nothing
    await call(`${base}/chunks/1`, { token, method: 'PUT', body: { data: chunks[1] } });
    expect(snapshotDb().writeLog.filter((w) => w.resource === 'proof:proof-1')).toHaveLength(1);
    expect((await workFolder(token)).activities.find((a) => a.id === 'act-anna-1')!.proofs).toHaveLength(1);

    // the content is kept: the client and her coach can open it; another coach cannot
    const own = await call(`${ANNA}/files/proof-1`, { token });
    expect(own.status).toBe(200);
    expect(own.headers.get('Content-Type')).toBe('application/pdf');
    expect(await own.text()).toBe(content);
    expect((await call(`${ANNA}/files/proof-1`, { token: await tokenOf('coach-marieke') })).status).toBe(200);
    expect((await call(`${ANNA}/files/proof-1`, { token: await tokenOf('coach-sander') })).status).toBe(403);
    expect((await call(`${ANNA}/files/no-such-file`, { token })).status).toBe(404);
  });

  it('refuses other kinds of file and files that are too big, and a broken upload', async () => {
    const token = await tokenOf('client-anna');
    const base = `${ANNA}/activities/act-anna-1/proofs`;
    const video = await call(`${base}/p2`, { token, method: 'PUT', body: { name: 'film.mp4', type: 'video/mp4', size: 50 * 1024 * 1024, chunks: 1 } });
    expect(problemSchema.parse(await video.json()).fieldErrors).toMatchObject({ type: ['validation.file.type'], size: ['validation.file.tooBig'] });
    await call(`${base}/p3`, { token, method: 'PUT', body: { name: 'a.pdf', type: 'application/pdf', size: 10, chunks: 1 } });
    const broken = await call(`${base}/p3/chunks/0`, { token, method: 'PUT', body: { data: btoa('%PDF-five') } });
    expect(problemSchema.parse(await broken.json()).fieldErrors).toEqual({ _form: ['validation.file.broken'] });
  });
});
