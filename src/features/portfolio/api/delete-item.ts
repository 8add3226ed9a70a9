import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { ifMatchFor } from '#src/shared/offline/versions.ts';
import type { ItemList } from '../schemas.ts';
import { itemLane, portfolioKeys } from './keys.ts';

export const PORTFOLIO_ITEM_DELETE = 'portfolio.item.delete';

export type DeleteItemPayload = { itemId: string };

/**
 * Deleting an item: `DELETE /portfolio/items/{id}` in the item's own lane, so an unsent
 * create, change, attachment or comment goes first. A resend after it is gone is a 204 too.
 */
export const deleteItemKind = defineOutboxKind<DeleteItemPayload, null>({
  kind: PORTFOLIO_ITEM_DELETE,
  schemaVersion: 1,
  async send(record, { signal }) {
    await apiRequest({
      method: 'DELETE',
      path: `/portfolio/items/${encodeURIComponent(record.payload.itemId)}`,
      schema: undefined,
      idempotencyKey: record.id,
      ifMatch: ifMatchFor(record),
      signal,
    });
    return { data: null };
  },
  onSent(record) {
    queryClient.setQueryData<ItemList>(portfolioKeys.items(), (list) => (list ? { items: list.items.filter((i) => i.id !== record.payload.itemId) } : list));
  },
  // a share left with no items was revoked by the server
  invalidates: () => [portfolioKeys.shares()],
  onDiscarded() {
    void queryClient.invalidateQueries({ queryKey: portfolioKeys.items() });
  },
});

/** Deletes a portfolio item. */
export function useDeleteItem() {
  return useOutboxWrite(deleteItemKind, (payload) => itemLane(payload.itemId));
}
