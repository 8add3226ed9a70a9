import { z } from 'zod';
import {
  caseloadSchema,
  coachClientSchema,
  coachNoteInputSchema,
  coachNoteSchema,
  reviewInputSchema,
  reviewRecordedSchema,
  timelineSchema,
  TIMELINE_PAGE,
  type CaseloadEntry,
  type CoachClient,
  type TimelineItem,
} from '#src/features/coach/schemas.ts';
import { computeSignals, needsProof, proofLookbackFrom, reviewDueOn } from '#src/features/coach/signals.ts';
import { currentProgress, periodAt, progressIn } from '#src/features/work-folder/rules.ts';
import { db, type ActivityRecord, type ClientRecord, type MessageRecord, type ReviewRecord, type TaskRecord } from '../db.ts';
import { now, nowIso, todayIso } from '../clock.ts';
import { searchPeriodOf } from '../derive.ts';
import { searchPeriodStatus } from '#src/shared/lib/search-period.ts';
import { withIdempotency } from '../idempotency.ts';
import { authenticate, authoriseCoach, json, logApplied, parseBody, personOf, problem, requireRole, route, validationProblem, validId, type Operation } from '../http.ts';
import { normOf, workFolderConfig } from './activities.ts';
import { intakeStatusOf, submissionOf } from './intake.ts';
import { vacancyCountsOf } from './vacancies.ts';
import { ladderOf, recordRung } from './ladder.ts';
import { recordAccess } from '../audit.ts';

/**
 * The e-coach's workspace: the caseload with signals (computed here, with the pure rules of
 * `src/features/coach/signals.ts`), one client's summary, a timeline of everything, coach-only
 * notes and the three-month review. Only the client's own coach; a client never sees notes.
 * The caseload groups every collection by client once per request, so it stays linear in the
 * size of the store (150 clients × 200 activities × 100 messages is the bench).
 */

type ByClient = {
  activities: Map<string, ActivityRecord[]>;
  messages: Map<string, MessageRecord[]>;
  tasks: Map<string, TaskRecord[]>;
  reviews: Map<string, ReviewRecord[]>;
};

function group<T extends { clientId: string }>(records: Iterable<T>, ids: Set<string>): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const record of records) {
    if (!ids.has(record.clientId)) continue;
    const list = out.get(record.clientId);
    if (list) list.push(record);
    else out.set(record.clientId, [record]);
  }
  return out;
}

function indexFor(clients: readonly ClientRecord[]): ByClient {
  const ids = new Set(clients.map((c) => c.id));
  return {
    activities: group(db.activities.values(), ids),
    messages: group(db.messages.values(), ids),
    tasks: group(db.tasks.values(), ids),
    reviews: group(db.reviews.values(), ids),
  };
}

const maxIso = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

/** When the current service line was set: the last review that moved the client, else the intake decision, else the end of the zoekperiode. */
function lineSetOn(client: ClientRecord, reviews: readonly ReviewRecord[]): string | null {
  const moved = reviews.filter((r) => r.serviceLineAfter !== r.serviceLineBefore).sort((a, b) => b.reviewedAt.localeCompare(a.reviewedAt))[0];
  if (moved) return moved.reviewedAt.slice(0, 10);
  const decision = submissionOf(client.id)?.decision;
  if (decision && decision.serviceLine === client.serviceLine) return decision.decidedAt.slice(0, 10);
  return searchPeriodOf(client)?.end ?? null;
}

