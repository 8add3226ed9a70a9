import { describe, expect, it } from 'vitest';
import { intakeDefinitionSchema, type Answers } from '#src/features/intake/definition/schemas.ts';
import { zelfdoenerAnswers } from '#src/features/intake/definition/test-answers.ts';
import { intakeDraftSchema, intakeOverviewSchema, intakeSubmissionSchema } from '#src/features/intake/schemas.ts';
import { problemSchema } from '#src/shared/api/problem.ts';
import { clientOverviewSchema } from '#src/features/home/schemas.ts';
import { addDays, todayIso } from '../clock.ts';
import { db } from '../db.ts';
import { HISTORY_SIZE } from '../seed-intake-history.ts';
import { call, signIn } from '../testing.ts';
import { ageOn } from './intake.ts';

const anna: Answers = {
  ...zelfdoenerAnswers,
  lastJobEnd: addDays(todayIso(), -60),
  transport: ['bike'],
  digital: ['email', 'apply'],
  strengths: ['teamwork'],
  sectors: null,
};

const submit = (token: string, id: string, answers: Answers = anna, clientId = 'client-anna', headers: Record<string, string> = {}) =>
  call(`/clients/${clientId}/intake/submissions/${id}`, { token, method: 'PUT', body: { definitionVersion: 1, answers, helper: null }, headers });

describe('intake definition', () => {
  it('serves the current version and each published version', async () => {
    const { token } = await signIn('client-anna');
    const current = intakeDefinitionSchema.parse(await (await call('/intake/definition', { token })).json());
    expect(current.version).toBe(1);
    expect((await call('/intake/definition/1', { token })).status).toBe(200);
    expect((await call('/intake/definition/9', { token })).status).toBe(404);
    expect((await call('/intake/definition')).status).toBe(401);
  });

  it('serves the aanvullende vragenlijst by id, versioned like the entree', async () => {
    const { token } = await signIn('client-anna');
    const current = intakeDefinitionSchema.parse(await (await call('/intake/definitions/participation', { token })).json());
    expect(current).toMatchObject({ id: 'participation', version: 1 });
    expect(intakeDefinitionSchema.parse(await (await call('/intake/definitions/entree/1', { token })).json()).id).toBe('entree');
    expect((await call('/intake/definitions/participation/1', { token })).status).toBe(200);
    expect((await call('/intake/definitions/participation/2', { token })).status).toBe(404);
    expect((await call('/intake/definitions/nothing', { token })).status).toBe(404);
    expect((await call('/intake/definitions/participation/x', { token })).status).toBe(400);
    expect((await call('/intake/definitions/Not-an-id', { token })).status).toBe(400);
    // the entree's own path is still the entree
    expect(intakeDefinitionSchema.parse(await (await call('/intake/definition', { token })).json()).id).toBe('entree');
  });
});

describe('intake draft', () => {
  it('starts empty at version 0 with the facts the server knows', async () => {
    const { token } = await signIn('client-jayden');
    const response = await call('/clients/client-jayden/intake/draft', { token });
    expect(response.headers.get('ETag')).toBe('"0"');
    const draft = intakeDraftSchema.parse(await response.json());
    expect(draft).toMatchObject({ version: 0, answers: {}, started: false, facts: { age: 23 } });
  });

  it('is saved with If-Match, refuses a stale version and moves the obligation to "in progress"', async () => {
    const { token } = await signIn('client-anna');
    const body = { definitionVersion: 1, answers: { lastWork: 'lt6m' }, helper: { name: 'Ria', organisation: 'STIP Vinkhuizen' }, started: true };
    const first = await call('/clients/client-anna/intake/draft', { token, method: 'PUT', body, headers: { 'If-Match': '"0"' } });
    expect(first.status).toBe(200);
    expect(intakeDraftSchema.parse(await first.json()).version).toBe(1);
    const stale = await call('/clients/client-anna/intake/draft', { token, method: 'PUT', body, headers: { 'If-Match': '"0"' } });
    expect(stale.status).toBe(412);
    const overview = clientOverviewSchema.parse(await (await call('/clients/client-anna/overview', { token })).json());
    expect(overview.obligations.find((o) => o.id === 'intake')?.status).toBe('inProgress');
  });

  it('does not let another client or a coach write it', async () => {
    const jayden = await signIn('client-jayden');
    const body = { definitionVersion: 1, answers: {}, helper: null, started: true };
    expect((await call('/clients/client-anna/intake/draft', { token: jayden.token, method: 'PUT', body })).status).toBe(403);
    const coach = await signIn('coach-marieke');
    expect((await call('/clients/client-anna/intake/draft', { token: coach.token, method: 'PUT', body })).status).toBe(403);
  });
});

