import type { IDBPIndex, IDBPObjectStore } from 'idb';
import { OUTBOX_STORE, openWerkmapDb, type WerkmapDb, type WerkmapDbSchema } from './db.ts';
import { OUTBOX_STATUSES, type LaneRebase, type NewOutboxRecord, type OutboxRecord, type OutboxStore } from './types.ts';

/**
 * The outbox on IndexedDB (idb 8). Each method is one transaction; `add`
 * resolves only when its transaction has completed with strict durability, i.e.
 * the record is on disk.
 */
export function createIdbOutboxStore(options: { open?: () => Promise<WerkmapDb> } = {}): OutboxStore {
  const open = options.open ?? openWerkmapDb;

  /** One readwrite transaction on the stored record `id` (undefined when there is none), then its lane re-based. */
  async function changeRecord(id: string, rebase: LaneRebase | undefined, change: (store: OutboxObjectStore, current: OutboxRecord) => Promise<OutboxRecord>) {
    const db = await open();
    const tx = db.transaction(OUTBOX_STORE, 'readwrite');
    const row = await tx.store.index('id').get(id);
    if (!row) {
      await tx.done;
      return undefined;
    }
    const current = normalizeStoredRecord(row);
    const result = await change(tx.store, current);
    if (rebase) await rebaseLane(tx.store.index('lane'), current, rebase);
    await tx.done;
    return result;
  }

  return {
    async add(record) {
      const db = await open();
      const tx = db.transaction(OUTBOX_STORE, 'readwrite', { durability: 'strict' });
      const value = { ...record } as Partial<OutboxRecord>;
      delete value.seq; // the key generator assigns it
      const seq = await tx.store.add(value as OutboxRecord);
      await tx.done;
      return { ...(value as NewOutboxRecord), seq };
    },

    async replace(removeId, record) {
      const db = await open();
      const tx = db.transaction(OUTBOX_STORE, 'readwrite', { durability: 'strict' });
      const value = { ...record } as Partial<OutboxRecord>;
      delete value.seq; // the key generator assigns it
      const seq = await tx.store.add(value as OutboxRecord);
      const row = await tx.store.index('id').get(removeId);
      const removed = row ? normalizeStoredRecord(row) : undefined;
      if (removed) await tx.store.delete(removed.seq);
      await tx.done;
      return { added: { ...(value as NewOutboxRecord), seq }, removed };
    },

    async list() {
      const db = await open();
      const rows = await db.getAll(OUTBOX_STORE);
      return rows.map(normalizeStoredRecord);
    },

    async get(id) {
      const db = await open();
      const row = await db.getFromIndex(OUTBOX_STORE, 'id', id);
      return row ? normalizeStoredRecord(row) : undefined;
    },

    update(id, mutate, rebase) {
      return changeRecord(id, rebase, async (store, current) => {
        const next = mutate(current);
        if (next) await store.put({ ...next, seq: current.seq });
        return next ? { ...next, seq: current.seq } : current;
      });
    },

    remove(id, rebase) {
      return changeRecord(id, rebase, async (store, current) => {
        await store.delete(current.seq);
        return current;
      });
    },

    async clear() {
      const db = await open();
      await db.clear(OUTBOX_STORE);
    },
  };
}

type LaneIndex = IDBPIndex<WerkmapDbSchema, ['outbox'], 'outbox', 'lane', 'readwrite'>;
type OutboxObjectStore = IDBPObjectStore<WerkmapDbSchema, ['outbox'], 'outbox', 'readwrite'>;

async function rebaseLane(index: LaneIndex, after: OutboxRecord, rebase: LaneRebase): Promise<void> {
  let cursor = await index.openCursor(IDBKeyRange.only(after.lane));
  while (cursor) {
    const row = cursor.value;
    if (row.seq > after.seq && row.ownerId === after.ownerId && row.baseVersion === rebase.from) {
      await cursor.update({ ...row, baseVersion: rebase.to });
    }
    cursor = await cursor.continue();
  }
}

/**
 * Records outlive app versions: fill in envelope fields an older version may not
 * have written, so nothing in the outbox is ever unreadable. Payloads are
 * migrated by the outbox with each kind's `migrate`.
 */
export function normalizeStoredRecord(raw: OutboxRecord): OutboxRecord {
  const record = { ...raw } as Partial<OutboxRecord> & { seq: number };
  const status = OUTBOX_STATUSES.includes(record.status as OutboxRecord['status']) ? record.status : 'pending';
  return {
    ...record,
    id: String(record.id),
    ownerId: typeof record.ownerId === 'string' ? record.ownerId : '',
    lane: typeof record.lane === 'string' ? record.lane : `unknown:${String(record.id)}`,
    kind: typeof record.kind === 'string' ? record.kind : '',
    schemaVersion: typeof record.schemaVersion === 'number' ? record.schemaVersion : 1,
    createdAt: typeof record.createdAt === 'string' ? record.createdAt : new Date(0).toISOString(),
    attempts: typeof record.attempts === 'number' ? record.attempts : 0,
    nextAttemptAt: typeof record.nextAttemptAt === 'number' ? record.nextAttemptAt : 0,
    status: status ?? 'pending',
  } as OutboxRecord;
}
