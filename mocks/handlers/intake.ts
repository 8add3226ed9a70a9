import { z } from 'zod';
import { definitionIdSchema, intakeDefinitionSchema, type Facts, type IntakeDefinition } from '#src/features/intake/definition/schemas.ts';
import { checkAnswers, pruneHiddenAnswers, score } from '#src/features/intake/definition/engine.ts';
import {
  decisionReasonMissing,
  intakeDecisionInputSchema,
  intakeDraftInputSchema,
  intakeDraftSchema,
  intakeOverviewSchema,
  intakeSubmissionInputSchema,
  intakeSubmissionSchema,
  questionnaireIdSchema,
  questionnaireRequestInputSchema,
  type IntakeOverview,
  type IntakeStatus,
  type QuestionnaireId,
} from '#src/features/intake/schemas.ts';
import { referenceFor } from '#src/features/intake/reference.ts';
import { db, intakeDraftKey, type ClientRecord, type IntakeSubmissionRecord } from '../db.ts';
import { nowIso, todayIso } from '../clock.ts';
import { withIdempotency } from '../idempotency.ts';
import { recordAccess } from '../audit.ts';
import { authenticate, authoriseClient, authoriseCoach, checkIfMatch, forbidden, json, logApplied, parseBody, personOf, problem, route, validationProblem, type Operation, type RouteContext } from '../http.ts';

/**
 * The entreevragenlijst: the published questionnaire versions, the client's draft
 * (versioned, one per client), the submission (an idempotent create with an id made on the
 * device; the server scores it with the same engine as the app) and the coach's decision.
 */

const ENTREE: QuestionnaireId = 'entree';

export function currentDefinition(id: string = ENTREE): IntakeDefinition | undefined {
  return db.intakeDefinitions
    .list()
    .filter((d) => d.id === id)
    .sort((a, b) => b.version - a.version)[0];
}

function definitionAt(version: number, id: string = ENTREE): IntakeDefinition | undefined {
  return db.intakeDefinitions.get(`${id}:${version}`);
}

/** Whole years between the birth date and today (the municipality's calendar day). */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

export function factsOf(client: ClientRecord): Facts {
  return { age: ageOn(client.birthDate, todayIso()) };
}

export function submissionOf(clientId: string, questionnaireId: QuestionnaireId = ENTREE): IntakeSubmissionRecord | undefined {
  return db.intakeSubmissions.list().find((s) => s.clientId === clientId && s.definitionId === questionnaireId);
}

function draftOf(clientId: string, questionnaireId: QuestionnaireId) {
  return db.intakeDrafts.get(intakeDraftKey(clientId, questionnaireId));
}

/** notStarted / inProgress (a draft with something in it) / submitted / decided. */
export function intakeStatusOf(clientId: string, questionnaireId: QuestionnaireId = ENTREE): IntakeStatus {
  const submission = submissionOf(clientId, questionnaireId);
  if (submission) return submission.decision ? 'decided' : 'submitted';
  const draft = draftOf(clientId, questionnaireId);
  return draft && (draft.started || Object.keys(draft.answers).length > 0) ? 'inProgress' : 'notStarted';
}

function overviewOf(client: ClientRecord, questionnaireId: QuestionnaireId = ENTREE): IntakeOverview {
  return intakeOverviewSchema.parse({
    clientId: client.id,
    clientName: client.name,
    status: intakeStatusOf(client.id, questionnaireId),
    submission: submissionOf(client.id, questionnaireId) ?? null,
    request: db.questionnaireRequests.get(`${questionnaireId}:${client.id}`) ?? null,
  });
}

function versionError(version: number, questionnaireId: QuestionnaireId): Response | null {
  return definitionAt(version, questionnaireId) ? null : validationProblem({ definitionVersion: ['validation.intake.unknownVersion'] });
}

function withQuestionnaire(raw: string | undefined, handle: (questionnaireId: QuestionnaireId) => Response | Promise<Response>) {
  if (!definitionIdSchema.safeParse(raw).success) return problem(400, { code: 'invalid-questionnaire-id' });
  const parsed = questionnaireIdSchema.safeParse(raw);
  if (!parsed.success) return problem(404, { code: 'not-found' });
  return handle(parsed.data);
}