function entryOf(client: ClientRecord, index: ByClient, today: string, at: Date): CaseloadEntry & { searchPeriodStart: string | null; intakeStatus: CoachClient['intakeStatus']; reviewDueOn: string | null } {
  const activities = index.activities.get(client.id) ?? [];
  const messages = index.messages.get(client.id) ?? [];
  const tasks = index.tasks.get(client.id) ?? [];
  const reviews = index.reviews.get(client.id) ?? [];
  const period = searchPeriodOf(client);
  const norm = normOf(client);
  const progress = currentProgress(activities, norm, workFolderConfig, today);
  const previousPeriod = progress.index >= 1 ? progressIn(activities, norm, workFolderConfig, periodAt(norm, progress.index - 1), today) : null;

  let lastActivityAt = client.lastActivityAt;
  let proofMissing = 0;
  const lookback = proofLookbackFrom(today);
  for (const activity of activities) {
    lastActivityAt = maxIso(lastActivityAt, activity.createdAt);
    if (activity.date >= lookback && activity.proofs.length === 0 && needsProof(activity)) proofMissing += 1;
  }

  let lastContactAt: string | null = null;
  let unreadMessages = 0;
  let unansweredSince: string | null = null;
  for (const message of [...messages].sort((a, b) => a.sentAt.localeCompare(b.sentAt))) {
    lastContactAt = message.sentAt;
    if (message.senderRole === 'coach') unansweredSince = null;
    else {
      unansweredSince ??= message.sentAt;
      if (message.readAt === null) unreadMessages += 1;
    }
  }

  let openTasks = 0;
  let overdueTasks = 0;
  for (const task of tasks) {
    if (task.doneAt !== null) continue;
    openTasks += 1;
    if (task.dueDate !== null && task.dueDate < today) overdueTasks += 1;
  }

  const intakeStatus = intakeStatusOf(client.id);
  const lastReview = reviews.reduce<string | null>((latest, r) => maxIso(latest, r.reviewedAt), null);
  const dueOn = reviewDueOn(client.serviceLine, lineSetOn(client, reviews), lastReview?.slice(0, 10) ?? null);
  const signals = computeSignals(
    {
      serviceLine: client.serviceLine,
      searchPeriodStart: period?.start ?? null,
      intakeStatus,
      lastActivityDate: lastActivityAt?.slice(0, 10) ?? null,
      previousPeriod: previousPeriod ? { count: previousPeriod.count, required: previousPeriod.required } : null,
      proofMissing,
      unansweredSince,
      reviewDueOn: dueOn,
    },
    today,
    at,
  );
  return {
    clientId: client.id,
    name: client.name,
    serviceLine: client.serviceLine,
    searchPeriodStart: period?.start ?? null,
    searchPeriodEnd: period?.end ?? null,
    searchPeriodStatus: searchPeriodStatus(period?.start ?? null, today),
    progress: { count: progress.count, required: progress.required, periodEnd: progress.end },
    lastActivityAt,
    lastContactAt,
    unreadMessages,
    openTasks,
    overdueTasks,
    signals,
    intakeStatus,
    reviewDueOn: dueOn,
  };
}

const byNewest = <T,>(at: (x: T) => string) => (a: T, b: T) => at(b).localeCompare(at(a));

function notesOf(clientId: string) {
  return db.coachNotes
    .list()
    .filter((n) => n.clientId === clientId)
    .sort(byNewest((n) => n.createdAt));
}

function reviewsOf(clientId: string) {
  return db.reviews
    .list()
    .filter((r) => r.clientId === clientId)
    .sort(byNewest((r) => r.reviewedAt));
}

/** The latest review, in the words the client may see (for the client's home). */
export function latestReviewFor(clientId: string) {
  const review = reviewsOf(clientId)[0];
  return review ? { decision: review.decision, reason: review.reason, reviewedAt: review.reviewedAt, serviceLineAfter: review.serviceLineAfter } : null;
}

const cut = (text: string, max = 200) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Everything that happened for a client, newest first. */
export function timelineOf(client: ClientRecord): TimelineItem[] {
  const items: TimelineItem[] = [];
  // "Ik heb gesolliciteerd" (issue 19): the activity it made shows as an application, with its outcome
  const applied = new Set(db.vacancyApplications.list().filter((v) => v.clientId === client.id).map((v) => v.activityId));
  for (const a of db.activities.values()) {
    if (a.clientId !== client.id) continue;
    const text = [a.employer || a.eventTitle || a.contactName, a.jobTitle].filter(Boolean).join(' · ');
    if (applied.has(a.id)) items.push({ id: `vacancyApplied:${a.id}`, kind: 'vacancyApplied', at: a.createdAt, by: a.createdBy.name, text, tag: a.results.at(-1)?.status ?? null });
    else items.push({ id: `activity:${a.id}`, kind: 'activity', at: a.createdAt, by: a.createdBy.name, text, tag: a.typeId });
    for (const f of a.feedback) items.push({ id: `feedback:${f.id}`, kind: 'feedback', at: f.at, by: f.by.name, text: cut(f.comment), tag: f.verdict });
  }
  for (const s of db.submissions.values()) {
    if (s.clientId === client.id) items.push({ id: `handIn:${s.id}`, kind: 'handIn', at: s.handedInAt, by: s.handedInBy.name, text: `${s.periodStart} – ${s.periodEnd}`, tag: String(s.activityIds.length) });
  }
  const intake = submissionOf(client.id);
  if (intake) {
    items.push({ id: `intake:${intake.id}`, kind: 'intakeSubmitted', at: intake.submittedAt, by: intake.submittedBy.name, text: intake.reference, tag: intake.result.proposal.serviceLine });
    if (intake.decision) items.push({ id: `decision:${intake.id}`, kind: 'intakeDecided', at: intake.decision.decidedAt, by: intake.decision.decidedBy.name, text: cut(intake.decision.reason), tag: intake.decision.serviceLine });
  }
  for (const m of db.messages.values()) {
    if (m.clientId === client.id) items.push({ id: `message:${m.id}`, kind: 'message', at: m.sentAt, by: m.senderName, text: cut(m.body), tag: m.senderRole });
  }
  for (const t of db.tasks.values()) {
    if (t.clientId !== client.id) continue;
    items.push({ id: `task:${t.id}`, kind: 'task', at: t.createdAt, by: db.users.get(t.createdBy)?.name ?? null, text: cut(t.title), tag: t.dueDate });
    if (t.doneAt) items.push({ id: `taskDone:${t.id}`, kind: 'taskDone', at: t.doneAt, by: t.doneBy ? (db.users.get(t.doneBy)?.name ?? db.clients.get(t.doneBy)?.name ?? null) : null, text: cut(t.title), tag: null });
  }
  for (const n of notesOf(client.id)) items.push({ id: `note:${n.id}`, kind: 'note', at: n.createdAt, by: n.createdBy.name, text: cut(n.text), tag: null });
  // a regisseur werk's proposals (issue 19): every step, with the vacancy's title
  for (const p of db.vacancyProposals.values()) {
    if (p.clientId !== client.id) continue;
    p.steps.forEach((step, i) => items.push({ id: `proposal:${p.id}:${i}`, kind: 'proposal', at: step.at, by: step.by?.name ?? null, text: p.vacancy.title, tag: step.status }));
  }
  for (const s of db.savedVacancies.values()) {
    if (s.clientId !== client.id) continue;
    const vacancy = db.vacancies.get(s.vacancyId);
    if (vacancy) items.push({ id: `vacancySaved:${s.vacancyId}`, kind: 'vacancySaved', at: s.savedAt, by: null, text: [vacancy.hiringOrganization.name, vacancy.title].join(' · '), tag: vacancy.validThrough });
  }
  for (const r of reviewsOf(client.id)) items.push({ id: `review:${r.id}`, kind: 'review', at: r.reviewedAt, by: r.reviewedBy.name, text: cut(r.reason), tag: r.decision });
  return items.sort((a, b) => b.at.localeCompare(a.at) || a.id.localeCompare(b.id));
}

