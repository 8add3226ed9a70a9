export const taskKeys = {
  all: ['tasks'] as const,
  list: (clientId: string) => [...taskKeys.all, 'list', clientId] as const,
};

/** One lane per task: creates, edits and ticking off in order. */
export function taskLane(taskId: string): string {
  return `task:${taskId}`;
}

export { newId as newTaskId } from '#src/shared/lib/ids.ts';
