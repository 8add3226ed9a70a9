import { useMemo } from 'react';
import { useOutboxSnapshot } from '#src/shared/offline/react.ts';
import type { OutboxRecord } from '#src/shared/offline/types.ts';
import { useTasks } from './api/get-tasks.ts';
import { TASK_PUT, type PutTaskPayload } from './api/put-task.ts';
import { TASK_DONE, type SetDonePayload } from './api/set-done.ts';
import { sortTasks } from './rules.ts';
import type { Task } from './schemas.ts';
import { recordSyncState, type SyncState } from '#src/shared/offline/sync-state.ts';

export type TaskView = Task & { sync: SyncState };

/** The server's tasks with this device's unsent creates, edits and ticks laid over them. */
export function overlayTasks(tasks: readonly Task[], records: readonly OutboxRecord[], clientId: string, actorId: string, now: string): TaskView[] {
  const byId = new Map<string, TaskView>(tasks.map((t) => [t.id, { ...t, sync: 'sent' }]));
  for (const record of records) {
    const payload = record.payload as { clientId?: string; taskId?: string };
    if (payload.clientId !== clientId || !payload.taskId) continue;
    const sync = recordSyncState(record);
    const current = byId.get(payload.taskId);
    if (record.kind === TASK_PUT) {
      const { input } = record.payload as PutTaskPayload;
      byId.set(
        payload.taskId,
        current
          ? { ...current, ...input, sync }
          : { id: payload.taskId, clientId, ...input, createdBy: actorId, createdAt: record.createdAt, doneAt: null, doneBy: null, version: 0, updatedAt: record.createdAt, sync },
      );
    } else if (record.kind === TASK_DONE && current) {
      const { done } = record.payload as SetDonePayload;
      byId.set(payload.taskId, { ...current, doneAt: done ? (current.doneAt ?? now) : null, doneBy: done ? actorId : null, sync });
    }
  }
  return sortTasks([...byId.values()]);
}

export function useTasksView(clientId: string, actorId: string) {
  const query = useTasks(clientId);
  const { records } = useOutboxSnapshot();
  const tasks = useMemo(() => overlayTasks(query.data?.tasks ?? [], records, clientId, actorId, new Date().toISOString()), [query.data, records, clientId, actorId]);
  return { query, clientId, tasks };
}
