import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { reviewRecordedSchema, type ReviewInput, type ReviewRecorded } from '../schemas.ts';
import { clientIdOfCoachLane, coachClientLane, coachKeys } from './keys.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';
import { apiPath } from '#src/shared/api/path.ts';

export const COACH_REVIEW = 'coach.review';

export type ReviewPayload = { clientId: string; reviewId: string; input: ReviewInput };

type OlderPayload = Omit<ReviewPayload, 'clientId' | 'input'> & { clientId?: string; input: Omit<ReviewInput, 'rung'> & { rung?: number | null } };

/**
 * The three-month review (id made on the device), through the outbox. With a rung it is also a
 * change of the participatieladder: the record carries the ladder's version the form was filled
 * on (`baseVersion`, not sent: a review is a create) and the answer's `ladderVersion` re-bases a
 * rung change queued after it in the same lane, so our own review never makes it a conflict.
 */
export const holdReviewKind = defineRequestKind<ReviewPayload, ReviewRecorded>({
  kind: COACH_REVIEW,
  // 2: the client id is in the payload (version 1 records have it only in their lane)
  // 3: the rung (issue 21); a review queued before the question has none (`null`: not asked)
  schemaVersion: 3,
  migrate: (payload, _fromVersion, record) => {
    const old = payload as OlderPayload;
    return { ...old, clientId: old.clientId ?? clientIdOfCoachLane(record.lane), input: { ...old.input, rung: old.input.rung ?? null } };
  },
  request: ({ clientId, reviewId, input }) => ({ path: apiPath`/clients/${clientId}/reviews/${reviewId}`, body: input, schema: reviewRecordedSchema }),
  version: (recorded) => recorded.ladderVersion,
  // the service line, signals and timeline change: read them again
  query: () => coachKeys.all,
  invalidates: () => [coachKeys.all],
});

/** The coach holds the three-month review of one client; `pending` are the reviews not sent yet. */
export function useHoldReview(clientId: string) {
  return useOutboxWrite(holdReviewKind, coachClientLane(clientId));
}
