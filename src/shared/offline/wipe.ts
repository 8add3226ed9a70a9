import { deleteDB } from 'idb';
import { DB_NAME, closeWerkmapDb, sealWerkmapDb } from './db.ts';
import { isAppCache } from './app-caches.ts';
import { ASK_WHO_SIGNS_IN_KEY } from '#src/shared/auth/ask-who-signs-in.ts';

export { LANGUAGE_CACHE, PRECACHE_PREFIX } from './app-caches.ts';

/**
 * Removes everything personal this app keeps on the device: the IndexedDB
 * database (outbox + saved reads), our localStorage / sessionStorage keys, and
 * every Cache Storage cache except the app's own files (the precache and the other languages'
 * texts, see app-caches.ts). Works offline. It leaves the flag that the next sign-in must ask who
 * signs in (nothing personal; set at an inactivity timeout, src/shared/auth/ask-who-signs-in.ts).
 * Used at sign-out and at the end of a public-computer session.
 */

/** Every key this app puts in localStorage or sessionStorage starts with this. */
export const STORAGE_PREFIX = 'werkmap';
/** How long to wait for other tabs to let go of the database. */
export const DB_DELETE_TIMEOUT_MS = 5_000;

export type WipeReport = {
  indexedDb: {
    deleted: boolean;
    /** Another tab kept the database open for a while (it is deleted once that tab closes it). */
    blocked: boolean;
  };
  localStorage: string[];
  sessionStorage: string[];
  caches: string[];
  /** What could not be removed, and why (no personal data). */
  errors: string[];
};

export type WipeEnvironment = {
  dbName?: string;
  localStorage?: Storage | null;
  sessionStorage?: Storage | null;
  caches?: Pick<CacheStorage, 'keys' | 'delete'> | null;
  timeoutMs?: number;
  /**
   * Storage keys to leave alone although they carry the prefix. Only for
   * development tools (e.g. the mock backend's 'werkmap.mock-db'); never for
   * anything personal.
   */
  keep?: (key: string) => boolean;
};

function removePrefixed(
  storage: Storage | null | undefined,
  report: string[],
  errors: string[],
  label: string,
  keep: (key: string) => boolean,
) {
  if (!storage) return;
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null && key.startsWith(STORAGE_PREFIX) && !keep(key)) keys.push(key);
    }
    for (const key of keys) {
      storage.removeItem(key);
      report.push(key);
    }
  } catch (error) {
    errors.push(`${label}: ${error instanceof Error ? error.name : 'error'}`);
  }
}

function safely<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    // e.g. storage disabled by the browser's settings
    return null;
  }
}

export async function wipeDevice(env: WipeEnvironment = {}): Promise<WipeReport> {
  const report: WipeReport = {
    indexedDb: { deleted: false, blocked: false },
    localStorage: [],
    sessionStorage: [],
    caches: [],
    errors: [],
  };

  // Storage first: synchronous, cannot block.
  const local = env.localStorage !== undefined ? env.localStorage : safely(() => globalThis.localStorage);
  const session = env.sessionStorage !== undefined ? env.sessionStorage : safely(() => globalThis.sessionStorage);
  const keep = (key: string) => key === ASK_WHO_SIGNS_IN_KEY || (env.keep?.(key) ?? false);
  removePrefixed(local, report.localStorage, report.errors, 'localStorage', keep);
  removePrefixed(session, report.sessionStorage, report.errors, 'sessionStorage', keep);

  const cacheStorage = env.caches !== undefined ? env.caches : typeof caches === 'undefined' ? null : caches;
  if (cacheStorage) {
    try {
      for (const name of await cacheStorage.keys()) {
        if (isAppCache(name)) continue;
        if (await cacheStorage.delete(name)) report.caches.push(name);
      }
    } catch (error) {
      report.errors.push(`caches: ${error instanceof Error ? error.name : 'error'}`);
    }
  }

  if (typeof indexedDB !== 'undefined') {
    sealWerkmapDb();
    await closeWerkmapDb();
    // Other tabs close their connections on 'versionchange' (see db.ts); an old
    // tab that does not would hold the deletion until it closes: don't hang on it.
    const deletion = deleteDB(env.dbName ?? DB_NAME, {
      blocked() {
        report.indexedDb.blocked = true;
      },
    }).then(
      () => 'deleted' as const,
      (error: unknown) => {
        report.errors.push(`indexedDB: ${error instanceof Error ? error.name : 'error'}`);
        return 'failed' as const;
      },
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), env.timeoutMs ?? DB_DELETE_TIMEOUT_MS);
    });
    const outcome = await Promise.race([deletion, timeout]);
    clearTimeout(timer);
    report.indexedDb.deleted = outcome === 'deleted';
    if (outcome === 'timeout') {
      report.indexedDb.blocked = true;
      report.errors.push('indexedDB: blocked by another tab');
    }
  }

  return report;
}
