import { sharedQueryKeys } from '#src/shared/api/query-keys.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { getAppOutbox, type Outbox } from '#src/shared/offline/outbox.ts';
import type { OutboxRecord } from '#src/shared/offline/types.ts';
import { submissionSchema, type Submission, type SubmissionInput } from '../schemas.ts';
import { activityLane, handInLane, workFolderKeys } from './keys.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';
import { apiPath } from '#src/shared/api/path.ts';

export const WORK_FOLDER_HAND_IN = 'workFolder.handIn';

export type HandInPayload = { clientId: string; submissionId: string; input: SubmissionInput };

/** How long one attempt waits for the activities to go first; then it is tried again later (back-off). */
export const HAND_IN_WAIT_MS = 20_000;

export class ActivitiesNotSentYet extends Error {
  constructor(count: number) {
    super(`${count} activities of the hand-in are not sent yet`);
    this.name = 'ActivitiesNotSentYet';
  }
}

/** The same owner's unsent writes to the handed-in activities that were saved before the hand-in. */
export function blockersOf(record: Pick<OutboxRecord<HandInPayload>, 'seq' | 'ownerId' | 'payload'>, records: readonly OutboxRecord[]): OutboxRecord[] {
  const lanes = new Set((record.payload.input.activityIds ?? []).map(activityLane));
  return records.filter((r) => r.ownerId === record.ownerId && r.seq < record.seq && lanes.has(r.lane));
}

/**
 * A hand-in goes after the activities it hands in (they are in their own lanes). While those
 * are being sent right now, wait for them; when one is still waiting (offline, back-off), was
 * refused or is in conflict, this attempt stops and the outbox tries again later — the outbox
 * starts other lanes only when a send ends, so waiting here for a lane that is not moving would
 * hold it up. The person sees an activity to fix on its own page.
 */
export function waitForActivities(
  record: Pick<OutboxRecord<HandInPayload>, 'seq' | 'ownerId' | 'payload'>,
  outbox: Pick<Outbox, 'list' | 'subscribe'> | null,
  signal: AbortSignal,
  timeoutMs = HAND_IN_WAIT_MS,
): Promise<void> {
  if (!outbox || !record.payload.input.activityIds) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    let done = false;
    let blocking = 0;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      unsubscribe();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve();
    };
    const check = () => {
      outbox.list().then(
        (records) => {
          const blockers = blockersOf(record, records);
          blocking = blockers.length;
          if (blockers.length === 0) finish();
          else if (blockers.some((b) => b.status !== 'sending')) finish(new ActivitiesNotSentYet(blockers.length));
        },
        (error: unknown) => finish(error instanceof Error ? error : new Error(String(error))),
      );
    };
    const onAbort = () => finish(new DOMException('aborted', 'AbortError'));
    const unsubscribe = outbox.subscribe(check);
    const timer = setTimeout(() => finish(new ActivitiesNotSentYet(blocking)), timeoutMs);
    signal.addEventListener('abort', onAbort);
    check();
  });
}

/** Handing in a period ("indienen"): through the outbox, with an id made on the device, after its activities. */
export const handInKind = defineRequestKind<HandInPayload, Submission>({
  kind: WORK_FOLDER_HAND_IN,
  schemaVersion: 1,
  before: (record, signal) => waitForActivities(record, getAppOutbox(), signal),
  request: ({ clientId, submissionId, input }) => ({ path: apiPath`/clients/${clientId}/submissions/${submissionId}`, body: input, schema: submissionSchema }),
  // the hand-in locks activities on the server: read them again
  query: ({ clientId }) => workFolderKeys.folder(clientId),
  invalidates: (record) => [workFolderKeys.folder(record.payload.clientId), sharedQueryKeys.home],
});

/** The client hands in the activities of a period. */
export function useHandIn() {
  return useOutboxWrite(handInKind, (payload) => handInLane(payload.clientId));
}
