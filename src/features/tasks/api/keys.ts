export const taskKeys = {
  all: ['tasks'] as const,
  list: (clientId: string) => [...taskKeys.all, 'list', clientId] as const,
};

/** One lane per task: creates, edits and ticking off in order. */
export function taskLane(taskId: string): string {
  return `task:${taskId}`;
}

export function newTaskId(): string {
  const c = globalThis.crypto;
  return typeof c?.randomUUID === 'function' ? c.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
