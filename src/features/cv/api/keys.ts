export const cvKeys = {
  all: ['cv'] as const,
  profile: (clientId: string) => [...cvKeys.all, 'profile', clientId] as const,
  list: (clientId: string) => [...cvKeys.all, 'list', clientId] as const,
  shared: (clientId: string) => [...cvKeys.all, 'shared', clientId] as const,
  portfolio: () => [...cvKeys.all, 'portfolio-items'] as const,
};

/** Edits of the master profile go in order, one lane per client. */
export function cvProfileLane(clientId: string): string {
  return `cv-profile:${clientId}`;
}

/** One lane per CV: its create, edits and delete in order. */
export function cvLane(cvId: string): string {
  return `cv:${cvId}`;
}