export const handlers = [
  route('GET', '/coach/caseload', ({ request }) => {
    const actor = authenticate(request);
    requireRole(actor, 'coach');
    const clients = db.clients
      .list()
      .filter((client) => client.coachId === actor.user.id)
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    const index = indexFor(clients);
    const today = todayIso();
    const at = now();
    const entries = clients.map((client) => {
      const { searchPeriodStart: _s, intakeStatus: _i, reviewDueOn: _r, ...entry } = entryOf(client, index, today, at);
      return entry;
    });
    recordAccess(request, actor, 'caseload', clients.map((c) => c.id));
    return json(caseloadSchema.parse({ coachId: actor.user.id, clients: entries }));
  }),

  route('GET', '/coach/clients/:clientId', ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseCoach(actor, params.clientId ?? '');
    recordAccess(request, actor, 'client');
    const entry = entryOf(client, indexFor([client]), todayIso(), now());
    const vacancies = { ...vacancyCountsOf(client.id), proposals: db.vacancyProposals.list().filter((p) => p.clientId === client.id).length };
    return json(coachClientSchema.parse({ ...entry, reviews: reviewsOf(client.id), notes: notesOf(client.id), vacancies }));
  }),

  route('GET', '/clients/:clientId/timeline', ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseCoach(actor, params.clientId ?? '');
    const offset = Math.max(0, Number.parseInt(new URL(request.url).searchParams.get('offset') ?? '0', 10) || 0);
    recordAccess(request, actor, 'timeline');
    const all = timelineOf(client);
    const items = all.slice(offset, offset + TIMELINE_PAGE);
    const next = offset + items.length;
    return json(timelineSchema.parse({ clientId: client.id, items, total: all.length, nextOffset: next < all.length ? next : null }));
  }),

  route('PUT', '/clients/:clientId/coach-notes/:noteId', async ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseCoach(actor, params.clientId ?? '');
    const id = validId(params.noteId);
    return withIdempotency(request, actor, async () => {
      const input = await parseBody(request, coachNoteInputSchema);
      if (db.coachNotes.get(id)) throw problem(409, { code: 'already-exists' });
      const note = db.coachNotes.put({ id, clientId: client.id, text: input.text, createdAt: nowIso(), createdBy: personOf(actor) });
      // coach-only: in the write log, never in the history of changes the client sees
      logApplied(request, actor, `coachNote:${id}`, { history: false });
      return json(coachNoteSchema.parse(note), { status: 201 });
    });
  }),

  route('PUT', '/clients/:clientId/reviews/:reviewId', async ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseCoach(actor, params.clientId ?? '');
    const id = validId(params.reviewId);
    return withIdempotency(request, actor, async () => {
      const input = await parseBody(request, reviewInputSchema);
      if (db.reviews.get(id)) throw problem(409, { code: 'already-exists' });
      if (client.serviceLine !== 'selfReliant') throw validationProblem({ _form: ['validation.review.notSelfReliant'] });
      const after = input.decision === 'guidedSupport' ? 'guidedSupport' : client.serviceLine;
      const review = db.reviews.put({
        ...input,
        id,
        clientId: client.id,
        reviewedAt: nowIso(),
        reviewedBy: personOf(actor),
        serviceLineBefore: client.serviceLine,
        serviceLineAfter: after,
      });
      if (after !== client.serviceLine) db.clients.put({ ...client, serviceLine: after });
      // the rung the coach sees now: in the ladder's history, and the current rung when it differs
      const ladder = review.rung === null ? ladderOf(client) : recordRung(client, { id: `ladder-${client.id}-review-${id}`, rung: review.rung, source: 'review', reason: review.reason, setBy: review.reviewedBy, setAt: review.reviewedAt });
      logApplied(request, actor, `review:${id}`);
      return json(reviewRecordedSchema.parse({ ...review, ladderVersion: ladder.version }), { status: 201 });
    });
  }),
];

