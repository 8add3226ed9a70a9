import { describe, expect, it } from 'vitest';
import { db } from '#mocks/db.ts';
import type { OutboxRecord, OutboxStatus } from '#src/shared/offline/types.ts';
import { ACTIVITY_FEEDBACK, type FeedbackPayload } from './api/give-feedback.ts';
import { WORK_FOLDER_HAND_IN, type HandInPayload } from './api/hand-in.ts';
import { FEEDBACK_SEEN, type FeedbackSeenPayload } from './api/mark-feedback-seen.ts';
import { ACTIVITY_PUT, type PutActivityPayload } from './api/put-activity.ts';
import { contentOf } from './rules.ts';
import type { Activity, WorkFolder } from './schemas.ts';
import { overlay } from './use-work-folder-view.ts';

const ANNA = { id: 'client-anna', name: 'Anna de Vries' };
const NEW_ID = '3f0c2a4e-7b1d-4c5e-9a8b-0d1e2f3a4b5c';
const AT = '2026-03-09T08:00:00.000Z';

/** The seeded werkmap of a client: only `activities` is read by the overlay. */
function folderOf(clientId: string): { folder: WorkFolder; activities: Activity[] } {
  const activities = db.activities.list().filter((a) => a.clientId === clientId);
  return { folder: { activities } as unknown as WorkFolder, activities };
}

let seq = 0;
function record<P>(kind: string, payload: P, status: OutboxStatus = 'pending'): OutboxRecord<P> {
  seq++;
  return { seq, id: `r${seq}`, ownerId: 'client-anna', lane: 'x', kind, schemaVersion: 1, payload, createdAt: AT, attempts: 0, nextAttemptAt: 0, status };
}
const put = (activity: Activity, changes: Partial<Activity>, status?: OutboxStatus, id = activity.id) =>
  record<PutActivityPayload>(ACTIVITY_PUT, { clientId: activity.clientId, activityId: id, input: contentOf({ ...activity, ...changes }) }, status);

describe('overlay: unsent werkmap writes over the server werkmap', () => {
  it('shows the server activities, newest date first, all sent, when nothing waits', () => {
    const { folder, activities } = folderOf('client-anna');
    const { activities: view, pendingHandIns } = overlay(folder, [], 'client-anna', ANNA);
    expect(view).toHaveLength(activities.length);
    expect(view.every((a) => a.sync === 'sent' && a.pendingRecord === undefined)).toBe(true);
    expect(view.map((a) => a.date)).toEqual([...view.map((a) => a.date)].sort().reverse());
    expect(pendingHandIns).toEqual([]);
  });

  it('shows an edit over its activity (on the server version) and a new activity at once, both pending', () => {
    const { folder, activities } = folderOf('client-anna');
    const base = activities[0]!;
    const edit = put(base, { notes: 'Mijn eigen notitie' });
    const created = put(base, { notes: 'Nieuw' }, 'pending', NEW_ID);
    const { activities: view } = overlay(folder, [edit, created], 'client-anna', ANNA);
    expect(view.find((a) => a.id === base.id)).toMatchObject({ notes: 'Mijn eigen notitie', version: base.version, sync: 'pending', pendingRecord: edit });
    expect(view.find((a) => a.id === NEW_ID)).toMatchObject({ notes: 'Nieuw', version: 0, sync: 'pending', clientId: 'client-anna' });
    expect(view).toHaveLength(activities.length + 1);
  });

  it('says "problem" when a write of the activity was refused or is in conflict', () => {
    const { folder, activities } = folderOf('client-anna');
    const base = activities[0]!;
    const { activities: view } = overlay(folder, [put(base, { notes: 'Geweigerd' }, 'rejected'), put(base, { notes: 'Daarna' })], 'client-anna', ANNA);
    expect(view.find((a) => a.id === base.id)).toMatchObject({ notes: 'Daarna', sync: 'problem' });
  });

  it('carries unsent feedback, feedback read on this device, and unsent hand-ins; ignores other clients', () => {
    const { folder, activities } = folderOf('client-sanne');
    const withFeedback = activities.find((a) => a.feedback.some((f) => !f.seenAt))!;
    const unseen = withFeedback.feedback.find((f) => !f.seenAt)!;
    const feedback: FeedbackPayload = { clientId: 'client-sanne', activityId: withFeedback.id, feedbackId: 'fb-new', input: { verdict: 'approved', comment: 'Goed zo' } } as FeedbackPayload;
    const seen: FeedbackSeenPayload = { clientId: 'client-sanne', activityId: withFeedback.id, feedbackIds: [unseen.id] };
    const handIn = { clientId: 'client-sanne', submissionId: 'sub-1', input: { periodStart: '2026-03-01', periodEnd: '2026-03-28' } } as HandInPayload;
    const elsewhere = { ...handIn, clientId: 'client-anna' };
    const { activities: view, pendingHandIns } = overlay(
      folder,
      [record(ACTIVITY_FEEDBACK, feedback), record(FEEDBACK_SEEN, seen), record(WORK_FOLDER_HAND_IN, handIn), record(WORK_FOLDER_HAND_IN, elsewhere)],
      'client-sanne',
      { id: 'coach-marieke', name: 'Marieke Bakker' },
    );
    const shown = view.find((a) => a.id === withFeedback.id)!;
    expect(shown.pendingFeedback).toEqual([feedback]);
    expect(shown.feedback.find((f) => f.id === unseen.id)?.seenAt).toBe(AT);
    expect(pendingHandIns).toEqual([handIn]);
  });
});
