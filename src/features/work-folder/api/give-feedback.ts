import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { activitySchema, type Activity, type FeedbackInput, type WorkFolder } from '../schemas.ts';
import { activityLane, workFolderKeys } from './keys.ts';
import { mergeActivity } from './put-activity.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';
import { apiPath } from '#src/shared/api/path.ts';

export const ACTIVITY_FEEDBACK = 'activity.feedback';

export type FeedbackPayload = { clientId: string; activityId: string; feedbackId: string; input: FeedbackInput };

/** The coach's feedback on one activity, through the outbox (id made on the device). */
export const giveFeedbackKind = defineRequestKind<FeedbackPayload, Activity, WorkFolder>({
  kind: ACTIVITY_FEEDBACK,
  schemaVersion: 1,
  request: ({ clientId, activityId, feedbackId, input }) => ({
    path: apiPath`/clients/${clientId}/activities/${activityId}/feedback/${feedbackId}`,
    body: input,
    schema: activitySchema,
  }),
  query: ({ clientId }) => workFolderKeys.folder(clientId),
  merge: mergeActivity,
});

/** The coach gives feedback on an activity. */
export function useGiveFeedback() {
  return useOutboxWrite(giveFeedbackKind, (payload) => activityLane(payload.activityId));
}
