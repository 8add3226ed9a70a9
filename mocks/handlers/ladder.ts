import { ladderInputSchema, ladderSchema, type Ladder, type LadderEntry } from '#src/features/coach/schemas.ts';
import { db, type ClientRecord, type LadderRungChangeRecord } from '../db.ts';
import { nowIso } from '../clock.ts';
import { withIdempotency } from '../idempotency.ts';
import { recordAccess } from '../audit.ts';
import { authenticate, authoriseCoach, checkIfMatch, json, logApplied, parseBody, personOf, route, validId, type Operation } from '../http.ts';
import { submissionOf } from './intake.ts';

/**
 * The participatieladder per client (issue 21): the rung's history — the entreevragenlijst's
 * proposal, the municipality's register (C3, `ladderRungs`), the coaches' changes with their
 * reasons and the rungs recorded at three-month reviews — and the coach setting a rung. Only the
 * client's own coach: the client never sees the rung (docs/decisions/011). Setting one (or a review
 * with another rung) also updates `ladderRungs`, which the matching reads.
 */

export function ladderOf(client: ClientRecord): Ladder {
  const history: LadderEntry[] = [];
  const submission = submissionOf(client.id);
  if (submission) {
    history.push({ rung: submission.result.proposal.rung, source: 'intake', at: submission.proposedAt, by: null, reason: null });
  }
  const changes = changesOf(client.id);
  const registered = unrecordedRegister(client.id);
  if (registered) history.push({ rung: registered.rung, source: 'registered', at: registered.setAt, by: null, reason: null });
  for (const change of changes) history.push({ rung: change.rung, source: change.source, at: change.setAt, by: change.setBy, reason: change.reason });
  history.sort((a, b) => a.at.localeCompare(b.at));
  return { clientId: client.id, rung: history.at(-1)?.rung ?? null, history, version: changes.filter((c) => c.source !== 'registered').length };
}

function changesOf(clientId: string) {
  return db.ladderRungChanges.list().filter((c) => c.clientId === clientId);
}

/** The register's rung (`ladderRungs`) when no change recorded it: set by the municipality's register (C3). */
function unrecordedRegister(clientId: string) {
  const registered = db.ladderRungs.get(clientId);
  return registered && !changesOf(clientId).some((c) => c.setAt === registered.setAt) ? registered : undefined;
}

/**
 * Adds a person's rung (a coach's change, or the rung at a three-month review) to the history and
 * makes it the current rung when it differs (`ladderRungs`, which the matching reads). The
 * register's rung it follows stays in the history. Answers the ladder after it.
 */
export function recordRung(client: ClientRecord, change: Omit<LadderRungChangeRecord, 'clientId'>): Ladder {
  const current = ladderOf(client).rung;
  const registered = unrecordedRegister(client.id);
  if (registered) db.ladderRungChanges.put({ id: `ladder-${client.id}-registered-${Date.parse(registered.setAt)}`, clientId: client.id, rung: registered.rung, source: 'registered', reason: null, setBy: null, setAt: registered.setAt });
  db.ladderRungChanges.put({ ...change, clientId: client.id });
  if (change.rung !== current) db.ladderRungs.put({ clientId: client.id, rung: change.rung, setAt: change.setAt });
  return ladderOf(client);
}

export const handlers = [
  route('GET', '/clients/:clientId/ladder', ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseCoach(actor, validId(params.clientId));
    recordAccess(request, actor, 'ladder');
    const ladder = ladderOf(client);
    return json(ladderSchema.parse(ladder), { version: ladder.version });
  }),
  route('PUT', '/clients/:clientId/ladder', async ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseCoach(actor, validId(params.clientId));
    return withIdempotency(request, actor, async () => {
      const input = await parseBody(request, ladderInputSchema);
      const before = ladderOf(client);
      checkIfMatch(request, before.version, before);
      const ladder = recordRung(client, { ...input, id: `ladder-${client.id}-${before.version + 1}`, source: 'coach', setBy: personOf(actor), setAt: nowIso() });
      logApplied(request, actor, `ladder:${client.id}`, { version: ladder.version });
      return json(ladderSchema.parse(ladder), { version: ladder.version });
    });
  }),
];

export const operations: Operation[] = [
  {
    operationId: 'getLadder',
    method: 'GET',
    path: '/clients/{clientId}/ladder',
    summary: "A client's participatieladder",
    description:
      "The client's current rung (1–6, null when none is known) and its history, oldest first: the entreevragenlijst's proposal (`intake`), the municipality's register (`registered`), the coaches' changes with who and why (`coach`) and the rungs recorded at three-month reviews (`review`, with the review's reason; `PUT /clients/{clientId}/reviews/{reviewId}`). `version` counts the coaches' changes and the reviews' rungs (the ETag). Only the client's own coach (403 for everyone else, the client too: the client never sees the rung).",
    tag: 'coach',
    auth: true,
    response: { name: 'Ladder', schema: ladderSchema },
    responses: [200, 400, 401, 403],
    responseHeaders: ['ETag'],
  },
  {
    operationId: 'putLadder',
    method: 'PUT',
    path: '/clients/{clientId}/ladder',
    summary: "Set a client's rung",
    description:
      "The coach sets the client's rung with a reason (422 `validation.ladder.reason.required` without one). It is added to the history and becomes the rung the matching reads (a three-month review with a rung does the same and counts as a change for `If-Match`). `If-Match` with the ladder's version (`\"0\"` before the first change; 412 when stale). Honours `Idempotency-Key` (a resend adds nothing). Only the client's own coach.",
    tag: 'coach',
    auth: true,
    request: { name: 'LadderInput', schema: ladderInputSchema },
    response: { name: 'Ladder', schema: ladderSchema },
    responses: [200, 400, 401, 403, 409, 412, 422],
    headers: ['Idempotency-Key', 'If-Match'],
    responseHeaders: ['ETag', 'Idempotent-Replayed'],
  },
];
