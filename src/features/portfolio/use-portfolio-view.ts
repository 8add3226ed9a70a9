import { useMemo } from 'react';
import { useSession } from '#src/shared/auth/use-session.ts';
import { useOutboxSnapshot } from '#src/shared/offline/react.ts';
import type { OutboxRecord } from '#src/shared/offline/types.ts';
import { todayIso } from '#src/shared/lib/dates.ts';
import { useItems, useShares } from './api/queries.ts';
import { PORTFOLIO_ITEM_PUT, type PutItemPayload } from './api/put-item.ts';
import { PORTFOLIO_ITEM_DELETE, type DeleteItemPayload } from './api/delete-item.ts';
import { PORTFOLIO_FILE, type UploadFilePayload } from './api/upload-file.ts';
import { PORTFOLIO_COMMENT, type CommentPayload } from './api/comment.ts';
import { PORTFOLIO_REVOKE, PORTFOLIO_SHARE, type RevokePayload, type SharePayload } from './api/share.ts';
import { applyItemWrite, compareItems } from './rules.ts';
import type { Item, ItemList, Share } from './schemas.ts';
import { overlayList, pushTo, syncStateOf, type SyncState } from '#src/shared/offline/sync-state.ts';

export type ItemView = Item & {
  sync: SyncState;
  pendingRecord?: OutboxRecord<PutItemPayload>;
  pendingFiles: OutboxRecord<UploadFilePayload>[];
  pendingComments: OutboxRecord<CommentPayload>[];
};
export type ShareView = Share & { sync: SyncState };

/** Lays unsent records over the server's items and shares: a new item shows at once, with whether it is sent. */
export function overlay(list: ItemList | undefined, shares: readonly Share[] | undefined, records: readonly OutboxRecord[], clientId: string) {
  const puts = new Map<string, OutboxRecord<PutItemPayload>[]>();
  const files = new Map<string, OutboxRecord<UploadFilePayload>[]>();
  const comments = new Map<string, OutboxRecord<CommentPayload>[]>();
  const newShares: OutboxRecord<SharePayload>[] = [];
  const revokes = new Map<string, OutboxRecord<RevokePayload>>();
  // deleted on this device: gone from view at once, also while the delete waits to be sent
  const deleted = new Set<string>();
  for (const record of records) {
    if (record.kind === PORTFOLIO_ITEM_PUT) pushTo(puts, (record.payload as PutItemPayload).itemId, record as OutboxRecord<PutItemPayload>);
    else if (record.kind === PORTFOLIO_FILE) pushTo(files, (record.payload as UploadFilePayload).itemId, record as OutboxRecord<UploadFilePayload>);
    else if (record.kind === PORTFOLIO_COMMENT) pushTo(comments, (record.payload as CommentPayload).itemId, record as OutboxRecord<CommentPayload>);
    else if (record.kind === PORTFOLIO_SHARE) newShares.push(record as OutboxRecord<SharePayload>);
    else if (record.kind === PORTFOLIO_ITEM_DELETE) deleted.add((record.payload as DeleteItemPayload).itemId);
    else if (record.kind === PORTFOLIO_REVOKE) revokes.set((record.payload as RevokePayload).shareId, record as OutboxRecord<RevokePayload>);
  }
  const view = (base: Item | undefined, id: string): ItemView | null => {
    if (deleted.has(id)) return null;
    const pending = puts.get(id) ?? [];
    const latest = pending.at(-1);
    const extra = { pendingFiles: files.get(id) ?? [], pendingComments: comments.get(id) ?? [] };
    const sync = syncStateOf([...pending, ...extra.pendingFiles, ...extra.pendingComments]);
    if (!latest) return base ? { ...base, sync, ...extra } : null;
    const item = applyItemWrite(base, latest.payload.input, { id, clientId, at: latest.createdAt });
    // an unsent change keeps the server's version: the next edit is made on the same base
    return { ...item, version: base?.version ?? 0, sync, pendingRecord: latest, ...extra };
  };
  const items = overlayList(list?.items ?? [], puts.keys(), view);
  items.sort(compareItems);
  const shareViews: ShareView[] = [
    ...newShares
      .filter((r) => !(shares ?? []).some((s) => s.id === r.payload.shareId))
      .map((r) => ({ ...r.payload.input, id: r.payload.shareId, clientId, createdAt: r.createdAt, revokedAt: null, token: null, sync: syncStateOf([r]) })),
    ...(shares ?? []).map((s) => {
      const revoke = revokes.get(s.id);
      return revoke && s.revokedAt === null ? { ...s, revokedAt: revoke.createdAt, sync: syncStateOf([revoke]) } : { ...s, sync: 'sent' as const };
    }),
  ];
  for (const share of shareViews) {
    const revoke = revokes.get(share.id);
    if (revoke && share.revokedAt === null) Object.assign(share, { revokedAt: revoke.createdAt, sync: syncStateOf([revoke]) });
  }
  return { items, shares: shareViews };
}

export function usePortfolioView() {
  const { user } = useSession();
  const clientId = user?.clientId ?? '';
  const query = useItems(clientId !== '');
  const sharesQuery = useShares(clientId !== '');
  const { records } = useOutboxSnapshot();
  const view = useMemo(() => overlay(query.data, sharesQuery.data?.shares, records, clientId), [query.data, sharesQuery.data, records, clientId]);
  return { query, sharesQuery, clientId, today: todayIso(), ...view };
}
