import { sharedQueryKeys } from '#src/shared/api/query-keys.ts';

export const coachKeys = {
  all: sharedQueryKeys.coach,
  caseload: () => [...coachKeys.all, 'caseload'] as const,
  client: (clientId: string) => [...coachKeys.all, 'client', clientId] as const,
  timeline: (clientId: string) => [...coachKeys.all, 'timeline', clientId] as const,
  ladder: (clientId: string) => [...coachKeys.all, 'ladder', clientId] as const,
};

/** Writes about one client (notes, reviews) go in order, per client. */
export const coachClientLane = (clientId: string) => `coach-client:${clientId}`;
export const clientIdOfCoachLane = (lane: string) => lane.slice('coach-client:'.length);

export { newId } from '#src/shared/lib/ids.ts';