function getDraft(request: Request, clientId: string, questionnaireId: QuestionnaireId) {
  const actor = authenticate(request);
  const client = authoriseClient(actor, clientId, 'read');
  recordAccess(request, actor, 'intake');
  const draft = draftOf(client.id, questionnaireId);
  const facts = factsOf(client);
  if (!draft) {
    const current = currentDefinition(questionnaireId);
    if (!current) return problem(404, { code: 'not-found' });
    return json(
      intakeDraftSchema.parse({ clientId: client.id, definitionVersion: current.version, answers: {}, helper: null, started: false, version: 0, updatedAt: null, facts }),
      { version: 0 },
    );
  }
  return json(intakeDraftSchema.parse({ ...draft, facts }), { version: draft.version });
}

async function putDraft(request: Request, clientId: string, questionnaireId: QuestionnaireId) {
  const actor = authenticate(request);
  const client = authoriseClient(actor, clientId, 'write');
  return withIdempotency(request, actor, async () => {
    const input = await parseBody(request, intakeDraftInputSchema);
    const unknownVersion = versionError(input.definitionVersion, questionnaireId);
    if (unknownVersion) throw unknownVersion;
    if (submissionOf(client.id, questionnaireId)) throw problem(409, { code: 'already-submitted' });
    const current = draftOf(client.id, questionnaireId);
    const currentVersion = current?.version ?? 0;
    // nothing saved yet is version 0 (`If-Match: "0"` for the first save)
    checkIfMatch(request, currentVersion, current ?? { version: 0 });
    const at = nowIso();
    const next = db.intakeDrafts.put({
      ...input,
      clientId: client.id,
      ...(questionnaireId === ENTREE ? {} : { questionnaireId }),
      version: currentVersion + 1,
      updatedAt: at,
    });
    db.clients.put({ ...client, lastActivityAt: at });
    logApplied(request, actor, `${questionnaireId === ENTREE ? 'intake' : questionnaireId}-draft:${client.id}`, { version: next.version });
    return json(intakeDraftSchema.parse({ ...next, facts: factsOf(client) }), { version: next.version });
  });
}

async function putSubmission(request: Request, clientId: string, questionnaireId: QuestionnaireId, submissionId: string) {
  const actor = authenticate(request);
  const client = authoriseClient(actor, clientId, 'write');
  const id = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/).safeParse(submissionId);
  if (!id.success) return problem(400, { code: 'invalid-id' });
  return withIdempotency(request, actor, async () => {
    const input = await parseBody(request, intakeSubmissionInputSchema);
    const existing = db.intakeSubmissions.get(id.data);
    // a resend of the same create (without or with a new key): the same answer, never a second submission
    if (existing) {
      if (existing.clientId !== client.id || existing.definitionId !== questionnaireId) throw forbidden();
      return json(intakeSubmissionSchema.parse(existing), { status: 200, version: existing.version });
    }
    if (submissionOf(client.id, questionnaireId)) throw problem(409, { code: 'already-submitted' });
    const definition = definitionAt(input.definitionVersion, questionnaireId);
    if (!definition) throw validationProblem({ definitionVersion: ['validation.intake.unknownVersion'] });
    const facts = factsOf(client);
    const answers = pruneHiddenAnswers(definition, input.answers, facts);
    const errors = checkAnswers(definition, answers, facts, todayIso());
    if (Object.keys(errors).length > 0) throw validationProblem(errors);
    const at = nowIso();
    const record = db.intakeSubmissions.put({
      id: id.data,
      clientId: client.id,
      reference: referenceFor(id.data),
      definitionId: definition.id,
      definitionVersion: definition.version,
      answers,
      helper: input.helper,
      facts,
      submittedAt: at,
      submittedBy: personOf(actor),
      result: score(definition, answers, facts),
      proposedAt: at,
      decision: null,
      version: 1,
    });
    db.intakeDrafts.delete(intakeDraftKey(client.id, questionnaireId));
    db.clients.put({ ...client, lastActivityAt: at });
    logApplied(request, actor, `${questionnaireId === ENTREE ? 'intake' : questionnaireId}-submission:${client.id}`, { version: record.version });
    return json(intakeSubmissionSchema.parse(record), { status: 201, version: record.version });
  });
}

