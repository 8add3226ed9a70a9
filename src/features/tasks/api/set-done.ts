import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { sharedQueryKeys } from '#src/shared/api/query-keys.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { taskSchema, type Task, type TaskList } from '../schemas.ts';
import { taskKeys, taskLane } from './keys.ts';
import { mergeTask } from './put-task.ts';

export const TASK_DONE = 'task.done';

export type SetDonePayload = { clientId: string; taskId: string; done: boolean };

/** The client ticks a task off (or on again), offline too; idempotent on the server. */
export const setDoneKind = defineOutboxKind<SetDonePayload, Task>({
  kind: TASK_DONE,
  schemaVersion: 1,
  async send(record, { signal }) {
    const { clientId, taskId, done } = record.payload;
    const { data } = await apiRequest({
      method: 'PUT',
      path: `/clients/${encodeURIComponent(clientId)}/tasks/${encodeURIComponent(taskId)}/done`,
      body: { done },
      schema: taskSchema,
      idempotencyKey: record.id,
      signal,
    });
    return { version: data.version, data };
  },
  onSent(record, result) {
    queryClient.setQueryData<TaskList>(taskKeys.list(record.payload.clientId), (list) => mergeTask(list, result.data));
  },
  invalidates: () => [sharedQueryKeys.home],
  onDiscarded(record) {
    void queryClient.invalidateQueries({ queryKey: taskKeys.list(record.payload.clientId) });
  },
});

/** The client ticks a task off (or on again). */
export function useSetDone() {
  return useOutboxWrite(setDoneKind, (payload) => taskLane(payload.taskId));
}
