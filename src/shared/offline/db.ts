import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { OutboxRecord } from './types.ts';

/**
 * The app's one IndexedDB database. Everything personal that is kept on the
 * device lives here (outbox + persisted query cache), so `wipeDevice()` can
 * remove it in one step.
 */
export const DB_NAME = 'werkmap';
export const DB_VERSION = 1;

export const OUTBOX_STORE = 'outbox';
export const QUERY_CACHE_STORE = 'query-cache';

export interface WerkmapDbSchema extends DBSchema {
  outbox: {
    key: number;
    value: OutboxRecord;
    indexes: { id: string; lane: string };
  };
  /** Key/value (out-of-line keys): the persisted TanStack Query cache. */
  'query-cache': {
    key: string;
    value: string;
  };
}

export type WerkmapDb = IDBPDatabase<WerkmapDbSchema>;
type UpgradeTransaction = IDBPTransaction<WerkmapDbSchema, ArrayLike<StoreNames<WerkmapDbSchema>>, 'versionchange'>;

/**
 * Schema migrations, one per version: `migrations[n]` upgrades from version n to
 * n + 1. Never edit a shipped step; add a new one and raise DB_VERSION.
 * Record *payload* migrations are not done here (they need the features' code):
 * the outbox migrates payloads on read with each kind's `migrate`.
 */
const migrations: ReadonlyArray<(db: WerkmapDb, tx: UpgradeTransaction) => void> = [
  // 0 -> 1: the outbox (FIFO by autoincrement seq, looked up by id, grouped by lane)
  // and the query cache.
  (db) => {
    const outbox = db.createObjectStore(OUTBOX_STORE, { keyPath: 'seq', autoIncrement: true });
    outbox.createIndex('id', 'id', { unique: true });
    outbox.createIndex('lane', 'lane');
    db.createObjectStore(QUERY_CACHE_STORE);
  },
];

if (migrations.length !== DB_VERSION) throw new Error('db.ts: one migration per DB version');

export function upgradeWerkmapDb(db: WerkmapDb, oldVersion: number, newVersion: number, tx: UpgradeTransaction): void {
  for (let version = oldVersion; version < newVersion; version++) {
    const step = migrations[version];
    if (!step) throw new Error(`No IndexedDB migration from version ${version}`);
    step(db, tx);
  }
}

/** Opens a new connection (each caller owns and closes it). Tests use this for "another tab". */
export function openWerkmapDbConnection(onClose?: () => void): Promise<WerkmapDb> {
  return openDB<WerkmapDbSchema>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, newVersion, tx) {
      upgradeWerkmapDb(db, oldVersion, newVersion ?? DB_VERSION, tx);
    },
    blocking(_current, _blocked, event) {
      // Another tab wants a newer version or is deleting the database (wipe at
      // sign-out): let it. The next use opens a fresh connection.
      (event.target as IDBDatabase).close();
      onClose?.();
    },
    terminated() {
      onClose?.();
    },
  });
}

let shared: Promise<WerkmapDb> | null = null;
let sealed = false;

/** Raised when the device was wiped and nobody signed in since: nothing may be written. */
export class DeviceSealedError extends Error {
  constructor() {
    super('The device was wiped at sign-out; nothing is stored until someone signs in again.');
    this.name = 'DeviceSealedError';
  }
}

/**
 * After a wipe, a late write (a throttled save of the read cache, a record settling) must not
 * create the database again: the device stays sealed until the next sign-in unseals it.
 */
export function sealWerkmapDb(): void {
  sealed = true;
}

export function unsealWerkmapDb(): void {
  sealed = false;
}

/** The app's shared connection, opened on first use and reopened after it was closed. */
export function openWerkmapDb(): Promise<WerkmapDb> {
  if (sealed) return Promise.reject(new DeviceSealedError());
  if (!shared) {
    const opening: Promise<WerkmapDb> = openWerkmapDbConnection(() => {
      if (shared === opening) shared = null;
    });
    shared = opening;
    opening.catch(() => {
      if (shared === opening) shared = null;
    });
  }
  return shared;
}

/** Closes the shared connection (before deleting the database, and in tests). */
export async function closeWerkmapDb(): Promise<void> {
  const current = shared;
  shared = null;
  if (!current) return;
  try {
    (await current).close();
  } catch {
    // It never opened: nothing to close.
  }
}