const coachOnly = [200, 401, 403];
export const operations: Operation[] = [
  {
    operationId: 'getCaseload',
    method: 'GET',
    path: '/coach/caseload',
    summary: "The coach's caseload",
    description:
      "The signed-in e-coach's clients, sorted by name, with their service line, zoekperiode, counts (activities against the norm, unread messages, open tasks) and signals. Only for coaches (403 otherwise); the read is written to each client's access log.",
    tag: 'coach',
    auth: true,
    response: { name: 'Caseload', schema: caseloadSchema },
    responses: [200, 401, 403],
  },
  {
    operationId: 'getCoachClient',
    method: 'GET',
    path: '/coach/clients/{clientId}',
    summary: 'One client of the caseload',
    description:
      "One client as their coach sees them: the caseload entry with signals, the intake status, when the three-month review is due, the reviews and the coach-only notes. Only the client's own coach (403 for anyone else, whether the client exists or not).",
    tag: 'coach',
    auth: true,
    response: { name: 'CoachClient', schema: coachClientSchema },
    responses: coachOnly,
  },
  {
    operationId: 'getTimeline',
    method: 'GET',
    path: '/clients/{clientId}/timeline',
    summary: "A client's timeline",
    description:
      "Everything that happened for a client (activities, feedback, hand-ins, intake submission and decision, messages, tasks, notes, reviews), newest first, 25 items at a time: pass the answer's `nextOffset` as `offset` for the next page (null at the end). Only the client's own coach.",
    tag: 'coach',
    auth: true,
    query: [{ name: 'offset', description: 'Where the page starts (0, the default, is the newest); the previous answer\'s `nextOffset`', schema: z.number().int().min(0) }],
    response: { name: 'Timeline', schema: timelineSchema },
    responses: coachOnly,
  },
  {
    operationId: 'putCoachNote',
    method: 'PUT',
    path: '/clients/{clientId}/coach-notes/{noteId}',
    summary: 'Add a coach-only note',
    description:
      "Adds a note only coaches see (never the client, and not in the client's history of changes). The id is made on the device; the same id again gets 409 already-exists unless it is a replay of the same `Idempotency-Key`. Only the client's own coach.",
    tag: 'coach',
    auth: true,
    request: { name: 'CoachNoteInput', schema: coachNoteInputSchema },
    response: { name: 'CoachNote', schema: coachNoteSchema },
    responses: [201, 400, 401, 403, 409, 422],
    headers: ['Idempotency-Key'],
    responseHeaders: ['Idempotent-Replayed'],
  },
  {
    operationId: 'putReview',
    method: 'PUT',
    path: '/clients/{clientId}/reviews/{reviewId}',
    summary: 'Record the three-month review',
    description:
      "Records the three-month review of a zelfdoener (service line selfReliant): continue, or move to klantondersteuning (guidedSupport), which changes the client's service line. `rung` (1–6) is the participatieladder rung the coach sees now: it is added to the ladder's history (`source: review`, the review's reason) and becomes the current rung when it differs; it counts as a change of the ladder's version (`ladderVersion` in the answer, the `ETag` of `GET /clients/{clientId}/ladder`). `rung` null or left out (an app from before the question): nothing on the ladder. 422 with `_form` validation.review.notSelfReliant for a client on another line; 409 already-exists for an id used before. Only the client's own coach; honours `Idempotency-Key` (a resend records nothing twice).",
    tag: 'coach',
    auth: true,
    request: { name: 'ReviewInput', schema: reviewInputSchema },
    response: { name: 'ReviewRecorded', schema: reviewRecordedSchema },
    responses: [201, 400, 401, 403, 409, 422],
    headers: ['Idempotency-Key'],
    responseHeaders: ['Idempotent-Replayed'],
  },
];