function getOverview(request: Request, clientId: string, questionnaireId: QuestionnaireId) {
  const actor = authenticate(request);
  const client = authoriseClient(actor, clientId, 'read');
  recordAccess(request, actor, 'intake');
  return json(overviewOf(client, questionnaireId));
}

const versionParam = z.coerce.number().int().positive();

/** A published definition: the path's questionnaire (none: the entreevragenlijst), its current version or the one in the path. */
function getDefinition({ request, params }: RouteContext): Response {
  authenticate(request);
  const id = params.definitionId === undefined ? ENTREE : definitionIdSchema.safeParse(params.definitionId).data;
  if (id === undefined) return problem(400, { code: 'invalid-definition-id' });
  const version = params.version === undefined ? null : versionParam.safeParse(params.version).data;
  if (version === undefined) return problem(400, { code: 'invalid-version' });
  const definition = version === null ? currentDefinition(id) : definitionAt(version, id);
  if (!definition) return problem(404, { code: 'not-found' });
  return json(definition);
}

export const handlers = [
  // the entreevragenlijst's first paths, and any questionnaire by its id (`entree`, `participation`):
  // the current version, or one version
  route('GET', '/intake/definition', getDefinition),
  route('GET', '/intake/definition/:version', getDefinition),
  route('GET', '/intake/definitions/:definitionId', getDefinition),
  route('GET', '/intake/definitions/:definitionId/:version', getDefinition),

  // every questionnaire (entree, participation): draft, submission and where it stands
  route('GET', '/clients/:clientId/questionnaires/:questionnaireId/draft', ({ request, params }) =>
    withQuestionnaire(params.questionnaireId, (q) => getDraft(request, params.clientId ?? '', q)),
  ),
  route('PUT', '/clients/:clientId/questionnaires/:questionnaireId/draft', ({ request, params }) =>
    withQuestionnaire(params.questionnaireId, (q) => putDraft(request, params.clientId ?? '', q)),
  ),
  route('PUT', '/clients/:clientId/questionnaires/:questionnaireId/submissions/:submissionId', ({ request, params }) =>
    withQuestionnaire(params.questionnaireId, (q) => putSubmission(request, params.clientId ?? '', q, params.submissionId ?? '')),
  ),
  // the coach asks the client to fill in the aanvullende vragenlijst (also when the line is another)
  route('PUT', '/clients/:clientId/questionnaires/:questionnaireId/request', ({ request, params }) =>
    withQuestionnaire(params.questionnaireId, async (questionnaireId) => {
      const actor = authenticate(request);
      const client = authoriseCoach(actor, params.clientId ?? '');
      return withIdempotency(request, actor, async () => {
        await parseBody(request, questionnaireRequestInputSchema);
        if (questionnaireId === ENTREE) throw problem(409, { code: 'always-asked' });
        const key = `${questionnaireId}:${client.id}`;
        if (!db.questionnaireRequests.get(key)) {
          db.questionnaireRequests.put({ clientId: client.id, questionnaireId, requestedBy: personOf(actor), requestedAt: nowIso() });
          logApplied(request, actor, `questionnaire-request:${key}`, { version: 1 });
        }
        return json(overviewOf(client, questionnaireId));
      });
    }),
  ),
  route('GET', '/clients/:clientId/questionnaires/:questionnaireId', ({ request, params }) =>
    withQuestionnaire(params.questionnaireId, (q) => getOverview(request, params.clientId ?? '', q)),
  ),

  // the first paths of the entreevragenlijst (kept working)
  route('GET', '/clients/:clientId/intake/draft', ({ request, params }) => getDraft(request, params.clientId ?? '', ENTREE)),
  route('PUT', '/clients/:clientId/intake/draft', ({ request, params }) => putDraft(request, params.clientId ?? '', ENTREE)),
  route('PUT', '/clients/:clientId/intake/submissions/:submissionId', ({ request, params }) =>
    putSubmission(request, params.clientId ?? '', ENTREE, params.submissionId ?? ''),
  ),
  route('GET', '/clients/:clientId/intake', ({ request, params }) => getOverview(request, params.clientId ?? '', ENTREE)),

  route('PUT', '/clients/:clientId/intake/decision', async ({ request, params }) => {
    const actor = authenticate(request);
    // only the client's own coach decides
    const client = authoriseCoach(actor, params.clientId ?? '');
    return withIdempotency(request, actor, async () => {
      const input = await parseBody(request, intakeDecisionInputSchema);
      const submission = submissionOf(client.id);
      if (!submission) throw problem(409, { code: 'not-submitted' });
      if (decisionReasonMissing(input, submission.result.proposal.serviceLine)) throw validationProblem({ reason: ['validation.decision.reasonRequired'] });
      checkIfMatch(request, submission.version, submission);
      const at = nowIso();
      const next = db.intakeSubmissions.put({
        ...submission,
        decision: {
          serviceLine: input.serviceLine,
          reason: input.reason,
          proposedServiceLine: submission.result.proposal.serviceLine,
          decidedBy: personOf(actor),
          decidedAt: at,
          definitionVersion: submission.definitionVersion,
        },
        version: submission.version + 1,
      });
      db.clients.put({ ...client, serviceLine: input.serviceLine });
      logApplied(request, actor, `intake-decision:${client.id}`, { version: next.version });
      return json(overviewOf(db.clients.get(client.id) ?? client), { version: next.version });
    });
  }),
];