describe('intake submission', () => {
  it('is scored by the server, keeps only applicable answers, and is created once', async () => {
    const { token } = await signIn('client-anna');
    await call('/clients/client-anna/intake/draft', { token, method: 'PUT', body: { definitionVersion: 1, answers: {}, helper: null, started: true } });
    const withLeftover = { ...anna, careArranged: 'no' };
    const response = await submit(token, 'sub-1', withLeftover, 'client-anna', { 'Idempotency-Key': 'k-1' });
    expect(response.status).toBe(201);
    const submission = intakeSubmissionSchema.parse(await response.json());
    expect(submission.result.proposal).toEqual({ serviceLine: 'selfReliant', rung: 6, track: null, ruleId: 'selfReliant' });
    expect(submission.answers).not.toHaveProperty('careArranged');
    expect(submission.submittedBy).toEqual({ id: 'client-anna', name: 'Anna de Vries' });
    expect(submission.definitionVersion).toBe(1);
    expect(submission.reference).toMatch(/^EV-[A-Z2-9]{6}$/);
    expect(db.intakeDrafts.get('client-anna')).toBeUndefined();

    // the outbox resends with the same key: replayed
    const replay = await submit(token, 'sub-1', withLeftover, 'client-anna', { 'Idempotency-Key': 'k-1' });
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    // the same create without the key (or a new one): the same submission, not a second one
    expect((await submit(token, 'sub-1')).status).toBe(200);
    expect((await submit(token, 'sub-2')).status).toBe(409);
    expect(db.intakeSubmissions.size - HISTORY_SIZE).toBe(1);
    expect(db.writeLog.filter((w) => w.resource === 'intake-submission:client-anna')).toHaveLength(1);

    const overview = clientOverviewSchema.parse(await (await call('/clients/client-anna/overview', { token })).json());
    expect(overview.obligations.find((o) => o.id === 'intake')?.status).toBe('done');
    // a late draft save from another device is refused
    const late = await call('/clients/client-anna/intake/draft', { token, method: 'PUT', body: { definitionVersion: 1, answers: {}, helper: null, started: true } });
    expect(late.status).toBe(409);
  });

  it('answers 422 per question for missing, out of range and impossible answers', async () => {
    const { token } = await signIn('client-anna');
    const { hours: _hours, ...withoutHours } = anna;
    const response = await submit(token, 'sub-bad', { ...withoutHours, experienceYears: 99, lastJobEnd: '2025-02-30', lastJob: 'x'.repeat(101) });
    expect(response.status).toBe(422);
    expect(problemSchema.parse(await response.json()).fieldErrors).toEqual({
      'answers.experienceYears': ['validation.answer.range'],
      'answers.lastJob': ['validation.answer.tooLong'],
      'answers.lastJobEnd': ['validation.answer.date'],
      'answers.hours': ['validation.answer.required'],
    });
    expect(db.intakeSubmissions.size - HISTORY_SIZE).toBe(0);
  });

  it('uses the server facts: the under-27 branch for Jayden', async () => {
    const { token } = await signIn('client-jayden');
    const response = await submit(token, 'sub-j', { ...anna, education: 'vmbo', inSchool: 'no', wantsSchool: 'yes' }, 'client-jayden');
    const submission = intakeSubmissionSchema.parse(await response.json());
    expect(submission.result.proposal).toMatchObject({ serviceLine: 'guidedSupport', rung: 3, track: 'education' });
    expect(submission.answers.inSchool).toBe('no');
  });

  it('lets a STIP helper with write scope submit for the client', async () => {
    const { token } = await signIn('helper-stip-1', { actingFor: 'client-yasmin' });
    const response = await submit(token, 'sub-y', anna, 'client-yasmin');
    expect(response.status).toBe(201);
    expect(intakeSubmissionSchema.parse(await response.json()).submittedBy.id).toBe('helper-stip-1');
  });
});

