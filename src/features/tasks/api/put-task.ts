import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { ifMatchFor } from '#src/shared/offline/versions.ts';
import { sortTasks } from '../rules.ts';
import { taskSchema, type Task, type TaskInput, type TaskList } from '../schemas.ts';
import { taskKeys, taskLane } from './keys.ts';

export const TASK_PUT = 'task.put';

export type PutTaskPayload = { clientId: string; taskId: string; input: TaskInput };

export function mergeTask(list: TaskList | undefined, task: Task): TaskList | undefined {
  if (!list) return list;
  return { ...list, tasks: sortTasks([...list.tasks.filter((t) => t.id !== task.id), task]) };
}

/** The coach creates (base version 0: no If-Match) or edits (If-Match) a task. */
export const putTaskKind = defineOutboxKind<PutTaskPayload, Task>({
  kind: TASK_PUT,
  schemaVersion: 1,
  async send(record, { signal }) {
    const { clientId, taskId, input } = record.payload;
    const { data } = await apiRequest({
      method: 'PUT',
      path: `/clients/${encodeURIComponent(clientId)}/tasks/${encodeURIComponent(taskId)}`,
      body: input,
      schema: taskSchema,
      idempotencyKey: record.id,
      ifMatch: ifMatchFor(record),
      signal,
    });
    return { version: data.version, data };
  },
  onSent(record, result) {
    queryClient.setQueryData<TaskList>(taskKeys.list(record.payload.clientId), (list) => mergeTask(list, result.data));
  },
  onDiscarded(record) {
    void queryClient.invalidateQueries({ queryKey: taskKeys.list(record.payload.clientId) });
  },
});

/** The coach creates (base version 0) or changes (the version shown) a task. */
export function usePutTask() {
  return useOutboxWrite(putTaskKind, (payload) => taskLane(payload.taskId));
}
