import { describe, expect, it } from 'vitest';
import { ladderSchema } from '#src/features/coach/schemas.ts';
import { candidateListSchema } from '#src/features/vacancies/matching/schemas.ts';
import { db } from '../db.ts';
import { call, signIn, submitIntake } from '../testing.ts';

const setRung = (token: string, clientId: string, body: unknown, headers: Record<string, string> = {}) =>
  call(`/clients/${clientId}/ladder`, { token, method: 'PUT', body, headers });

describe('the participatieladder per client', () => {
  it('shows the coach the history: the intake, the register and the coaches with their reasons', async () => {
    const anna = (await signIn('client-anna')).token;
    expect(await submitIntake(anna, 'client-anna', 'sub-anna-ladder')).toBe(201);
    const { token } = await signIn('coach-marieke');
    const response = await call('/clients/client-anna/ladder', { token });
    expect(response.headers.get('ETag')).toBe('"0"');
    const ladder = ladderSchema.parse(await response.json());
    expect(ladder).toMatchObject({ clientId: 'client-anna', rung: 6, version: 0, history: [{ rung: 6, source: 'intake', by: null, reason: null }] });

    const set = await setRung(token, 'client-anna', { rung: 4, reason: 'Werkt nu 12 uur met begeleiding.' }, { 'If-Match': '"0"', 'Idempotency-Key': 'rung-1' });
    expect(set.status).toBe(200);
    const after = ladderSchema.parse(await set.json());
    expect(after).toMatchObject({ rung: 4, version: 1 });
    expect(after.history.at(-1)).toMatchObject({ rung: 4, source: 'coach', by: { id: 'coach-marieke', name: 'Marieke Bakker' }, reason: 'Werkt nu 12 uur met begeleiding.' });
    // a resend adds nothing; a stale version is refused
    await setRung(token, 'client-anna', { rung: 4, reason: 'Werkt nu 12 uur met begeleiding.' }, { 'If-Match': '"0"', 'Idempotency-Key': 'rung-1' });
    expect(db.ladderRungChanges.list().filter((c) => c.clientId === 'client-anna')).toHaveLength(1);
    expect(db.writeLog.filter((w) => w.resource === 'ladder:client-anna')).toHaveLength(1);
    expect((await setRung(token, 'client-anna', { rung: 3, reason: 'Ouder' }, { 'If-Match': '"0"' })).status).toBe(412);
  });

  it('needs a reason (422) and a rung from 1 to 6', async () => {
    const { token } = await signIn('coach-marieke');
    const none = await setRung(token, 'client-jayden', { rung: 3, reason: ' ' });
    expect(none.status).toBe(422);
    expect((await none.json()).fieldErrors).toEqual({ reason: ['validation.ladder.reason.required'] });
    expect((await setRung(token, 'client-jayden', { rung: 7, reason: 'x' })).status).toBe(422);
  });

  it('is only for the client’s own coach: never the client, a helper, another coach or the beheerder', async () => {
    for (const persona of ['coach-sander', 'client-jayden', 'helper-stip-1', 'broker-renate', 'admin-kees']) {
      const { token } = await signIn(persona);
      expect((await call('/clients/client-jayden/ladder', { token })).status, persona).toBe(403);
      expect((await setRung(token, 'client-jayden', { rung: 2, reason: 'x' })).status, persona).toBe(403);
    }
    const { token } = await signIn('coach-marieke');
    expect((await call('/clients/client-henk/ladder', { token })).status).toBe(403);
    expect((await call('/clients/nobody/ladder', { token })).status).toBe(403);
  });

  it('is the rung the matching reads', async () => {
    const broker = (await signIn('broker-renate')).token;
    const vacancy = db.vacancies.list().find((v) => v.occupation.isco === '9321' && v.status === 'open');
    const candidates = async (rungs: string) =>
      candidateListSchema.parse(await (await call(`/broker/vacancies/${vacancy?.id}/candidates?rungs=${rungs}`, { token: broker })).json()).candidates.map((c) => c.clientId);
    expect(await candidates('4,5,6')).toContain('client-jayden');
    const { token } = await signIn('coach-marieke');
    const ladder = ladderSchema.parse(await (await call('/clients/client-jayden/ladder', { token })).json());
    expect(ladder.history).toEqual([expect.objectContaining({ rung: 5, source: 'registered' })]);
    expect((await setRung(token, 'client-jayden', { rung: 2, reason: 'Eerst schulden regelen.' }, { 'If-Match': '"0"' })).status).toBe(200);
    expect(await candidates('4,5,6')).not.toContain('client-jayden');
    // the register's rung stays in the history
    const after = ladderSchema.parse(await (await call('/clients/client-jayden/ladder', { token })).json());
    expect(after.history.map((h) => [h.rung, h.source])).toEqual([[5, 'registered'], [2, 'coach']]);
    expect(await candidates('2')).toContain('client-jayden');
  });
});