describe('intake decision', () => {
  it("is made by the client's own coach with a reason; the client sees it", async () => {
    const client = await signIn('client-anna');
    await submit(client.token, 'sub-d');
    const sander = await signIn('coach-sander');
    const body = { serviceLine: 'guidedSupport', reason: 'In het gesprek bleek dat Anna hulp wil bij solliciteren.' };
    expect((await call('/clients/client-anna/intake', { token: sander.token })).status).toBe(403);
    expect((await call('/clients/client-anna/intake/decision', { token: sander.token, method: 'PUT', body })).status).toBe(403);
    expect((await call('/clients/client-anna/intake/decision', { token: client.token, method: 'PUT', body })).status).toBe(403);

    const marieke = await signIn('coach-marieke');
    const noReason = await call('/clients/client-anna/intake/decision', { token: marieke.token, method: 'PUT', body: { ...body, reason: '  ' } });
    expect(problemSchema.parse(await noReason.json()).fieldErrors).toEqual({ reason: ['validation.decision.reasonRequired'] });

    const ok = await call('/clients/client-anna/intake/decision', { token: marieke.token, method: 'PUT', body, headers: { 'If-Match': '"1"' } });
    expect(ok.status).toBe(200);
    const seen = intakeOverviewSchema.parse(await (await call('/clients/client-anna/intake', { token: client.token })).json());
    expect(seen.status).toBe('decided');
    expect(seen.submission?.decision).toMatchObject({
      serviceLine: 'guidedSupport',
      proposedServiceLine: 'selfReliant',
      reason: body.reason,
      decidedBy: { id: 'coach-marieke', name: 'Marieke Bakker' },
      definitionVersion: 1,
    });
    expect(db.clients.get('client-anna')?.serviceLine).toBe('guidedSupport');

    // the proposed line may go without a reason; another line may not (the computer proposes, the coach decides)
    const proposed = await call('/clients/client-anna/intake/decision', { token: marieke.token, method: 'PUT', body: { serviceLine: 'selfReliant', reason: '' }, headers: { 'If-Match': '"2"' } });
    expect(proposed.status).toBe(200);
    const other = await call('/clients/client-anna/intake/decision', { token: marieke.token, method: 'PUT', body: { serviceLine: 'socialParticipation', reason: '' }, headers: { 'If-Match': '"3"' } });
    expect(other.status).toBe(422);
    expect(problemSchema.parse(await other.json()).fieldErrors).toEqual({ reason: ['validation.decision.reasonRequired'] });
  });

  it('needs a submission first', async () => {
    const marieke = await signIn('coach-marieke');
    const response = await call('/clients/client-jayden/intake/decision', {
      token: marieke.token,
      method: 'PUT',
      body: { serviceLine: 'selfReliant', reason: 'Gesprek gehad.' },
    });
    expect(response.status).toBe(409);
  });
});

describe('ageOn', () => {
  it.each([
    ['2000-03-10', '2026-03-10', 26],
    ['2000-03-11', '2026-03-10', 25],
    ['2000-02-29', '2026-02-28', 25],
  ])('born %s, on %s: %i', (birth, today, age) => {
    expect(ageOn(birth, today)).toBe(age);
  });
});

