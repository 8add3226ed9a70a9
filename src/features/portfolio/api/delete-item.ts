import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import type { ItemList } from '../schemas.ts';
import { itemLane, portfolioKeys } from './keys.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';
import { apiPath } from '#src/shared/api/path.ts';

export const PORTFOLIO_ITEM_DELETE = 'portfolio.item.delete';

export type DeleteItemPayload = { itemId: string };

/**
 * Deleting an item: `DELETE /portfolio/items/{id}` in the item's own lane, so an unsent
 * create, change, attachment or comment goes first. A resend after it is gone is a 204 too.
 */
export const deleteItemKind = defineRequestKind<DeleteItemPayload, null, ItemList>({
  kind: PORTFOLIO_ITEM_DELETE,
  schemaVersion: 1,
  request: ({ itemId }) => ({ method: 'DELETE', path: apiPath`/portfolio/items/${itemId}` }),
  ifMatch: 'entity',
  query: () => portfolioKeys.items(),
  merge: (list, _data, { itemId }) => (list ? { items: list.items.filter((i) => i.id !== itemId) } : list),
  // a share left with no items was revoked by the server
  invalidates: () => [portfolioKeys.shares()],
});

/** Deletes a portfolio item. */
export function useDeleteItem() {
  return useOutboxWrite(deleteItemKind, (payload) => itemLane(payload.itemId));
}
