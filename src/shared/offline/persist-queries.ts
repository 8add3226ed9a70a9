import { onlineManager, type QueryClient } from '@tanstack/react-query';
import {
  persistQueryClientRestore,
  persistQueryClientSubscribe,
  type AsyncStorage,
} from '@tanstack/react-query-persist-client';
import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import { QUERY_CACHE_STORE, openWerkmapDb, type WerkmapDb } from './db.ts';

/**
 * Persisted reads: the last known data of whitelisted queries (`meta: { persist: true }`)
 * is kept in IndexedDB, so screens show it offline. Mutations are never persisted
 * (writes go through the outbox). Not used in public-computer mode: just don't call it.
 */

export const QUERY_PERSIST_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
export const QUERY_PERSIST_THROTTLE_MS = 1000;
export const QUERY_PERSIST_KEY = 'werkmap-query-cache';

/**
 * Spread into a query's options to have it kept on the device. gcTime must be at
 * least maxAge, or an unobserved query is dropped from the saved cache early.
 */
export const persistedQuery = {
  meta: { persist: true },
  gcTime: QUERY_PERSIST_MAX_AGE_MS,
} as const;

/** Structural, so it fits both copies of query-core in node_modules (see below). */
type PersistableQuery = { state: { status: string }; meta?: Record<string, unknown> | undefined };

export function shouldPersistQuery(query: PersistableQuery): boolean {
  return query.state.status === 'success' && query.meta?.persist === true;
}

/** An AsyncStorage over the 'query-cache' object store. */
export function createIdbQueryStorage(open: () => Promise<WerkmapDb> = openWerkmapDb): AsyncStorage<string> {
  return {
    async getItem(key) {
      return (await (await open()).get(QUERY_CACHE_STORE, key)) ?? null;
    },
    async setItem(key, value) {
      await (await open()).put(QUERY_CACHE_STORE, value, key);
    },
    async removeItem(key) {
      await (await open()).delete(QUERY_CACHE_STORE, key);
    },
  };
}

export type QueryPersistenceOptions = {
  /** The build's id: a new build discards the saved cache (its shapes may have changed). */
  buildId: string;
  /** Default: the 'query-cache' object store. */
  store?: AsyncStorage<string>;
  /** Per user, so one person's cache is never shown to another on a shared device. */
  key?: string;
  maxAge?: number;
  throttleMs?: number;
};

export type QueryPersistence = {
  /** Resolves once the saved cache was restored (or found missing, expired or busted). Never rejects. */
  restored: Promise<void>;
  /** Stops saving. */
  unsubscribe: () => void;
  /** Resolves when no save or removal is under way (one that started before `unsubscribe` may still be). */
  settled: () => Promise<void>;
};

export function createQueryPersistence(queryClient: QueryClient, options: QueryPersistenceOptions): QueryPersistence {
  let stopped = false;
  const storage = options.store ?? createIdbQueryStorage();
  // A save the persister throttled can still fire after unsubscribe (e.g. just after the wipe at
  // sign-out): once stopped, writes go nowhere.
  const underWay = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    underWay.add(work);
    void work.finally(() => underWay.delete(work)).catch(() => {});
    return work;
  };
  const guarded: AsyncStorage<string> = {
    getItem: (key) => storage.getItem(key),
    setItem: async (key, value) => {
      if (!stopped) await track(Promise.resolve(storage.setItem(key, value)));
    },
    removeItem: async (key) => {
      if (!stopped) await track(Promise.resolve(storage.removeItem(key)));
    },
  };
  const persister = createAsyncStoragePersister({
    storage: guarded,
    key: options.key ?? QUERY_PERSIST_KEY,
    throttleTime: options.throttleMs ?? QUERY_PERSIST_THROTTLE_MS,
    // A full disk: give up saving reads; the app works on, from the network.
    retry: () => undefined,
  });
  const common = { queryClient, persister, buster: options.buildId };
  let stopSaving: (() => void) | undefined;

  const restored = persistQueryClientRestore({ ...common, maxAge: options.maxAge ?? QUERY_PERSIST_MAX_AGE_MS })
    .catch(() => {
      // An unreadable cache was removed by the library; start from the network.
    })
    .then(() => {
      if (stopped) return;
      // Restored data is only a fallback: the last save may have missed the newest data
      // (saves are throttled), so every restored query is refetched when next used online.
      void queryClient.invalidateQueries({ refetchType: 'none' });
      stopSaving = persistQueryClientSubscribe({
        ...common,
        dehydrateOptions: {
          shouldDehydrateQuery: shouldPersistQuery,
          shouldDehydrateMutation: () => false,
        },
      });
    });

  return {
    restored,
    unsubscribe() {
      stopped = true;
      stopSaving?.();
    },
    async settled() {
      while (underWay.size > 0) await Promise.allSettled([...underWay]);
    },
  };
}

/** TanStack Query believes it is online until told otherwise: tell it the truth at start. */
export function initOnlineManager(): void {
  if (typeof navigator !== 'undefined') onlineManager.setOnline(navigator.onLine !== false);
}
