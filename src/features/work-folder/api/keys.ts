export const workFolderKeys = {
  all: ['workFolder'] as const,
  config: () => [...workFolderKeys.all, 'config'] as const,
  folder: (clientId: string) => [...workFolderKeys.all, 'folder', clientId] as const,
};

/** One lane per activity: activities sync in parallel, edits of one activity in order. */
export function activityLane(activityId: string): string {
  return `activity:${activityId}`;
}

export function handInLane(clientId: string): string {
  return `hand-in:${clientId}`;
}
