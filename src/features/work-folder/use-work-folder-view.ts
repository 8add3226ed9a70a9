import { useMemo } from 'react';
import { useOutboxSnapshot } from '#src/shared/offline/react.ts';
import type { OutboxRecord } from '#src/shared/offline/types.ts';
import { useWorkFolder } from './api/get-work-folder.ts';
import { useWorkFolderConfig } from './api/get-config.ts';
import { ACTIVITY_PUT, type PutActivityPayload } from './api/put-activity.ts';
import { ACTIVITY_FEEDBACK, type FeedbackPayload } from './api/give-feedback.ts';
import { WORK_FOLDER_HAND_IN, type HandInPayload } from './api/hand-in.ts';
import { FEEDBACK_SEEN, type FeedbackSeenPayload } from './api/mark-feedback-seen.ts';
import { applyActivityWrite } from './rules.ts';
import type { Activity, WorkFolder } from './schemas.ts';
import { overlayList, pushTo, syncStateOf, type SyncState } from '#src/shared/offline/sync-state.ts';

export type ActivityView = Activity & {
  sync: SyncState;
  /** The newest unsent change, when there is one (its base version is where the next edit goes). */
  pendingRecord?: OutboxRecord<PutActivityPayload>;
  /** Feedback the coach wrote on this device that is not sent yet. */
  pendingFeedback: FeedbackPayload[];
};

const newestFirst = (a: string, b: string) => (a === b ? 0 : a < b ? 1 : -1);

/**
 * Lays the outbox's unsent records over the server's werkmap: a new activity shows at once,
 * an edit shows its new content, each with whether it is sent.
 */
export function overlay(folder: WorkFolder | undefined, records: readonly OutboxRecord[], clientId: string, actor: { id: string; name: string }) {
  const puts = new Map<string, OutboxRecord<PutActivityPayload>[]>();
  const feedback = new Map<string, FeedbackPayload[]>();
  let handIns: HandInPayload[] = [];
  /** Feedback the client opened on this device, not confirmed yet: already read here. */
  const seenHere = new Map<string, string>();
  for (const record of records) {
    if (record.kind === ACTIVITY_PUT) {
      const r = record as OutboxRecord<PutActivityPayload>;
      if (r.payload.clientId !== clientId) continue;
      pushTo(puts, r.payload.activityId, r);
    } else if (record.kind === ACTIVITY_FEEDBACK) {
      const payload = record.payload as FeedbackPayload;
      if (payload.clientId === clientId) pushTo(feedback, payload.activityId, payload);
    } else if (record.kind === FEEDBACK_SEEN) {
      const payload = record.payload as FeedbackSeenPayload;
      if (payload.clientId === clientId) for (const id of payload.feedbackIds) seenHere.set(id, record.createdAt);
    } else if (record.kind === WORK_FOLDER_HAND_IN) {
      const payload = record.payload as HandInPayload;
      if (payload.clientId === clientId) handIns = [...handIns, payload];
    }
  }
  const view = (base: Activity | undefined, id: string): ActivityView | null => {
    const pending = puts.get(id) ?? [];
    const latest = pending.at(-1);
    const pendingFeedback = feedback.get(id) ?? [];
    if (!latest) return base ? { ...base, sync: syncStateOf([]), pendingFeedback } : null;
    const at = latest.createdAt;
    const written = applyActivityWrite(base, latest.payload.input, { id, clientId, actor, at });
    const activity = written.ok ? written.activity : (base as Activity);
    if (!activity) return null;
    // an unsent change keeps the server's version number: the next edit is made on the same base
    return { ...activity, version: base?.version ?? 0, sync: syncStateOf(pending), pendingRecord: latest, pendingFeedback };
  };
  const out = overlayList(folder?.activities ?? [], puts.keys(), view);
  // newest first; ISO dates and times compare as plain strings (localeCompare took most of the time with 10,000 activities, issue 15)
  out.sort((a, b) => newestFirst(a.date, b.date) || newestFirst(a.createdAt, b.createdAt));
  const activities =
    seenHere.size === 0
      ? out
      : out.map((a) =>
          a.feedback.some((f) => !f.seenAt && seenHere.has(f.id))
            ? { ...a, feedback: a.feedback.map((f) => (!f.seenAt && seenHere.has(f.id) ? { ...f, seenAt: seenHere.get(f.id) } : f)) }
            : a,
        );
  return { activities, pendingHandIns: handIns };
}

export function useWorkFolderView(clientId: string, actor: { id: string; name: string } | null) {
  const query = useWorkFolder(clientId);
  const configQuery = useWorkFolderConfig();
  const { records } = useOutboxSnapshot();
  const actorId = actor?.id ?? '';
  const actorName = actor?.name ?? '';
  const view = useMemo(
    () => overlay(query.data, records, clientId, { id: actorId || clientId, name: actorName }),
    [query.data, records, clientId, actorId, actorName],
  );
  return { query, clientId, configQuery, ...view };
}
