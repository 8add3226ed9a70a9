import configData from '#src/features/work-folder/config/werkmap-v1.json' with { type: 'json' };
import {
  activityInputSchema,
  activitySchema,
  feedbackInputSchema,
  feedbackSeenInputSchema,
  normInputSchema,
  normSchema,
  proofUploadStatusSchema,
  submissionInputSchema,
  submissionSchema,
  workFolderConfigSchema,
  workFolderSchema,
  type Norm,
} from '#src/features/work-folder/schemas.ts';
import { activityFieldErrors, applyActivityWrite, currentProgress, holidayDaysInYear, toHandIn } from '#src/features/work-folder/rules.ts';
import type { Obligation } from '#src/features/home/schemas.ts';
import { db, type ClientRecord, type FileUploadRecord } from '../db.ts';
import { chunkIndexParam, receiveChunk, startUpload, uploadStatus as fileStatus } from '../uploads.ts';
import { fileChunkInputSchema, fileUploadInputSchema } from '#src/shared/files/schemas.ts';
import { nowIso, todayIso } from '../clock.ts';
import { benefitApplicationDateOf } from '../derive.ts';
import { withIdempotency } from '../idempotency.ts';
import { recordAccess } from '../audit.ts';
import { authenticate, authoriseClient, authoriseCoach, checkIfMatch, forbidden, json, logApplied, mergeFieldErrors, parseBody, personOf, problem, route, validationProblem, validId, type Actor, type Operation } from '../http.ts';
import { CHUNK_BODY_MAX_BYTES } from '../limits.ts';

/**
 * The werkmap: configuration (activity types, what counts, default norm), the client's
 * activities (created with ids made on the device: `PUT .../activities/{id}`, versioned,
 * idempotent), hand-ins that lock a period's activities (a later change is a correction with
 * a reason, the history is kept), the coach's feedback per activity and the client's norm.
 * The client (or a helper with write scope) writes activities; only the client's own coach
 * gives feedback and sets the norm.
 */

export const workFolderConfig = workFolderConfigSchema.parse(configData);

/** The client's norm: set by the coach, or the configuration's default from the aanvraag (today when unknown). */
export function normOf(client: ClientRecord): Norm {
  const stored = db.norms.get(client.id);
  if (stored) {
    const { clientId: _clientId, ...norm } = stored;
    return norm;
  }
  return { ...workFolderConfig.defaultNorm, start: benefitApplicationDateOf(client) ?? todayIso(), freePeriods: [], setBy: null };
}

function activitiesOf(clientId: string) {
  return db.activities
    .list()
    .filter((a) => a.clientId === clientId)
    .sort((a, b) => (a.date === b.date ? b.createdAt.localeCompare(a.createdAt) : b.date.localeCompare(a.date)));
}

/** The home screen's "Solliciteren" obligation: this period's count against the norm (holidays and exemptions taken into account). */
export function applicationsObligation(client: ClientRecord): Obligation {
  const progress = currentProgress(activitiesOf(client.id), normOf(client), workFolderConfig, todayIso());
  const status = progress.met ? 'done' : progress.count > 0 ? 'inProgress' : 'notStarted';
  const obligation: Obligation = { id: 'applications', status, count: progress.count, daysLeft: progress.daysLeft };
  if (progress.required > 0) obligation.norm = progress.required;
  const newFeedback = activitiesOf(client.id).filter((a) => a.feedback.some((f) => !f.seenAt)).length;
  if (newFeedback > 0) obligation.newFeedback = newFeedback;
  return obligation;
}

function proofUploadStatus(upload: FileUploadRecord) {
  const activityId = upload.owner.slice('activity:'.length);
  const proof = upload.complete ? (db.activities.get(activityId)?.proofs.find((p) => p.id === upload.id) ?? null) : null;
  return proofUploadStatusSchema.parse({ ...fileStatus(upload), proof });
}

