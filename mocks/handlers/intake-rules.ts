import { idSchema } from '#src/shared/lib/domain.ts';
import { intakeDefinitionSchema } from '#src/features/intake/definition/schemas.ts';
import {
  backtestInputSchema,
  backtestResultSchema,
  publishInputSchema,
  ruleDraftInputSchema,
  ruleDraftSchema,
  ruleVersionListSchema,
  type RuleVersionList,
} from '#src/features/intake/tuning/schemas.ts';
import { applyTuning, republish, versionLog, versionOfId } from '#src/features/intake/tuning/rules.ts';
import { backtest } from '#src/features/intake/tuning/backtest.ts';
import { db, definitionKey } from '../db.ts';
import { nowIso, todayIso } from '../clock.ts';
import { withIdempotency } from '../idempotency.ts';
import { authenticate, checkIfMatch, json, logApplied, parseBody, personOf, problem, requireRole, route, validationProblem, type Actor, type Operation, type RouteContext } from '../http.ts';
import { currentDefinition } from './intake.ts';

/**
 * Tuning the entreevragenlijst (issue 21): only the functioneel beheerder. Drafts of the rules
 * (`PUT /intake/rule-versions/{id}`, an id made on the device), a backtest on the submissions of
 * a period (computed here: only counts and pseudonymised cases leave the server), publishing a
 * draft with a reason, and publishing an earlier version again (`v3`: a rollback). A published
 * version is never changed; new drafts and submissions follow the newest one.
 */

const ENTREE = 'entree';

function admin(request: Request): Actor {
  const actor = authenticate(request);
  requireRole(actor, 'functionalAdmin');
  return actor;
}

function entreeDefinitions() {
  return db.intakeDefinitions.list().filter((d) => d.id === ENTREE);
}

function versionList(): RuleVersionList {
  const current = currentDefinition(ENTREE);
  return ruleVersionListSchema.parse({
    current: current?.version ?? 1,
    published: versionLog(entreeDefinitions(), db.intakeRuleLog.list()),
    drafts: db.intakeRuleDrafts
      .list()
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      .map(({ tuning: _tuning, ...draft }) => draft),
  });
}

function definitionOf(version: number) {
  return db.intakeDefinitions.get(definitionKey(ENTREE, version));
}

/** The definition a rule version stands for: a draft applied on its version, or a published one. */
function definitionFor(rawId: string | undefined) {
  const id = idSchema.safeParse(rawId);
  if (!id.success) throw problem(400, { code: 'invalid-id' });
  const published = versionOfId(id.data);
  if (published !== null) {
    const definition = definitionOf(published);
    if (!definition) throw problem(404, { code: 'not-found' });
    return { id: id.data, definition, draft: null };
  }
  const draft = db.intakeRuleDrafts.get(id.data);
  const base = draft ? definitionOf(draft.basedOn) : undefined;
  if (!draft || !base) throw problem(404, { code: 'not-found' });
  const applied = applyTuning(base, draft.tuning);
  if (!applied.ok) throw validationProblem(applied.fieldErrors);
  return { id: id.data, definition: applied.definition, draft };
}

async function putDraft({ request, params }: RouteContext) {
  const actor = admin(request);
  const id = idSchema.safeParse(params.id);
  if (!id.success) return problem(400, { code: 'invalid-id' });
  // a published version is never changed: only drafts have ids of the device
  if (versionOfId(id.data) !== null) return problem(409, { code: 'published-version' });
  return withIdempotency(request, actor, async () => {
    const input = await parseBody(request, ruleDraftInputSchema);
    const base = definitionOf(input.basedOn);
    if (!base) throw validationProblem({ basedOn: ['validation.tuning.unknownVersion'] });
    const applied = applyTuning(base, input.tuning);
    if (!applied.ok) throw validationProblem(Object.fromEntries(Object.entries(applied.fieldErrors).map(([path, keys]) => [path === 'tuning' ? path : `tuning.${path}`, keys])));
    const existing = db.intakeRuleDrafts.get(id.data);
    checkIfMatch(request, existing?.version ?? 0, existing);
    const draft = db.intakeRuleDrafts.put({
      ...input,
      id: id.data,
      createdBy: existing?.createdBy ?? personOf(actor),
      updatedAt: nowIso(),
      version: (existing?.version ?? 0) + 1,
    });
    logApplied(request, actor, `intake-rule-draft:${draft.id}`, { version: draft.version, history: false });
    return json(ruleDraftSchema.parse(draft), { version: draft.version });
  });
}

async function publish({ request, params }: RouteContext) {
  const actor = admin(request);
  return withIdempotency(request, actor, async () => {
    // inside: a resend after the draft was published (and removed) is answered from the stored response
    const target = definitionFor(params.id);
    const input = await parseBody(request, publishInputSchema);
    const current = currentDefinition(ENTREE);
    if (!current) throw problem(404, { code: 'not-found' });
    // a draft made on an older version first moves to the current one (the beheerder sees the new rules first)
    if (target.draft && target.draft.basedOn !== current.version) throw problem(409, { code: 'draft-outdated' });
    const version = current.version + 1;
    const at = nowIso();
    const next = target.draft
      ? { ok: true as const, definition: { ...target.definition, version, publishedAt: todayIso() } }
      : republish(current, target.definition, version, todayIso());
    if (!next.ok) throw validationProblem(next.fieldErrors);
    db.intakeDefinitions.put(intakeDefinitionSchema.parse(next.definition));
    db.intakeRuleLog.put({
      definitionVersion: version,
      publishedAt: at,
      publishedBy: personOf(actor),
      reason: input.reason,
      rollbackOf: target.draft ? null : target.definition.version,
    });
    if (target.draft) db.intakeRuleDrafts.delete(target.draft.id);
    logApplied(request, actor, `intake-rules:${version}`, { method: 'POST', version, history: false });
    return json(versionList(), { status: 201 });
  });
}

