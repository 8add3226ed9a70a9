import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { ifMatchFor } from '#src/shared/offline/versions.ts';
import { compareItems } from '../rules.ts';
import { itemSchema, type Item, type ItemInput, type ItemList } from '../schemas.ts';
import { itemLane, portfolioKeys } from './keys.ts';

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
export const putItemKind = defineOutboxKind<PutItemPayload, Item>({
  kind: PORTFOLIO_ITEM_PUT,
  schemaVersion: 1,
  async send(record, { signal }) {
    const { itemId, input } = record.payload;
    const { data } = await apiRequest({
      method: 'PUT',
      path: `/portfolio/items/${encodeURIComponent(itemId)}`,
      body: input,
      schema: itemSchema,
      idempotencyKey: record.id,
      ifMatch: ifMatchFor(record),
      signal,
    });
    return { version: data.version, data };
  },
  onSent(_record, result) {
    queryClient.setQueryData<ItemList>(portfolioKeys.items(), (list) => mergeItem(list, result.data));
  },
  onDiscarded() {
    void queryClient.invalidateQueries({ queryKey: portfolioKeys.items() });
  },
});

/** Creates (version 0) or changes a portfolio item. */
export function usePutItem() {
  return useOutboxWrite(putItemKind, (payload) => itemLane(payload.itemId));
}
