import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { itemSchema, type CommentInput, type Item } from '../schemas.ts';
import { itemLane, portfolioKeys } from './keys.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';
import { apiPath } from '#src/shared/api/path.ts';

export const PORTFOLIO_COMMENT = 'portfolio.comment';

export type CommentPayload = { clientId: string; itemId: string; commentId: string; input: CommentInput };

/** A comment in an item's thread, by the client or by the coach (id made on the device). */
export const commentKind = defineRequestKind<CommentPayload, Item>({
  kind: PORTFOLIO_COMMENT,
  schemaVersion: 1,
  request: ({ clientId, itemId, commentId, input }) => ({ path: apiPath`/clients/${clientId}/portfolio/items/${itemId}/comments/${commentId}`, body: input, schema: itemSchema }),
  query: ({ clientId }) => portfolioKeys.coach(clientId),
  invalidates: (record) => [portfolioKeys.items(), portfolioKeys.coach(record.payload.clientId)],
});

/** A comment in an item's feedback thread (coach or client), in the item's lane. */
export function useComment() {
  return useOutboxWrite(commentKind, (payload) => itemLane(payload.itemId));
}
