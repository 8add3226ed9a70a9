import type { Task } from './schemas.ts';

/** A task is overdue when it is open and its due date lies before today (the due day itself is still on time). */
export function isOverdue(task: Pick<Task, 'dueDate' | 'doneAt'>, today: string): boolean {
  return task.doneAt === null && task.dueDate !== null && task.dueDate < today;
}

/** Open tasks first (earliest due date first, no date last), then done ones (latest first). */
export function sortTasks<T extends Pick<Task, 'dueDate' | 'doneAt' | 'createdAt'>>(tasks: readonly T[]): T[] {
  return [...tasks].sort((a, b) => {
    if ((a.doneAt === null) !== (b.doneAt === null)) return a.doneAt === null ? -1 : 1;
    if (a.doneAt !== null && b.doneAt !== null) return b.doneAt.localeCompare(a.doneAt);
    if (a.dueDate !== b.dueDate) return a.dueDate === null ? 1 : b.dueDate === null ? -1 : a.dueDate.localeCompare(b.dueDate);
    return a.createdAt.localeCompare(b.createdAt);
  });
}
