import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { itemSchema, type CommentInput, type Item } from '../schemas.ts';
import { itemLane, portfolioKeys } from './keys.ts';

export const PORTFOLIO_COMMENT = 'portfolio.comment';

export type CommentPayload = { clientId: string; itemId: string; commentId: string; input: CommentInput };

/** A comment in an item's thread, by the client or by the coach (id made on the device). */
export const commentKind = defineOutboxKind<CommentPayload, Item>({
  kind: PORTFOLIO_COMMENT,
  schemaVersion: 1,
  async send(record, { signal }) {
    const { clientId, itemId, commentId, input } = record.payload;
    const { data } = await apiRequest({
      method: 'PUT',
      path: `/clients/${encodeURIComponent(clientId)}/portfolio/items/${encodeURIComponent(itemId)}/comments/${encodeURIComponent(commentId)}`,
      body: input,
      schema: itemSchema,
      idempotencyKey: record.id,
      signal,
    });
    return { data };
  },
  invalidates: (record) => [portfolioKeys.items(), portfolioKeys.coach(record.payload.clientId)],
  onDiscarded(record) {
    void queryClient.invalidateQueries({ queryKey: portfolioKeys.coach(record.payload.clientId) });
  },
});

/** A comment in an item's feedback thread (coach or client), in the item's lane. */
export function useComment() {
  return useOutboxWrite(commentKind, (payload) => itemLane(payload.itemId));
}
