import { sharedQueryKeys } from '#src/shared/api/query-keys.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { taskSchema, type Task, type TaskList } from '../schemas.ts';
import { taskKeys, taskLane } from './keys.ts';
import { mergeTask } from './put-task.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';
import { apiPath } from '#src/shared/api/path.ts';

export const TASK_DONE = 'task.done';

export type SetDonePayload = { clientId: string; taskId: string; done: boolean };

/** The client ticks a task off (or on again), offline too; idempotent on the server. */
export const setDoneKind = defineRequestKind<SetDonePayload, Task, TaskList>({
  kind: TASK_DONE,
  schemaVersion: 1,
  request: ({ clientId, taskId, done }) => ({ path: apiPath`/clients/${clientId}/tasks/${taskId}/done`, body: { done }, schema: taskSchema }),
  version: (task) => task.version,
  query: ({ clientId }) => taskKeys.list(clientId),
  merge: mergeTask,
  invalidates: () => [sharedQueryKeys.home],
});

/** The client ticks a task off (or on again). */
export function useSetDone() {
  return useOutboxWrite(setDoneKind, (payload) => taskLane(payload.taskId));
}
