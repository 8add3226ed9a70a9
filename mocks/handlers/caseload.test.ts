import { describe, expect, it } from 'vitest';
import { caseloadSchema, coachClientSchema, reviewSchema, timelineSchema } from '#src/features/coach/schemas.ts';
import { clientOverviewSchema } from '#src/features/home/schemas.ts';
import { db } from '../db.ts';
import { dateTimeDaysFromNow } from '../clock.ts';
import { call, signIn } from '../testing.ts';
import { scaleSeed } from '../seed-coach.ts';

const review = { obligations: { applications: 'partly', workFolder: 'met', reachable: 'notMet' }, decision: 'guidedSupport', reason: 'Je hebt meer hulp nodig bij het zoeken.' };

async function get(personaId: string, path: string) {
  const { token } = await signIn(personaId);
  return call(path, { token });
}

describe('the caseload', () => {
  it('seeds unique names (screens and tests find people by name), also for the bench', () => {
    const names = db.clients.list().map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(scaleSeed(150, 0, 0).clients.map((c) => c.name)).size).toBe(150);
  });

  it('gives counts and signals per client, for the coach’s own clients only', async () => {
    const response = await get('coach-marieke', '/coach/caseload');
    const caseload = caseloadSchema.parse(await response.json());
    expect(caseload.clients.length).toBeGreaterThanOrEqual(60);
    expect(caseload.clients.some((c) => c.clientId === 'client-henk')).toBe(false);
    const anna = caseload.clients.find((c) => c.clientId === 'client-anna');
    expect(anna).toMatchObject({ serviceLine: null, searchPeriodStatus: 'running', progress: { count: 3, required: 4 } });
    expect(anna?.signals).toContain('intakeNotFilledIn');
    // the seed makes every signal occur somewhere (a realistic caseload)
    const seen = new Set(caseload.clients.flatMap((c) => c.signals));
    for (const signal of ['messageUnanswered', 'noActivity', 'normNotMet', 'intakeNotFilledIn', 'reviewDue', 'proofMissing']) expect(seen).toContain(signal);
    expect(caseload.clients.some((c) => c.unreadMessages > 0 && c.lastContactAt !== null)).toBe(true);
    expect(caseload.clients.some((c) => c.overdueTasks > 0)).toBe(true);
  });

  it('flags a client message unanswered for more than two working days, until the coach answers', async () => {
    const base = { clientId: 'client-kevin', onBehalfOf: null, kind: 'text' as const, attachments: [], link: null, appointment: null, deliveredAt: null, readAt: null };
    const sentAt = dateTimeDaysFromNow(-6, 9);
    db.messages.put({ ...base, id: 'm-kevin-1', senderId: 'client-kevin', senderRole: 'client', senderName: 'Kevin Smit', body: 'Hallo?', writtenAt: sentAt, sentAt });
    const kevin = async () => caseloadSchema.parse(await (await get('coach-marieke', '/coach/caseload')).json()).clients.find((c) => c.clientId === 'client-kevin');
    expect((await kevin())?.signals).toContain('messageUnanswered');
    expect((await kevin())?.unreadMessages).toBe(1);
    const answeredAt = dateTimeDaysFromNow(-1, 9);
    db.messages.put({ ...base, id: 'm-kevin-2', senderId: 'coach-marieke', senderRole: 'coach', senderName: 'Marieke Bakker', body: 'Hoi Kevin', writtenAt: answeredAt, sentAt: answeredAt });
    expect((await kevin())?.signals).not.toContain('messageUnanswered');
    expect((await kevin())?.lastContactAt).toBe(answeredAt);
  });
});