export const operations: Operation[] = [
  {
    operationId: 'getCurrentIntakeDefinition',
    method: 'GET',
    path: '/intake/definition',
    summary: 'The current entreevragenlijst',
    description:
      'The current published version of the entreevragenlijst as data: sections, questions with their texts in every language, conditions (showIf), scoring rules and the decision table that proposes a service line. Same as `/intake/definitions/entree`. 404 when none is published.',
    tag: 'intake',
    auth: true,
    response: { name: 'IntakeDefinition', schema: intakeDefinitionSchema },
    responses: [200, 401, 404],
  },
  {
    operationId: 'getIntakeDefinition',
    method: 'GET',
    path: '/intake/definition/{version}',
    summary: 'One version of the entreevragenlijst',
    description:
      'One published version of the entreevragenlijst: a draft or submission keeps the version it was started on. 400 invalid-version for a version that is not a positive integer; 404 for one that was never published.',
    tag: 'intake',
    auth: true,
    params: { version: versionParam },
    response: { name: 'IntakeDefinition', schema: intakeDefinitionSchema },
    responses: [200, 400, 401, 404],
  },
  {
    operationId: 'getCurrentQuestionnaireDefinition',
    method: 'GET',
    path: '/intake/definitions/{definitionId}',
    summary: 'The current version of a questionnaire',
    description:
      'The current published version of a questionnaire by id: `entree` (the entreevragenlijst) or `participation` (the aanvullende vragenlijst for maatschappelijke participatie). 400 invalid-definition-id for an id that is not camelCase letters and digits; 404 for an unknown one.',
    tag: 'intake',
    auth: true,
    params: { definitionId: definitionIdSchema },
    response: { name: 'IntakeDefinition', schema: intakeDefinitionSchema },
    responses: [200, 400, 401, 404],
  },
  {
    operationId: 'getQuestionnaireDefinition',
    method: 'GET',
    path: '/intake/definitions/{definitionId}/{version}',
    summary: 'One version of a questionnaire',
    description:
      'One published version of a questionnaire by id and version (drafts and submissions keep theirs). 400 for a malformed id or version; 404 when it does not exist.',
    tag: 'intake',
    auth: true,
    params: { definitionId: definitionIdSchema, version: versionParam },
    response: { name: 'IntakeDefinition', schema: intakeDefinitionSchema },
    responses: [200, 400, 401, 404],
  },
  {
    operationId: 'getIntakeDraft',
    method: 'GET',
    path: '/clients/{clientId}/intake/draft',
    summary: "The client's entreevragenlijst draft",
    description:
      'The unfinished entreevragenlijst (the first path of `/clients/{clientId}/questionnaires/entree/draft`, kept working): the answers so far, the definition version, the facts the questions depend on (age), and `version` (also the `ETag`). Version 0 with no answers when nothing was saved yet. For the client, their coach, or an authorised helper.',
    tag: 'intake',
    auth: true,
    response: { name: 'IntakeDraft', schema: intakeDraftSchema },
    responses: [200, 401, 403, 404],
    responseHeaders: ['ETag'],
  },
  {
    operationId: 'putIntakeDraft',
    method: 'PUT',
    path: '/clients/{clientId}/intake/draft',
    summary: 'Save the entreevragenlijst draft',
    description:
      "Saves the unfinished entreevragenlijst (the client, or a helper with write scope). Send the draft's `ETag` as `If-Match` (`\"0\"` for the first save): stale gets 412 version-mismatch with the server's draft in `current`. 409 already-submitted once the questionnaire is submitted; 422 validation.intake.unknownVersion for an unpublished definition version. Honours `Idempotency-Key`.",
    tag: 'intake',
    auth: true,
    request: { name: 'IntakeDraftInput', schema: intakeDraftInputSchema },
    response: { name: 'IntakeDraft', schema: intakeDraftSchema },
    responses: [200, 400, 401, 403, 409, 412, 422],
    headers: ['Idempotency-Key', 'If-Match'],
    responseHeaders: ['ETag', 'Idempotent-Replayed'],
  },
  {
    operationId: 'putIntakeSubmission',
    method: 'PUT',
    path: '/clients/{clientId}/intake/submissions/{submissionId}',
    summary: 'Submit the entreevragenlijst',
    description:
      'Submits the entreevragenlijst with an id made on the device. The server drops answers to hidden questions, checks the rest (422 with `fieldErrors` per question), scores them and proposes a service line (201 with the submission and its `reference`); the draft is removed. The same id again answers the stored submission (200), never a second one; 409 already-submitted when another submission exists. The client, or a helper with write scope.',
    tag: 'intake',
    auth: true,
    request: { name: 'IntakeSubmissionInput', schema: intakeSubmissionInputSchema },
    response: { name: 'IntakeSubmission', schema: intakeSubmissionSchema },
    responses: [200, 201, 400, 401, 403, 409, 422],
    headers: ['Idempotency-Key'],
    responseHeaders: ['ETag', 'Idempotent-Replayed'],
  },
  {
    operationId: 'getIntake',
    method: 'GET',
    path: '/clients/{clientId}/intake',
    summary: 'Where the entreevragenlijst stands',
    description:
      "The client's entreevragenlijst: its status, the submission with the proposed service line, and the coach's decision. For the client, their coach, or an authorised helper.",
    tag: 'intake',
    auth: true,
    response: { name: 'IntakeOverview', schema: intakeOverviewSchema },
    responses: [200, 401, 403],
  },
  {
    operationId: 'putIntakeDecision',
    method: 'PUT',
    path: '/clients/{clientId}/intake/decision',
    summary: 'Decide the service line',
    description:
      "The coach confirms or changes the proposed service line; a line other than the proposal needs a reason (422 `validation` with `fieldErrors.reason` otherwise), the proposed line may go without. The client's service line changes with it. Send the submission's `ETag` as `If-Match` (412 version-mismatch when someone decided meanwhile). 409 not-submitted when there is nothing to decide. Only the client's own coach; honours `Idempotency-Key`.",
    tag: 'intake',
    auth: true,
    request: { name: 'IntakeDecisionInput', schema: intakeDecisionInputSchema },
    response: { name: 'IntakeOverview', schema: intakeOverviewSchema },
    responses: [200, 400, 401, 403, 409, 412, 422],
    headers: ['Idempotency-Key', 'If-Match'],
    responseHeaders: ['ETag', 'Idempotent-Replayed'],
  },
  {
    operationId: 'getQuestionnaireDraft',
    method: 'GET',
    path: '/clients/{clientId}/questionnaires/{questionnaireId}/draft',
    summary: "A questionnaire's draft",
    description:
      'The unfinished questionnaire (`entree` or `participation`) with its answers, definition version, facts and `version` (also the `ETag`); version 0 with no answers when nothing was saved yet. 400 for a malformed questionnaire id, 404 for an unknown one. For the client, their coach, or an authorised helper.',
    tag: 'intake',
    auth: true,
    params: { questionnaireId: questionnaireIdSchema },
    response: { name: 'IntakeDraft', schema: intakeDraftSchema },
    responses: [200, 400, 401, 403, 404],
    responseHeaders: ['ETag'],
  },
  {
    operationId: 'putQuestionnaireDraft',
    method: 'PUT',
    path: '/clients/{clientId}/questionnaires/{questionnaireId}/draft',
    summary: "Save a questionnaire's draft",
    description:
      "Saves the unfinished questionnaire (the client, or a helper with write scope). Versioned like the entree draft: `If-Match` with the draft's `ETag` (`\"0\"` for the first save), 412 version-mismatch when stale. 409 already-submitted after submitting; 422 for an unpublished definition version. Honours `Idempotency-Key`.",
    tag: 'intake',
    auth: true,
    params: { questionnaireId: questionnaireIdSchema },
    request: { name: 'IntakeDraftInput', schema: intakeDraftInputSchema },
    response: { name: 'IntakeDraft', schema: intakeDraftSchema },
    responses: [200, 400, 401, 403, 404, 409, 412, 422],
    headers: ['Idempotency-Key', 'If-Match'],
    responseHeaders: ['ETag', 'Idempotent-Replayed'],
  },
  {
    operationId: 'putQuestionnaireSubmission',
    method: 'PUT',
    path: '/clients/{clientId}/questionnaires/{questionnaireId}/submissions/{submissionId}',
    summary: 'Submit a questionnaire',
    description:
      'Submits a questionnaire (`entree` or `participation`) with an id made on the device: answers are checked (422 per question) and scored; for the entree the answer holds the proposed service line, for participation the outcome (line, rung, factors). The same id again answers the stored submission (200); 409 already-submitted when another exists. The client, or a helper with write scope.',
    tag: 'intake',
    auth: true,
    params: { questionnaireId: questionnaireIdSchema },
    request: { name: 'IntakeSubmissionInput', schema: intakeSubmissionInputSchema },
    response: { name: 'IntakeSubmission', schema: intakeSubmissionSchema },
    responses: [200, 201, 400, 401, 403, 404, 409, 422],
    headers: ['Idempotency-Key'],
    responseHeaders: ['ETag', 'Idempotent-Replayed'],
  },
  {
    operationId: 'getQuestionnaire',
    method: 'GET',
    path: '/clients/{clientId}/questionnaires/{questionnaireId}',
    summary: 'Where a questionnaire stands',
    description:
      "One of the client's questionnaires: its status, the submission with its outcome, the decision (entree) and whether the coach asked for it (participation). For the client, their coach, or an authorised helper.",
    tag: 'intake',
    auth: true,
    params: { questionnaireId: questionnaireIdSchema },
    response: { name: 'IntakeOverview', schema: intakeOverviewSchema },
    responses: [200, 400, 401, 403, 404],
  },
  {
    operationId: 'putQuestionnaireRequest',
    method: 'PUT',
    path: '/clients/{clientId}/questionnaires/{questionnaireId}/request',
    summary: 'Ask the client to fill in a questionnaire',
    description:
      "The coach asks the client to fill in the aanvullende vragenlijst (`participation`), also when the client's line is another; asking again changes nothing. 409 always-asked for `entree` (every client fills it in). Only the client's own coach; honours `Idempotency-Key`.",
    tag: 'intake',
    auth: true,
    params: { questionnaireId: questionnaireIdSchema },
    request: { name: 'QuestionnaireRequestInput', schema: questionnaireRequestInputSchema },
    response: { name: 'IntakeOverview', schema: intakeOverviewSchema },
    responses: [200, 400, 401, 403, 404, 409, 422],
    headers: ['Idempotency-Key'],
    responseHeaders: ['Idempotent-Replayed'],
  },
];
