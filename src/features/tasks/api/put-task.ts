import { useCallback } from 'react';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { useWriteForMany } from '#src/shared/offline/write-for-many.ts';
import { sortTasks } from '../rules.ts';
import { taskSchema, type Task, type TaskInput, type TaskList } from '../schemas.ts';
import { taskKeys, taskLane } from './keys.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';
import { apiPath } from '#src/shared/api/path.ts';

export const TASK_PUT = 'task.put';

export type PutTaskPayload = { clientId: string; taskId: string; input: TaskInput };

export function mergeTask(list: TaskList | undefined, task: Task): TaskList | undefined {
  if (!list) return list;
  return { ...list, tasks: sortTasks([...list.tasks.filter((t) => t.id !== task.id), task]) };
}

/** The coach creates (base version 0: no If-Match) or edits (If-Match) a task. */
export const putTaskKind = defineRequestKind<PutTaskPayload, Task, TaskList>({
  kind: TASK_PUT,
  schemaVersion: 1,
  request: ({ clientId, taskId, input }) => ({ path: apiPath`/clients/${clientId}/tasks/${taskId}`, body: input, schema: taskSchema }),
  ifMatch: 'entity',
  version: (task) => task.version,
  query: ({ clientId }) => taskKeys.list(clientId),
  merge: mergeTask,
});

/** The coach creates (base version 0) or changes (the version shown) a task. */
export function usePutTask() {
  return useOutboxWrite(putTaskKind, (payload) => taskLane(payload.taskId));
}

/**
 * One new task for several clients (the coach's caseload): one record per client, each its own
 * task id, each client once, also when the coach tries again after a save that stopped part-way or
 * that the server did not take for some (`useWriteForMany` with `confirm`: it sends at once).
 * Resolves with the clients it was saved for, those it was not saved for and those the server refused.
 */
export function usePutTaskForMany() {
  const { write, replace, saving, error, clearError } = usePutTask();
  const { writeForMany, missing, failed } = useWriteForMany({ write, replace }, { confirm: true });
  const putForMany = useCallback(
    (clientIds: readonly string[], input: TaskInput) => {
      clearError();
      return writeForMany(clientIds, JSON.stringify(input), (clientId, taskId) => ({ payload: { clientId, taskId, input }, baseVersion: 0 }));
    },
    [writeForMany, clearError],
  );
  return { putForMany, missing, failed, saving, error };
}