describe('the rung at the three-month review', () => {
  const review = (rung: number | null, reason = 'Je doet het goed. We gaan zo door.') => ({
    obligations: { applications: 'met', workFolder: 'met', reachable: 'met' },
    decision: 'continue',
    reason,
    ...(rung === null ? {} : { rung }),
  });
  const hold = (token: string, id: string, body: unknown, key = id) => call(`/clients/client-sanne/reviews/${id}`, { token, method: 'PUT', body, headers: { 'Idempotency-Key': key } });
  const ladderOf = async (token: string) => ladderSchema.parse(await (await call('/clients/client-sanne/ladder', { token })).json());

  it('adds the review to the history in time order, moves the current rung and the version, exactly once', async () => {
    const { token } = await signIn('coach-marieke');
    expect((await setRung(token, 'client-sanne', { rung: 3, reason: 'Doet vrijwilligerswerk.' }, { 'If-Match': '"0"' })).status).toBe(200);
    const answer = await hold(token, 'review-rung-1', review(4));
    expect(answer.status).toBe(201);
    expect(await answer.json()).toMatchObject({ rung: 4, ladderVersion: 2 });
    // a resend with the same key records nothing twice
    expect((await hold(token, 'review-rung-1', review(4))).headers.get('Idempotent-Replayed')).toBe('true');
    expect(db.ladderRungChanges.list().filter((c) => c.clientId === 'client-sanne' && c.source === 'review')).toHaveLength(1);
    expect(db.writeLog.filter((w) => w.resource === 'review:review-rung-1')).toHaveLength(1);

    const ladder = await ladderOf(token);
    expect(ladder).toMatchObject({ rung: 4, version: 2 });
    expect(ladder.history.slice(-2)).toMatchObject([
      { rung: 3, source: 'coach', reason: 'Doet vrijwilligerswerk.' },
      { rung: 4, source: 'review', by: { id: 'coach-marieke', name: 'Marieke Bakker' }, reason: 'Je doet het goed. We gaan zo door.' },
    ]);
    expect(ladder.history.map((h) => h.at)).toEqual([...ladder.history.map((h) => h.at)].sort());
    // the rung the matching reads follows the review
    expect(db.ladderRungs.get('client-sanne')?.rung).toBe(4);
    // the coach's own change made on the version before the review is stale now, like after another coach's change
    expect((await setRung(token, 'client-sanne', { rung: 2, reason: 'Ouder' }, { 'If-Match': '"1"' })).status).toBe(412);
    expect((await setRung(token, 'client-sanne', { rung: 5, reason: 'Werkt met begeleiding.' }, { 'If-Match': '"2"' })).status).toBe(200);
  });

  it('a review on the same rung is in the history without moving the rung; one without a rung (an older app) adds nothing', async () => {
    const { token } = await signIn('coach-marieke');
    expect((await setRung(token, 'client-sanne', { rung: 3, reason: 'Doet vrijwilligerswerk.' }, { 'If-Match': '"0"' })).status).toBe(200);
    const setAt = db.ladderRungs.get('client-sanne')?.setAt;
    expect((await hold(token, 'review-old-app', review(null))).status).toBe(201);
    expect(db.reviews.get('review-old-app')?.rung).toBeNull();
    expect(await ladderOf(token)).toMatchObject({ rung: 3, version: 1 });
    expect((await hold(token, 'review-same', review(3))).status).toBe(201);
    const ladder = await ladderOf(token);
    expect(ladder).toMatchObject({ rung: 3, version: 2 });
    expect(ladder.history.at(-1)).toMatchObject({ rung: 3, source: 'review' });
    expect(db.ladderRungs.get('client-sanne')?.setAt).toBe(setAt);
  });

  it('only the client’s own coach: another coach is refused and nothing reaches the ladder', async () => {
    const { token } = await signIn('coach-sander');
    expect((await hold(token, 'review-not-mine', review(1))).status).toBe(403);
    expect(db.reviews.get('review-not-mine')).toBeUndefined();
    expect(db.ladderRungChanges.list().filter((c) => c.clientId === 'client-sanne')).toEqual([]);
  });
});
