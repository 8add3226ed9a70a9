import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { activitySchema, type Activity, type FeedbackInput, type WorkFolder } from '../schemas.ts';
import { activityLane, workFolderKeys } from './keys.ts';
import { mergeActivity } from './put-activity.ts';

export const ACTIVITY_FEEDBACK = 'activity.feedback';

export type FeedbackPayload = { clientId: string; activityId: string; feedbackId: string; input: FeedbackInput };

/** The coach's feedback on one activity, through the outbox (id made on the device). */
export const giveFeedbackKind = defineOutboxKind<FeedbackPayload, Activity>({
  kind: ACTIVITY_FEEDBACK,
  schemaVersion: 1,
  async send(record, { signal }) {
    const { clientId, activityId, feedbackId, input } = record.payload;
    const { data } = await apiRequest({
      method: 'PUT',
      path: `/clients/${encodeURIComponent(clientId)}/activities/${encodeURIComponent(activityId)}/feedback/${encodeURIComponent(feedbackId)}`,
      body: input,
      schema: activitySchema,
      idempotencyKey: record.id,
      signal,
    });
    return { data };
  },
  onSent(record, result) {
    queryClient.setQueryData<WorkFolder>(workFolderKeys.folder(record.payload.clientId), (folder) => mergeActivity(folder, result.data));
  },
  onDiscarded(record) {
    void queryClient.invalidateQueries({ queryKey: workFolderKeys.folder(record.payload.clientId) });
  },
});

/** The coach gives feedback on an activity. */
export function useGiveFeedback() {
  return useOutboxWrite(giveFeedbackKind, (payload) => activityLane(payload.activityId));
}