async function runBacktest({ request, params }: RouteContext) {
  admin(request);
  const target = definitionFor(params.id);
  const period = await parseBody(request, backtestInputSchema);
  const submissions = db.intakeSubmissions.list().filter((s) => s.definitionId === ENTREE);
  // a pseudonym for this backtest only: random, so two backtests cannot be linked by it
  const used = new Set<string>();
  const pseudonym = () => {
    for (;;) {
      const bytes = crypto.getRandomValues(new Uint8Array(3));
      const code = `C-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
      if (!used.has(code)) {
        used.add(code);
        return code;
      }
    }
  };
  return json(backtestResultSchema.parse(backtest(target.definition, submissions, period, pseudonym)));
}

export const handlers = [
  route('GET', '/intake/rule-versions', ({ request }) => {
    admin(request);
    return json(versionList());
  }),
  route('GET', '/intake/rule-versions/:id', ({ request, params }) => {
    admin(request);
    const id = idSchema.safeParse(params.id);
    if (!id.success) return problem(400, { code: 'invalid-id' });
    const draft = db.intakeRuleDrafts.get(id.data);
    if (!draft) return problem(404, { code: 'not-found' });
    return json(ruleDraftSchema.parse(draft), { version: draft.version });
  }),
  route('PUT', '/intake/rule-versions/:id', putDraft),
  route('POST', '/intake/rule-versions/:id/backtest', runBacktest),
  route('POST', '/intake/rule-versions/:id/publish', publish),
];

const who = 'Only for a functioneel beheerder (403 for everyone else).';

export const operations: Operation[] = [
  {
    operationId: 'listIntakeRuleVersions',
    method: 'GET',
    path: '/intake/rule-versions',
    summary: 'The published versions of the entree rules and the drafts',
    description: `The log of published versions of the entreevragenlijst (newest first; id \`v{n}\`): when, by whom and why, and which earlier version a rollback published again; and the drafts. ${who}`,
    tag: 'intake-rules',
    auth: true,
    response: { name: 'RuleVersionList', schema: ruleVersionListSchema },
    responses: [200, 401, 403],
  },
  {
    operationId: 'getIntakeRuleDraft',
    method: 'GET',
    path: '/intake/rule-versions/{id}',
    summary: 'One draft of the entree rules',
    description: `A draft: the published version it was made on and its numbers (bands, points, the decision table in order). 404 for an unknown draft. ${who}`,
    tag: 'intake-rules',
    auth: true,
    response: { name: 'RuleDraft', schema: ruleDraftSchema },
    responses: [200, 400, 401, 403, 404],
    responseHeaders: ['ETag'],
  },
  {
    operationId: 'putIntakeRuleDraft',
    method: 'PUT',
    path: '/intake/rule-versions/{id}',
    summary: 'Save a draft of the entree rules',
    description: `Creates or changes a draft (an id made on the device). The numbers are put on the version \`basedOn\` and the result is checked like every definition: 422 with \`fieldErrors\` at the tuning's paths (\`tuning.decision.2.thresholds\`), \`tuning\` for a check of the whole definition. 409 published-version for an id \`v{n}\`; 412 when \`If-Match\` is stale. Honours \`Idempotency-Key\`. ${who}`,
    tag: 'intake-rules',
    auth: true,
    request: { name: 'RuleDraftInput', schema: ruleDraftInputSchema },
    response: { name: 'RuleDraft', schema: ruleDraftSchema },
    responses: [200, 400, 401, 403, 409, 412, 422],
    headers: ['Idempotency-Key', 'If-Match'],
    responseHeaders: ['ETag', 'Idempotent-Replayed'],
  },
  {
    operationId: 'backtestIntakeRuleVersion',
    method: 'POST',
    path: '/intake/rule-versions/{id}/backtest',
    summary: 'Backtest a version of the entree rules',
    description: `Scores the entreevragenlijsten handed in from \`from\` to \`to\` (inclusive, Dutch calendar days) again with a draft or a published version (\`v{n}\`): how many would get another proposal (line or rung), agreement with the coaches' decisions before and after (overall, per line, and the 3×3 table decision × proposal), and the changed cases pseudonymised — a random pseudonym per backtest, both proposals, the coach's line and only the choice and number answers that drove the change (no name, BSN, id, free text or date). Changes nothing. ${who}`,
    tag: 'intake-rules',
    auth: true,
    request: { name: 'BacktestInput', schema: backtestInputSchema },
    response: { name: 'BacktestResult', schema: backtestResultSchema },
    responses: [200, 400, 401, 403, 404, 422],
  },
  {
    operationId: 'publishIntakeRuleVersion',
    method: 'POST',
    path: '/intake/rule-versions/{id}/publish',
    summary: 'Publish a draft, or an earlier version again',
    description: `Publishes a draft as the next version of the entreevragenlijst, or — with \`v{n}\` — an earlier version's rules again on the current questions (a rollback), always with a reason (422 \`validation.tuning.reasonRequired\`). The draft is then gone. New drafts and submissions follow the new version; a client's draft in progress keeps its version until the app moves it. 409 draft-outdated when the draft was made on an older version. Honours \`Idempotency-Key\` (a resend publishes nothing twice). ${who}`,
    tag: 'intake-rules',
    auth: true,
    request: { name: 'PublishInput', schema: publishInputSchema },
    response: { name: 'RuleVersionList', schema: ruleVersionListSchema },
    responses: [201, 400, 401, 403, 404, 409, 422],
    headers: ['Idempotency-Key'],
    responseHeaders: ['Idempotent-Replayed'],
  },
];