describe('questionnaires per id (entree, participation)', () => {
  const participation: Answers = {
    interests: ['volunteering'], likes: null, hoursPerWeek: 8, workAbility: 'later', energy: 3, travelAlone: 'yes', volunteerNow: 'no',
    motivation: 4, goal: 'meetPeople', obstacles: ['health'], obstacleNote: null, needs: ['quiet'], needsNote: null, startDate: { unknown: true },
  };

  it('keeps a draft and a submission per questionnaire; the old entree paths are the same as /questionnaires/entree', async () => {
    const { token } = await signIn('client-anna');
    const base = '/clients/client-anna/questionnaires';
    const empty = intakeDraftSchema.parse(await (await call(`${base}/participation/draft`, { token })).json());
    expect(empty).toMatchObject({ version: 0, definitionVersion: 1, answers: {} });
    const body = { definitionVersion: 1, answers: { interests: ['training'] }, helper: null, started: true };
    expect((await call(`${base}/participation/draft`, { token, method: 'PUT', body, headers: { 'If-Match': '"0"' } })).status).toBe(200);
    // the entree draft is another one
    expect(intakeDraftSchema.parse(await (await call('/clients/client-anna/intake/draft', { token })).json()).version).toBe(0);
    expect(intakeOverviewSchema.parse(await (await call(`${base}/participation`, { token })).json()).status).toBe('inProgress');
    expect(intakeOverviewSchema.parse(await (await call(`${base}/entree`, { token })).json()).status).toBe('notStarted');

    const put = (id: string) =>
      call(`${base}/participation/submissions/${id}`, { token, method: 'PUT', body: { definitionVersion: 1, answers: participation, helper: null } });
    const created = await put('p-1');
    expect(created.status).toBe(201);
    expect(intakeSubmissionSchema.parse(await created.json())).toMatchObject({ definitionId: 'participation', clientId: 'client-anna' });
    expect((await put('p-1')).status).toBe(200);
    expect((await put('p-2')).status).toBe(409);
    expect(db.intakeSubmissions.size - HISTORY_SIZE).toBe(1);
    expect(db.intakeDrafts.get('participation:client-anna')).toBeUndefined();
    // the entree can still be submitted
    expect((await submit(token, 'e-1')).status).toBe(201);
    expect(intakeOverviewSchema.parse(await (await call('/clients/client-anna/intake', { token })).json()).submission?.id).toBe('e-1');
    expect(intakeOverviewSchema.parse(await (await call(`${base}/participation`, { token })).json()).submission?.id).toBe('p-1');
    // a submission id of one questionnaire is not another's
    expect((await call(`${base}/entree/submissions/p-1`, { token, method: 'PUT', body: { definitionVersion: 1, answers: anna, helper: null } })).status).toBe(403);
  });

  it('refuses an unknown questionnaire and other people', async () => {
    const { token } = await signIn('client-anna');
    expect((await call('/clients/client-anna/questionnaires/other/draft', { token })).status).toBe(404);
    const sander = await signIn('coach-sander');
    expect((await call('/clients/client-anna/questionnaires/participation', { token: sander.token })).status).toBe(403);
    const marieke = await signIn('coach-marieke');
    expect((await call('/clients/client-anna/questionnaires/participation', { token: marieke.token })).status).toBe(200);
  });
});

describe('the coach asks for the aanvullende vragenlijst', () => {
  it('is stored once, only by the client\'s own coach, and shown in the overview', async () => {
    const marieke = await signIn('coach-marieke');
    const ask = (token: string, questionnaire = 'participation', key?: string) =>
      call(`/clients/client-anna/questionnaires/${questionnaire}/request`, { token, method: 'PUT', body: {}, headers: key ? { 'Idempotency-Key': key } : {} });
    const first = await ask(marieke.token, 'participation', 'k-1');
    expect(first.status).toBe(200);
    expect(intakeOverviewSchema.parse(await first.json()).request?.requestedBy.name).toBe('Marieke Bakker');
    const at = db.questionnaireRequests.get('participation:client-anna')?.requestedAt;
    expect((await ask(marieke.token, 'participation', 'k-2')).status).toBe(200);
    expect(db.questionnaireRequests.size).toBe(1);
    expect(db.questionnaireRequests.get('participation:client-anna')?.requestedAt).toBe(at);
    expect((await ask(marieke.token, 'entree')).status).toBe(409);
    expect((await ask((await signIn('coach-sander')).token)).status).toBe(403);
    expect((await ask((await signIn('client-anna')).token)).status).toBe(403);
    const seen = intakeOverviewSchema.parse(await (await call('/clients/client-anna/questionnaires/participation', { token: (await signIn('client-anna')).token })).json());
    expect(seen.request?.requestedBy.id).toBe('coach-marieke');
  });
});
