import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { reviewSchema, type Review, type ReviewInput } from '../schemas.ts';
import { clientIdOfCoachLane, coachKeys } from './keys.ts';

export const COACH_REVIEW = 'coach.review';

export type ReviewPayload = { reviewId: string; input: ReviewInput };

/** The three-month review (id made on the device), through the outbox. */
export const holdReviewKind = defineOutboxKind<ReviewPayload, Review>({
  kind: COACH_REVIEW,
  schemaVersion: 1,
  async send(record, { signal }) {
    const clientId = clientIdOfCoachLane(record.lane);
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
