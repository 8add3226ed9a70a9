import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { defineRequestKind, replaceWith } from '#src/shared/offline/request-kind.ts';
import { apiPath } from '#src/shared/api/path.ts';
import { ladderSchema, type Ladder, type LadderInput } from '../schemas.ts';
import { coachClientLane, coachKeys } from './keys.ts';

export const COACH_SET_RUNG = 'coach.setRung';

export type SetRungPayload = { clientId: string; input: LadderInput };

/** The coach sets a client's participatieladder rung with a reason (`If-Match`: the ladder's version). */
export const setRungKind = defineRequestKind<SetRungPayload, Ladder>({
  kind: COACH_SET_RUNG,
  schemaVersion: 1,
  request: ({ clientId, input }) => ({ path: apiPath`/clients/${clientId}/ladder`, body: input, schema: ladderSchema }),
  ifMatch: 'singleton',
  version: (ladder) => ladder.version,
  query: ({ clientId }) => coachKeys.ladder(clientId),
  merge: replaceWith,
});

export function useSetRung(clientId: string) {
  return useOutboxWrite(setRungKind, coachClientLane(clientId));
}