/** All chunks are in: put the proof on the activity (once). */
function putProofOnActivity(request: Request, actor: Actor, upload: FileUploadRecord): void {
  const activity = db.activities.get(upload.owner.slice('activity:'.length));
  if (!activity) throw problem(404, { code: 'not-found' });
  db.activities.put({
    ...activity,
    proofs: [...activity.proofs, { id: upload.id, name: upload.name, type: upload.type, size: upload.size, uploadedAt: nowIso(), uploadedBy: personOf(actor) }],
  });
  logApplied(request, actor, `proof:${upload.id}`);
}

export const handlers = [
  route('GET', '/work-folder/config', ({ request }) => {
    authenticate(request);
    return json(workFolderConfig, { version: workFolderConfig.version });
  }),

  route('GET', '/clients/:clientId/work-folder', ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseClient(actor, params.clientId ?? '', 'read');
    recordAccess(request, actor, 'work-folder');
    return json(
      workFolderSchema.parse({
        clientId: client.id,
        clientName: client.name,
        norm: normOf(client),
        activities: activitiesOf(client.id),
        submissions: db.submissions
          .list()
          .filter((s) => s.clientId === client.id)
          .sort((a, b) => b.periodStart.localeCompare(a.periodStart)),
      }),
    );
  }),

  route('PUT', '/clients/:clientId/activities/:activityId', async ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseClient(actor, params.clientId ?? '', 'write');
    const id = validId(params.activityId);
    return withIdempotency(request, actor, async () => {
      const input = await parseBody(request, activityInputSchema, (raw) => {
        const parsed = activityInputSchema.safeParse(raw);
        const errors: Record<string, string[]> = {};
        const date = (raw as { date?: unknown } | null)?.date;
        if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) && date > todayIso()) errors.date = ['validation.date.future'];
        return parsed.success ? mergeFieldErrors(errors, activityFieldErrors(parsed.data, workFolderConfig)) : errors;
      });
      const current = db.activities.get(id);
      if (current && current.clientId !== client.id) throw problem(404, { code: 'not-found' });
      checkIfMatch(request, current?.version ?? null, current);
      const result = applyActivityWrite(current, input, { id, clientId: client.id, actor: personOf(actor), at: nowIso() });
      if (!result.ok) throw validationProblem(result.fieldErrors);
      const saved = db.activities.put(result.activity);
      db.clients.put({ ...client, lastActivityAt: saved.updatedAt });
      logApplied(request, actor, `activity:${id}`, { version: saved.version });
      return json(activitySchema.parse(saved), { status: result.created ? 201 : 200, version: saved.version });
    });
  }),

  route('PUT', '/clients/:clientId/activities/:activityId/proofs/:proofId', async ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseClient(actor, params.clientId ?? '', 'write');
    const activityId = validId(params.activityId);
    const activity = db.activities.get(activityId);
    if (!activity || activity.clientId !== client.id) throw problem(404, { code: 'not-found' });
    const { upload, created } = await startUpload(request, client.id, params.proofId, `activity:${activityId}`);
    return json(proofUploadStatus(upload), { status: created ? 201 : 200 });
  }),

  route('PUT', '/clients/:clientId/activities/:activityId/proofs/:proofId/chunks/:index', async ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseClient(actor, params.clientId ?? '', 'write');
    const owner = `activity:${validId(params.activityId)}`;
    const upload = await receiveChunk(request, client.id, params.proofId, params.index, owner, (done) => putProofOnActivity(request, actor, done));
    return json(proofUploadStatus(upload));
  }),

  route('PUT', '/clients/:clientId/submissions/:submissionId', async ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseClient(actor, params.clientId ?? '', 'write');
    const id = validId(params.submissionId);
    return withIdempotency(request, actor, async () => {
      const input = await parseBody(request, submissionInputSchema);
      if (db.submissions.get(id)) throw problem(409, { code: 'already-handed-in' });
      if (input.periodEnd > todayIso()) throw validationProblem({ periodEnd: ['validation.date.future'] });
      const at = nowIso();
      const open = toHandIn(activitiesOf(client.id), input.periodStart, input.periodEnd);
      let locked = open;
      if (input.activityIds) {
        // exactly what the client saw: not one that came in from another device meanwhile
        const chosen = new Set(input.activityIds);
        const known = db.activities.list().filter((a) => a.clientId === client.id && chosen.has(a.id));
        const outside = known.filter((a) => !a.handedIn && (a.date < input.periodStart || a.date > input.periodEnd));
        if (known.length < chosen.size || outside.length > 0) {
          throw problem(422, { code: 'activities-changed', fieldErrors: { _form: ['validation.submission.changed'] } });
        }
        locked = open.filter((a) => chosen.has(a.id));
      }
      if (locked.length === 0) throw validationProblem({ _form: ['validation.submission.empty'] });
      for (const activity of locked) db.activities.put({ ...activity, handedIn: { submissionId: id, at } });
      const submission = db.submissions.put({
        id,
        clientId: client.id,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        activityIds: locked.map((a) => a.id),
        handedInAt: at,
        handedInBy: personOf(actor),
      });
      logApplied(request, actor, `submission:${id}`);
      return json(submissionSchema.parse(submission), { status: 201 });
    });
  }),

  route('PUT', '/clients/:clientId/activities/:activityId/feedback/:feedbackId', async ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseCoach(actor, params.clientId ?? '');
    const activityId = validId(params.activityId);
    const feedbackId = validId(params.feedbackId);
    return withIdempotency(request, actor, async () => {
      const input = await parseBody(request, feedbackInputSchema);
      const current = db.activities.get(activityId);
      if (!current || current.clientId !== client.id) throw problem(404, { code: 'not-found' });
      if (current.feedback.some((f) => f.id === feedbackId)) throw problem(409, { code: 'feedback-exists' });
      const saved = db.activities.put({
        ...current,
        feedback: [...current.feedback, { id: feedbackId, ...input, at: nowIso(), by: personOf(actor), activityVersion: current.version }],
      });
      logApplied(request, actor, `feedback:${activityId}`, { version: saved.version });
      return json(activitySchema.parse(saved), { version: saved.version });
    });
  }),

  route('PUT', '/clients/:clientId/activities/:activityId/feedback-seen', async ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseClient(actor, params.clientId ?? '', 'read');
    // only the client reading it makes feedback "read" (not their coach or a helper)
    if (actor.user.role !== 'client') throw forbidden();
    const activityId = validId(params.activityId);
    return withIdempotency(request, actor, async () => {
      const input = await parseBody(request, feedbackSeenInputSchema);
      const current = db.activities.get(activityId);
      if (!current || current.clientId !== client.id) throw problem(404, { code: 'not-found' });
      const at = nowIso();
      const ids = new Set(input.feedbackIds);
      // not a new version of the activity: reading is not a change of its content
      const saved = db.activities.put({
        ...current,
        feedback: current.feedback.map((f) => (ids.has(f.id) && !f.seenAt ? { ...f, seenAt: at } : f)),
      });
      logApplied(request, actor, `feedback-seen:${activityId}`, { version: saved.version });
      return json(activitySchema.parse(saved), { version: saved.version });
    });
  }),

  route('PUT', '/clients/:clientId/norm', async ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseCoach(actor, params.clientId ?? '');
    return withIdempotency(request, actor, async () => {
      const input = await parseBody(request, normInputSchema, (raw) => {
        const parsed = normInputSchema.safeParse(raw);
        if (!parsed.success) return {};
        const errors: Record<string, string[]> = {};
        parsed.data.freePeriods.forEach((p, i) => {
          if (p.end < p.start) errors[`freePeriods.${i}.end`] = ['validation.norm.freePeriod.endBeforeStart'];
        });
        const years = new Set(parsed.data.freePeriods.flatMap((p) => [Number(p.start.slice(0, 4)), Number(p.end.slice(0, 4))]));
        for (const year of years) {
          if (holidayDaysInYear(parsed.data.freePeriods, year) > workFolderConfig.holidayDaysPerYear) errors.freePeriods = ['validation.norm.tooManyHolidays'];
        }
        return errors;
      });
      const norm: Norm = { ...input, setBy: personOf(actor) };
      db.norms.put({ ...norm, clientId: client.id });
      logApplied(request, actor, `norm:${client.id}`);
      return json(normSchema.parse(norm));
    });
  }),
];


