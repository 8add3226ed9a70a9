import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { reviewSchema, type Review, type ReviewInput } from '../schemas.ts';
import { clientIdOfCoachLane, coachClientLane, coachKeys } from './keys.ts';

export const COACH_REVIEW = 'coach.review';

export type ReviewPayload = { clientId: string; reviewId: string; input: ReviewInput };

/** The three-month review (id made on the device), through the outbox. */
export const holdReviewKind = defineOutboxKind<ReviewPayload, Review>({
  kind: COACH_REVIEW,
  // 2: the client id is in the payload (version 1 records have it only in their lane)
  schemaVersion: 2,
  migrate: (payload, _fromVersion, record) => ({ ...(payload as Omit<ReviewPayload, 'clientId'>), clientId: clientIdOfCoachLane(record.lane) }),
  async send(record, { signal }) {
    const { clientId } = record.payload;
    const { data } = await apiRequest({
      method: 'PUT',
      path: `/clients/${encodeURIComponent(clientId)}/reviews/${encodeURIComponent(record.payload.reviewId)}`,
      body: record.payload.input,
      schema: reviewSchema,
      idempotencyKey: record.id,
      signal,
    });
    return { data };
  },
  // the service line, signals and timeline change: read them again
  invalidates: () => [coachKeys.all],
  onDiscarded() {
    void queryClient.invalidateQueries({ queryKey: coachKeys.all });
  },
});

/** The coach holds the three-month review of one client; `pending` are the reviews not sent yet. */
export function useHoldReview(clientId: string) {
  return useOutboxWrite(holdReviewKind, coachClientLane(clientId));
}
