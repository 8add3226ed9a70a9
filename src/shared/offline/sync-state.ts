import type { OutboxRecord } from './types.ts';

/**
 * Whether something the person wrote has reached the server: `sent` (confirmed), `pending`
 * (waiting on this device) or `problem` (the server refused it, it conflicts or it is held: it
 * needs the person's attention). Shown with `SyncTag` (`src/shared/ui/sync-tag.tsx`).
 */
export type SyncState = 'sent' | 'pending' | 'problem';

/** A record the outbox will not send again by itself: refused, in conflict or held (`Outbox.hold`). */
export const needsAttention = (record: Pick<OutboxRecord, 'status'>): boolean => record.status === 'conflict' || record.status === 'rejected' || record.status === 'held';

/** The sync state of one unsent record. */
export const recordSyncState = (record: Pick<OutboxRecord, 'status'>): SyncState => (needsAttention(record) ? 'problem' : 'pending');

/** The sync state of a thing with these unsent records: sent when there are none, a problem when one needs attention. */
export const syncStateOf = (records: readonly Pick<OutboxRecord, 'status'>[]): SyncState =>
  records.length === 0 ? 'sent' : records.some(needsAttention) ? 'problem' : 'pending';

/** The first record that needs the person's attention, if any. */
export const firstProblem = <R extends Pick<OutboxRecord, 'status'>>(records: readonly R[]): R | undefined => records.find(needsAttention);

/** Appends `value` to the list under `key` (grouping unsent records per entity). */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Lays unsent writes over a server list: `view(base, id)` for every server entity (in order),
 * then for every id that only has unsent writes (a new entity); `view` returns null to leave an
 * entity out (deleted on this device, or nothing to show).
 */
export function overlayList<T extends { id: string }, V>(server: readonly T[], pendingIds: Iterable<string>, view: (base: T | undefined, id: string) => V | null): V[] {
  const out: V[] = [];
  const seen = new Set<string>();
  for (const entity of server) {
    seen.add(entity.id);
    const v = view(entity, entity.id);
    if (v !== null) out.push(v);
  }
  for (const id of pendingIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    const v = view(undefined, id);
    if (v !== null) out.push(v);
  }
  return out;
}

/**
 * The one shape of a feature's `use*View()` hook (the server's data with this device's unsent
 * writes laid over it): `query` is the main server read (loading, error, refetch: hand it to
 * `QueryState`), `clientId` whose data it is, then the overlaid data under named fields
 * (`items`, `tasks`, `profile`, …), and `problem`, when there is one, the first unsent record
 * that needs the person's attention. Extra reads a screen needs come as further `…Query` fields.
 */
export type OverlayView<Q, D extends object> = { query: Q; clientId: string; problem?: OutboxRecord } & D;
