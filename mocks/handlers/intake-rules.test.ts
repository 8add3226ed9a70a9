import { describe, expect, it } from 'vitest';
import { ruleDraftSchema, ruleVersionListSchema, backtestResultSchema, type RuleTuning } from '#src/features/intake/tuning/schemas.ts';
import { applyTuning, tuningOf } from '#src/features/intake/tuning/rules.ts';
import { backtest } from '#src/features/intake/tuning/backtest.ts';
import { intakeDefinitionSchema } from '#src/features/intake/definition/schemas.ts';
import { intakeDraftSchema } from '#src/features/intake/schemas.ts';
import { addDays, todayIso } from '../clock.ts';
import { db } from '../db.ts';
import { call, signIn, submitIntake } from '../testing.ts';
import { currentDefinition } from './intake.ts';
import { HISTORY_SIZE } from '../seed-intake-history.ts';

const ADMIN = 'admin-kees';
const DRAFT = '5f0c2a9e-8d1b-4c3e-9a7f-2b6d4e8c1a30';
const YEAR = { from: addDays(todayIso(), -365), to: todayIso() };

function v1() {
  const definition = db.intakeDefinitions.get('entree:1');
  if (!definition) throw new Error('no version 1');
  return definition;
}

function kunnenFrom(value: number): RuleTuning {
  const tuning = structuredClone(tuningOf(v1()));
  const row = tuning.decision.find((r) => r.ruleId === 'selfReliant');
  if (row) row.thresholds[0] = value;
  return tuning;
}

async function saveDraft(token: string, tuning = kunnenFrom(4), headers: Record<string, string> = { 'If-Match': '"0"' }) {
  return call(`/intake/rule-versions/${DRAFT}`, { token, method: 'PUT', body: { basedOn: 1, tuning }, headers });
}

describe('tuning the entree rules: who may', () => {
  it('refuses everyone but the functioneel beheerder on every endpoint', async () => {
    const admin = (await signIn(ADMIN)).token;
    expect((await saveDraft(admin)).status).toBe(200);
    for (const persona of ['coach-marieke', 'client-anna', 'helper-stip-1', 'broker-renate']) {
      const { token } = await signIn(persona);
      expect((await call('/intake/rule-versions', { token })).status, persona).toBe(403);
      expect((await call(`/intake/rule-versions/${DRAFT}`, { token })).status).toBe(403);
      expect((await saveDraft(token)).status).toBe(403);
      expect((await call(`/intake/rule-versions/${DRAFT}/backtest`, { token, method: 'POST', body: YEAR })).status).toBe(403);
      expect((await call(`/intake/rule-versions/${DRAFT}/publish`, { token, method: 'POST', body: { reason: 'x' } })).status).toBe(403);
    }
    expect((await call('/intake/rule-versions')).status).toBe(401);
  });

  it('refuses the beheerder every per-client endpoint', async () => {
    const { token } = await signIn(ADMIN);
    for (const path of ['/clients/client-anna/intake', '/clients/client-anna/ladder', '/clients/client-anna/profile', '/coach/caseload', '/clients/client-past-001/intake']) {
      expect((await call(path, { token })).status, path).toBe(403);
    }
  });
});

describe('drafts', () => {
  it('are saved with If-Match and checked like a definition, with the error at the field', async () => {
    const { token } = await signIn(ADMIN);
    const saved = ruleDraftSchema.parse(await (await saveDraft(token)).json());
    expect(saved).toMatchObject({ id: DRAFT, basedOn: 1, version: 1, createdBy: { id: ADMIN, name: 'Kees Brouwer' } });
    expect((await saveDraft(token, kunnenFrom(3), { 'If-Match': '"0"' })).status).toBe(412);
    const wrong = kunnenFrom(4);
    (wrong.decision[0] as { thresholds: number[] }).thresholds = [];
    const refused = await saveDraft(token, wrong, { 'If-Match': '"1"' });
    expect(refused.status).toBe(422);
    expect((await refused.json()).fieldErrors).toEqual({ 'tuning.decision.0.thresholds': ['validation.tuning.thresholdCount'] });
    expect((await call('/intake/rule-versions/v1', { token, method: 'PUT', body: { basedOn: 1, tuning: kunnenFrom(4) } })).status).toBe(409);
    const list = ruleVersionListSchema.parse(await (await call('/intake/rule-versions', { token })).json());
    expect(list.drafts.map((d) => d.id)).toEqual([DRAFT]);
    expect(list.published.map((p) => p.id)).toEqual(['v1']);
  });
});