describe('one client for the coach', () => {
  it('is refused to another coach and to the client, with nothing about the client', async () => {
    for (const [persona, path] of [
      ['coach-sander', '/coach/clients/client-anna'],
      ['coach-sander', '/clients/client-anna/timeline'],
      ['client-anna', '/coach/clients/client-anna'],
      ['client-anna', '/clients/client-anna/timeline'],
    ] as const) {
      const response = await get(persona, path);
      expect(response.status).toBe(403);
      expect(await response.text()).not.toMatch(/Anna|Vries/);
    }
  });

  it('keeps notes once (idempotent), shows them to coaches only and puts them on the timeline', async () => {
    const { token } = await signIn('coach-marieke');
    const put = () => call('/clients/client-anna/coach-notes/note-1', { token, method: 'PUT', body: { text: 'Belt liever dan mailt.' }, headers: { 'Idempotency-Key': 'k-note-1' } });
    expect((await put()).status).toBe(201);
    expect((await put()).status).toBe(201); // replayed
    expect(db.coachNotes.size).toBe(1 + [...db.coachNotes.values()].filter((n) => n.clientId !== 'client-anna').length);
    const client = coachClientSchema.parse(await (await call('/coach/clients/client-anna', { token })).json());
    expect(client.notes.map((n) => n.text)).toEqual(['Belt liever dan mailt.']);
    // applied once, but not in the history of changes the client sees
    expect(db.writeLog.filter((w) => w.resource === 'coachNote:note-1')).toHaveLength(1);
    expect(db.changeLog.list().filter((c) => c.resource.startsWith('coachNote:'))).toEqual([]);
    const timeline = timelineSchema.parse(await (await call('/clients/client-anna/timeline', { token })).json());
    expect(timeline.items.find((i) => i.kind === 'note')).toMatchObject({ kind: 'note', text: 'Belt liever dan mailt.', by: 'Marieke Bakker' });
    expect(timeline.items.map((i) => i.at)).toEqual([...timeline.items.map((i) => i.at)].sort().reverse());
    const empty = await call('/clients/client-anna/coach-notes/note-2', { token, method: 'PUT', body: { text: '  ' } });
    expect(empty.status).toBe(422);
    expect(await empty.json()).toMatchObject({ fieldErrors: { text: ['validation.note.required'] } });
    const { token: sander } = await signIn('coach-sander');
    expect((await call('/clients/client-anna/coach-notes/note-3', { token: sander, method: 'PUT', body: { text: 'x' } })).status).toBe(403);
  });

  it('pages the timeline', async () => {
    const { token } = await signIn('coach-marieke');
    const first = timelineSchema.parse(await (await call('/clients/client-sanne/timeline', { token })).json());
    expect(first.items).toHaveLength(25);
    expect(first.nextOffset).toBe(25);
    const second = timelineSchema.parse(await (await call('/clients/client-sanne/timeline?offset=25', { token })).json());
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
    expect(first.total).toBeGreaterThan(40);
  });
});

describe('the three-month review', () => {
  it('moves a zelfdoener to klantondersteuning with the reason, and the client sees it', async () => {
    const { token } = await signIn('coach-marieke');
    const response = await call('/clients/client-sanne/reviews/review-1', { token, method: 'PUT', body: review, headers: { 'Idempotency-Key': 'k-review-1' } });
    expect(response.status).toBe(201);
    expect(reviewSchema.parse(await response.json())).toMatchObject({ serviceLineBefore: 'selfReliant', serviceLineAfter: 'guidedSupport' });
    expect(db.clients.get('client-sanne')?.serviceLine).toBe('guidedSupport');
    const overview = clientOverviewSchema.parse(await (await get('client-sanne', '/clients/client-sanne/overview')).json());
    expect(overview.latestReview).toMatchObject({ decision: 'guidedSupport', reason: review.reason });
    expect(overview.serviceLine).toBe('guidedSupport');
    // a second review is refused now she is no zelfdoener
    const again = await call('/clients/client-sanne/reviews/review-2', { token, method: 'PUT', body: review });
    expect(again.status).toBe(422);
  });

  it('needs an answer per obligation, a decision and a reason', async () => {
    const { token } = await signIn('coach-marieke');
    const response = await call('/clients/client-sanne/reviews/review-3', { token, method: 'PUT', body: { obligations: { applications: 'met' }, decision: '', reason: '' } });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { fieldErrors: Record<string, string[]> };
    expect(body.fieldErrors).toMatchObject({
      'obligations.workFolder': ['validation.review.answer.required'],
      decision: ['validation.review.decision.required'],
      reason: ['validation.review.reason.required'],
    });
    expect(db.clients.get('client-sanne')?.serviceLine).toBe('selfReliant');
  });
});