export const operations: Operation[] = [
  {
    operationId: 'getWorkFolderConfig',
    method: 'GET',
    path: '/work-folder/config',
    summary: 'Werkmap configuration',
    description:
      'The activity types (their fields, which are required, whether they count for the sollicitatieplicht), the default norm, the window in which a similar activity counts as a duplicate, and the holiday days per year. The same for everyone; the `ETag` changes when it does.',
    tag: 'work-folder',
    auth: true,
    response: { name: 'WorkFolderConfig', schema: workFolderConfigSchema },
    responses: [200, 401],
    responseHeaders: ['ETag'],
  },
  {
    operationId: 'getWorkFolder',
    method: 'GET',
    path: '/clients/{clientId}/work-folder',
    summary: "A client's werkmap",
    description:
      "The client's norm, activities (newest first, each with its history and the coach's feedback) and hand-ins. For the client, their coach, or an authorised helper; every read is written to the access log.",
    tag: 'work-folder',
    auth: true,
    response: { name: 'WorkFolder', schema: workFolderSchema },
    responses: [200, 401, 403],
  },
  {
    operationId: 'putActivity',
    method: 'PUT',
    path: '/clients/{clientId}/activities/{activityId}',
    summary: 'Create or change an activity',
    description:
      'Creates an activity with an id made on the device (201) or changes one (200). Required fields follow the activity type (see the werkmap configuration); dates may not be in the future. Every change is a new version that keeps the old content in `history`; changing a handed-in activity needs a `correctionReason`. Send the `ETag` as `If-Match` when changing (412 version-mismatch with `current` when stale). The client, or a helper with write scope; honours `Idempotency-Key`.',
    tag: 'work-folder',
    auth: true,
    request: { name: 'ActivityInput', schema: activityInputSchema },
    response: { name: 'Activity', schema: activitySchema },
    responses: [200, 201, 400, 401, 403, 404, 409, 412, 422],
    headers: ['Idempotency-Key', 'If-Match'],
    responseHeaders: ['ETag', 'Idempotent-Replayed'],
  },
  {
    operationId: 'putProofUpload',
    method: 'PUT',
    path: '/clients/{clientId}/activities/{activityId}/proofs/{proofId}',
    summary: 'Start or resume a proof upload',
    description:
      'Starts a chunked upload of a proof (photo or PDF) for an activity, with a file id made on the device (201), or resumes it (200: which chunks arrived). The body declares name, type (JPEG, PNG, WebP or PDF), size (at most 8 MiB) and the number of chunks. 409 file-id-reused when the id is in use with another size or owner. The client, or a helper with write scope.',
    tag: 'work-folder',
    auth: true,
    request: { name: 'FileUploadInput', schema: fileUploadInputSchema },
    response: { name: 'ProofUploadStatus', schema: proofUploadStatusSchema },
    responses: [200, 201, 400, 401, 403, 404, 409, 422],
  },
  {
    operationId: 'putProofChunk',
    method: 'PUT',
    path: '/clients/{clientId}/activities/{activityId}/proofs/{proofId}/chunks/{index}',
    summary: 'Send one chunk of a proof',
    description:
      'One chunk of a proof upload, base64, by its index (0-based). Sending a chunk again is harmless when the bytes are the same; other bytes get 409 chunk-mismatch and the first bytes stay. The file must be what its type says (magic bytes, checked on the first chunk and the whole file; else 422 file-content-mismatch). When the last chunk arrives the size is checked (422 validation.file.broken, and the chunks are dropped, when it does not match) and the proof is put on the activity. 400 invalid-chunk for an index outside the upload; 404 when the upload was never started.',
    tag: 'work-folder',
    auth: true,
    params: { index: chunkIndexParam },
    request: { name: 'FileChunkInput', schema: fileChunkInputSchema },
    maxBodyBytes: CHUNK_BODY_MAX_BYTES,
    response: { name: 'ProofUploadStatus', schema: proofUploadStatusSchema },
    responses: [200, 400, 401, 403, 404, 409, 422],
  },
  {
    operationId: 'putSubmission',
    method: 'PUT',
    path: '/clients/{clientId}/submissions/{submissionId}',
    summary: 'Hand in a period',
    description:
      'Hands in (indienen) a period with an id made on the device (201): the activities in `activityIds` (what the client saw) are locked; without a list every open activity of the period. 422 activities-changed when a listed activity is unknown or outside the period (ones handed in meanwhile are skipped); 422 validation.submission.empty when nothing is left; the period may not end in the future. 409 already-handed-in for an id used before. The client, or a helper with write scope; honours `Idempotency-Key`.',
    tag: 'work-folder',
    auth: true,
    request: { name: 'SubmissionInput', schema: submissionInputSchema },
    response: { name: 'Submission', schema: submissionSchema },
    responses: [201, 400, 401, 403, 409, 422],
    headers: ['Idempotency-Key'],
    responseHeaders: ['Idempotent-Replayed'],
  },
  {
    operationId: 'putActivityFeedback',
    method: 'PUT',
    path: '/clients/{clientId}/activities/{activityId}/feedback/{feedbackId}',
    summary: 'Give feedback on an activity',
    description:
      "The coach's feedback on an activity: akkoord, vraag or niet akkoord, with a comment, for the version the coach saw. The id is made on the device; 409 feedback-exists when it was used before (unless it is a replay of the same `Idempotency-Key`). Only the client's own coach.",
    tag: 'work-folder',
    auth: true,
    request: { name: 'FeedbackInput', schema: feedbackInputSchema },
    response: { name: 'Activity', schema: activitySchema },
    responses: [200, 400, 401, 403, 404, 409, 422],
    headers: ['Idempotency-Key'],
    responseHeaders: ['ETag', 'Idempotent-Replayed'],
  },
  {
    operationId: 'putFeedbackSeen',
    method: 'PUT',
    path: '/clients/{clientId}/activities/{activityId}/feedback-seen',
    summary: 'Mark feedback read',
    description:
      'The client opened the activity: the listed feedback items get `seenAt` (those already read keep theirs). Not a new version of the activity. Only the client themself (a coach or helper gets 403); honours `Idempotency-Key`.',
    tag: 'work-folder',
    auth: true,
    request: { name: 'FeedbackSeenInput', schema: feedbackSeenInputSchema },
    response: { name: 'Activity', schema: activitySchema },
    responses: [200, 400, 401, 403, 404, 409, 422],
    headers: ['Idempotency-Key'],
    responseHeaders: ['ETag', 'Idempotent-Replayed'],
  },
  {
    operationId: 'putNorm',
    method: 'PUT',
    path: '/clients/{clientId}/norm',
    summary: "Set the client's norm",
    description:
      "Sets the client's norm (applications per period), holidays and exemptions. The server refuses a holiday that ends before it starts and more holiday days per year than the configuration allows (field errors). Only the client's own coach; honours `Idempotency-Key`.",
    tag: 'work-folder',
    auth: true,
    request: { name: 'NormInput', schema: normInputSchema },
    response: { name: 'Norm', schema: normSchema },
    responses: [200, 400, 401, 403, 409, 422],
    headers: ['Idempotency-Key'],
    responseHeaders: ['Idempotent-Replayed'],
  },
];
