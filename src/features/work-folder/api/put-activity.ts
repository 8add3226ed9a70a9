import { sharedQueryKeys } from '#src/shared/api/query-keys.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { activitySchema, type Activity, type ActivityInput, type WorkFolder } from '../schemas.ts';
import { activityLane, workFolderKeys } from './keys.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';
import { apiPath } from '#src/shared/api/path.ts';

export const ACTIVITY_PUT = 'activity.put';

export type PutActivityPayload = { clientId: string; activityId: string; input: ActivityInput };

/** Puts one activity into the cached werkmap (replacing it, or adding it newest first). */
export function mergeActivity(folder: WorkFolder | undefined, activity: Activity): WorkFolder | undefined {
  if (!folder) return folder;
  const others = folder.activities.filter((a) => a.id !== activity.id);
  const activities = [...others, activity].sort((a, b) => (a.date === b.date ? b.createdAt.localeCompare(a.createdAt) : b.date.localeCompare(a.date)));
  return { ...folder, activities };
}

/**
 * Creating or changing an activity goes through the outbox: `PUT` with the id made on the
 * device, an Idempotency-Key, and If-Match on the version it was edited on (left out for 0:
 * a create, and edits made on top of a create that was not sent yet).
 */
export const putActivityKind = defineRequestKind<PutActivityPayload, Activity, WorkFolder>({
  kind: ACTIVITY_PUT,
  schemaVersion: 1,
  request: ({ clientId, activityId, input }) => ({ path: apiPath`/clients/${clientId}/activities/${activityId}`, body: input, schema: activitySchema }),
  ifMatch: 'entity',
  version: (activity) => activity.version,
  query: ({ clientId }) => workFolderKeys.folder(clientId),
  merge: mergeActivity,
  invalidates: () => [sharedQueryKeys.home],
});

/** Creates or changes an activity (`replace` puts a correction in the place of a refused one). */
export function usePutActivity() {
  return useOutboxWrite(putActivityKind, (payload) => activityLane(payload.activityId));
}
