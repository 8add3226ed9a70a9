import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { sortTasks } from '../rules.ts';
import { taskSchema, type Task, type TaskInput, type TaskList } from '../schemas.ts';
import { newTaskId, taskKeys, taskLane } from './keys.ts';
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

/** One new task for several clients (the coach's caseload): one record per client, each its own task id. Resolves with how many were saved. */
export function usePutTaskForMany() {
  const { write, saving, error } = usePutTask();
  const putForMany = async (clientIds: readonly string[], input: TaskInput): Promise<number> => {
    let saved = 0;
    for (const clientId of clientIds) {
      if (!(await write({ payload: { clientId, taskId: newTaskId(), input }, baseVersion: 0 }))) break;
      saved += 1;
    }
    return saved;
  };
  return { putForMany, saving, error };
}
