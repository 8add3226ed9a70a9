import { ladderInputSchema, ladderSchema, type Ladder, type LadderEntry } from '#src/features/coach/schemas.ts';
import { db, type ClientRecord } from '../db.ts';
import { nowIso } from '../clock.ts';
import { withIdempotency } from '../idempotency.ts';
import { recordAccess } from '../audit.ts';
import { authenticate, authoriseCoach, checkIfMatch, json, logApplied, parseBody, personOf, route, validId, type Operation } from '../http.ts';
import { submissionOf } from './intake.ts';

/**
 * The participatieladder per client (issue 21): the rung's history — the entreevragenlijst's
 * proposal, the municipality's register (C3, `ladderRungs`) and the coaches' changes with their
 * reasons — and the coach setting a rung. Only the client's own coach: the client never sees
 * the rung (docs/decisions/011). Setting one also updates `ladderRungs`, which the matching reads.
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
  return { clientId: client.id, rung: history.at(-1)?.rung ?? null, history, version: changes.filter((c) => c.source === 'coach').length };
}

function changesOf(clientId: string) {
  return db.ladderRungChanges.list().filter((c) => c.clientId === clientId);
}

/** The register's rung (`ladderRungs`) when no change recorded it: set by the municipality's register (C3). */
function unrecordedRegister(clientId: string) {
  const registered = db.ladderRungs.get(clientId);
  return registered && !changesOf(clientId).some((c) => c.setAt === registered.setAt) ? registered : undefined;
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
      const at = nowIso();
      // the register's rung it replaces stays in the history
      const registered = unrecordedRegister(client.id);
      if (registered) db.ladderRungChanges.put({ id: `ladder-${client.id}-registered-${Date.parse(registered.setAt)}`, clientId: client.id, rung: registered.rung, source: 'registered', reason: null, setBy: null, setAt: registered.setAt });
      db.ladderRungChanges.put({ ...input, id: `ladder-${client.id}-${before.version + 1}`, clientId: client.id, source: 'coach', setBy: personOf(actor), setAt: at });
      db.ladderRungs.put({ clientId: client.id, rung: input.rung, setAt: at });
      const ladder = ladderOf(client);
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
      "The client's current rung (1–6, null when none is known) and its history, oldest first: the entreevragenlijst's proposal (`intake`), the municipality's register (`registered`) and the coaches' changes with who and why (`coach`). `version` counts the coaches' changes (the ETag). Only the client's own coach (403 for everyone else, the client too: the client never sees the rung).",
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
      "The coach sets the client's rung with a reason (422 `validation.ladder.reason.required` without one). It is added to the history and becomes the rung the matching reads. `If-Match` with the ladder's version (`\"0\"` before the first change; 412 when stale). Honours `Idempotency-Key` (a resend adds nothing). Only the client's own coach.",
    tag: 'coach',
    auth: true,
    request: { name: 'LadderInput', schema: ladderInputSchema },
    response: { name: 'Ladder', schema: ladderSchema },
    responses: [200, 400, 401, 403, 409, 412, 422],
    headers: ['Idempotency-Key', 'If-Match'],
    responseHeaders: ['ETag', 'Idempotent-Replayed'],
  },
];