describe('backtest', () => {
  it('recomputes the seeded year on the server: the same counts as the pure function', async () => {
    const { token } = await signIn(ADMIN);
    await saveDraft(token);
    const response = await call(`/intake/rule-versions/${DRAFT}/backtest`, { token, method: 'POST', body: YEAR });
    expect(response.status).toBe(200);
    const result = backtestResultSchema.parse(await response.json());
    expect(result.submissions).toBe(HISTORY_SIZE);
    const draft = applyTuning(v1(), kunnenFrom(4));
    if (!draft.ok) throw new Error('draft refused');
    const expected = backtest(draft.definition, db.intakeSubmissions.list(), YEAR, () => 'C-0000');
    expect(result.changed).toBe(expected.changed);
    expect(result.before).toEqual(expected.before);
    expect(result.after).toEqual(expected.after);
    // the seeded story: lowering the zelfdoener threshold to kunnen 4 follows the coaches better
    expect(result.changed).toBeGreaterThan(0);
    expect(result.after.agreement.agreed).toBeGreaterThan(result.before.agreement.agreed);
  });

  it('gives pseudonymised cases only: no name, BSN or id of a client or submission', async () => {
    const { token } = await signIn(ADMIN);
    await saveDraft(token);
    const text = await (await call(`/intake/rule-versions/${DRAFT}/backtest`, { token, method: 'POST', body: YEAR })).text();
    const result = backtestResultSchema.parse(JSON.parse(text));
    expect(result.cases.length).toBeGreaterThan(0);
    for (const client of db.clients.list()) {
      expect(text).not.toContain(client.id);
      expect(text).not.toContain(client.name);
      expect(text).not.toContain(client.bsn);
    }
    for (const submission of db.intakeSubmissions.list()) {
      expect(text).not.toContain(submission.id);
      expect(text).not.toContain(submission.reference);
      expect(text).not.toContain(submission.submittedAt);
    }
    expect(text).not.toMatch(/Marieke|Sander|coach-/);
    // a new pseudonym every backtest: two cannot be linked
    const again = backtestResultSchema.parse(await (await call(`/intake/rule-versions/${DRAFT}/backtest`, { token, method: 'POST', body: YEAR })).json());
    expect(again.cases.map((c) => c.pseudonym)).not.toEqual(result.cases.map((c) => c.pseudonym));
  });

  it('refuses a period that ends before it starts', async () => {
    const { token } = await signIn(ADMIN);
    const response = await call('/intake/rule-versions/v1/backtest', { token, method: 'POST', body: { from: '2026-12-01', to: '2026-11-01' } });
    expect(response.status).toBe(422);
    expect((await call('/intake/rule-versions/v9/backtest', { token, method: 'POST', body: YEAR })).status).toBe(404);
  });
});

describe('publishing', () => {
  it('needs a reason (422), publishes once, logs who, when and why; new drafts and submissions follow it', async () => {
    const { token } = await signIn(ADMIN);
    await saveDraft(token);
    const none = await call(`/intake/rule-versions/${DRAFT}/publish`, { token, method: 'POST', body: { reason: '  ' } });
    expect(none.status).toBe(422);
    expect((await none.json()).fieldErrors).toEqual({ reason: ['validation.tuning.reasonRequired'] });
    const key = { 'Idempotency-Key': 'publish-1' };
    const published = await call(`/intake/rule-versions/${DRAFT}/publish`, { token, method: 'POST', body: { reason: 'Zelfdoeners vanaf kunnen 4' }, headers: key });
    expect(published.status).toBe(201);
    const again = await call(`/intake/rule-versions/${DRAFT}/publish`, { token, method: 'POST', body: { reason: 'Zelfdoeners vanaf kunnen 4' }, headers: key });
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    const list = ruleVersionListSchema.parse(await published.json());
    expect(list.current).toBe(2);
    expect(list.drafts).toEqual([]);
    expect(list.published[0]).toMatchObject({ id: 'v2', publishedBy: { id: ADMIN, name: 'Kees Brouwer' }, reason: 'Zelfdoeners vanaf kunnen 4', rollbackOf: null });
    expect(db.writeLog.filter((w) => w.resource === 'intake-rules:2')).toHaveLength(1);

    // a new client's draft starts on version 2, and a submission on it is scored with the new rules
    const anna = (await signIn('client-anna')).token;
    const draft = intakeDraftSchema.parse(await (await call('/clients/client-anna/intake/draft', { token: anna })).json());
    expect(draft.definitionVersion).toBe(2);
    expect(intakeDefinitionSchema.parse(await (await call('/intake/definition', { token: anna })).json()).version).toBe(2);
  });

  it('rolls back: an earlier version published again as a new one, with a reason', async () => {
    const { token } = await signIn(ADMIN);
    await saveDraft(token);
    await call(`/intake/rule-versions/${DRAFT}/publish`, { token, method: 'POST', body: { reason: 'Proef' } });
    expect((await call('/intake/rule-versions/v1/publish', { token, method: 'POST', body: { reason: '' } })).status).toBe(422);
    const response = await call('/intake/rule-versions/v1/publish', { token, method: 'POST', body: { reason: 'Terug naar de eerste regels' } });
    const list = ruleVersionListSchema.parse(await response.json());
    expect(list.published.map((p) => [p.id, p.rollbackOf])).toEqual([['v3', 1], ['v2', null], ['v1', null]]);
    const v3 = currentDefinition();
    expect(v3?.version).toBe(3);
    if (v3) expect(tuningOf(v3)).toEqual(tuningOf(v1()));
  });

  it('keeps a draft made on an older version from being published over a newer one', async () => {
    const { token } = await signIn(ADMIN);
    await saveDraft(token);
    await call('/intake/rule-versions/v1/publish', { token, method: 'POST', body: { reason: 'Opnieuw' } });
    expect((await call(`/intake/rule-versions/${DRAFT}/publish`, { token, method: 'POST', body: { reason: 'x' } })).status).toBe(409);
  });
});

describe('a submission keeps the version it was given under', () => {
  it('scores a client who started on version 1 with version 1 after a new version is published', async () => {
    const { token } = await signIn(ADMIN);
    await saveDraft(token);
    await call(`/intake/rule-versions/${DRAFT}/publish`, { token, method: 'POST', body: { reason: 'Nieuw' } });
    const anna = (await signIn('client-anna')).token;
    expect(await submitIntake(anna, 'client-anna', 'sub-anna-1')).toBe(201);
    expect(db.intakeSubmissions.get('sub-anna-1')?.definitionVersion).toBe(1);
  });
});
