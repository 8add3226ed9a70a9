import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { compareItems } from '../rules.ts';
import { itemSchema, type Item, type ItemInput, type ItemList } from '../schemas.ts';
import { itemLane, portfolioKeys } from './keys.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';
import { apiPath } from '#src/shared/api/path.ts';

export const PORTFOLIO_ITEM_PUT = 'portfolio.item.put';

export type PutItemPayload = { itemId: string; input: ItemInput };

export function mergeItem(list: ItemList | undefined, item: Item): ItemList | undefined {
  if (!list) return list;
  return { items: [...list.items.filter((i) => i.id !== item.id), item].sort(compareItems) };
}

/**
 * Creating or changing an item: `PUT /portfolio/items/{id}` with the id made on the device,
 * the outbox's Idempotency-Key, and If-Match on the version it was edited on (none for a create).
 */
export const putItemKind = defineRequestKind<PutItemPayload, Item, ItemList>({
  kind: PORTFOLIO_ITEM_PUT,
  schemaVersion: 1,
  request: ({ itemId, input }) => ({ path: apiPath`/portfolio/items/${itemId}`, body: input, schema: itemSchema }),
  ifMatch: 'entity',
  version: (item) => item.version,
  query: () => portfolioKeys.items(),
  merge: mergeItem,
});

/** Creates (version 0) or changes a portfolio item. */
export function usePutItem() {
  return useOutboxWrite(putItemKind, (payload) => itemLane(payload.itemId));
}
