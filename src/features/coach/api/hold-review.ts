import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { reviewSchema, type Review, type ReviewInput } from '../schemas.ts';
import { clientIdOfCoachLane, coachClientLane, coachKeys } from './keys.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';
import { apiPath } from '#src/shared/api/path.ts';

export const COACH_REVIEW = 'coach.review';

export type ReviewPayload = { clientId: string; reviewId: string; input: ReviewInput };

/** The three-month review (id made on the device), through the outbox. */
export const holdReviewKind = defineRequestKind<ReviewPayload, Review>({
  kind: COACH_REVIEW,
  // 2: the client id is in the payload (version 1 records have it only in their lane)
  schemaVersion: 2,
  migrate: (payload, _fromVersion, record) => ({ ...(payload as Omit<ReviewPayload, 'clientId'>), clientId: clientIdOfCoachLane(record.lane) }),
  request: ({ clientId, reviewId, input }) => ({ path: apiPath`/clients/${clientId}/reviews/${reviewId}`, body: input, schema: reviewSchema }),
  // the service line, signals and timeline change: read them again
  query: () => coachKeys.all,
  invalidates: () => [coachKeys.all],
});

/** The coach holds the three-month review of one client; `pending` are the reviews not sent yet. */
export function useHoldReview(clientId: string) {
  return useOutboxWrite(holdReviewKind, coachClientLane(clientId));
}
