/** Query keys of the intake feature. */
export const intakeKeys = {
  all: ['intake'] as const,
  definitions: () => [...intakeKeys.all, 'definition'] as const,
  definition: (version: number | 'current') => [...intakeKeys.definitions(), version] as const,
  draft: (clientId: string) => [...intakeKeys.all, 'draft', clientId] as const,
  overview: (clientId: string) => [...intakeKeys.all, 'overview', clientId] as const,
};

/**
 * One lane per client's intake: every draft save and the submission go out in order, so the
 * submission is never overtaken by an older draft save.
 */
export function intakeLane(clientId: string): string {
  return `intake-draft:${clientId}`;
}

export function clientIdOfLane(lane: string): string {
  return lane.slice(lane.indexOf(':') + 1);
}

export function intakeDecisionLane(clientId: string): string {
  return `intake-decision:${clientId}`;
}
