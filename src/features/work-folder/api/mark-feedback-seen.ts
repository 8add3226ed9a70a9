import { queryClient } from '#src/shared/api/query-client.ts';
import { sharedQueryKeys } from '#src/shared/api/query-keys.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { activitySchema, type Activity, type WorkFolder } from '../schemas.ts';
import { workFolderKeys } from './keys.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';
import { apiPath } from '#src/shared/api/path.ts';

export const FEEDBACK_SEEN = 'activity.feedbackSeen';

export type FeedbackSeenPayload = { clientId: string; activityId: string; feedbackIds: string[] };

/** Its own lane: a read mark never waits behind (or blocks) a change of the activity. */
export function feedbackSeenLane(activityId: string): string {
  return `feedback-seen:${activityId}`;
}

/** Keeps only the server's read marks of a newer answer (the content may have moved on since). */
function withSeen(folder: WorkFolder | undefined, activity: Activity): WorkFolder | undefined {
  if (!folder) return folder;
  const seen = new Map(activity.feedback.map((f) => [f.id, f.seenAt]));
  return {
    ...folder,
    activities: folder.activities.map((a) =>
      a.id === activity.id ? { ...a, feedback: a.feedback.map((f) => (seen.get(f.id) ? { ...f, seenAt: seen.get(f.id) } : f)) } : a,
    ),
  };
}

/** The client opened an activity with feedback: read on the server, so it is right on every device. */
export const markFeedbackSeenKind = defineRequestKind<FeedbackSeenPayload, Activity>({
  kind: FEEDBACK_SEEN,
  schemaVersion: 1,
  request: ({ clientId, activityId, feedbackIds }) => ({ path: apiPath`/clients/${clientId}/activities/${activityId}/feedback-seen`, body: { feedbackIds }, schema: activitySchema }),
  onSent(record, result) {
    queryClient.setQueryData<WorkFolder>(workFolderKeys.folder(record.payload.clientId), (folder) => withSeen(folder, result.data));
  },
  invalidates: () => [sharedQueryKeys.home],
});

/** The client read their coach's feedback on one activity. */
export function useMarkFeedbackSeen() {
  return useOutboxWrite(markFeedbackSeenKind, (payload) => feedbackSeenLane(payload.activityId));
}
