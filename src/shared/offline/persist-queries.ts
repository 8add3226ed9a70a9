import { onlineManager, type QueryClient } from '@tanstack/react-query';
import {
  persistQueryClientRestore,
  persistQueryClientSave,
  type AsyncStorage,
  type PersistedClient,
  type Persister,
} from '@tanstack/react-query-persist-client';
import { isApiError } from '../api/errors.ts';
import { QUERY_CACHE_STORE, openWerkmapDb, type WerkmapDb } from './db.ts';

/**
 * Persisted reads: the last known data of whitelisted queries (`meta: { persist: true }`)
 * is kept in IndexedDB, so screens show it offline and when the API does not answer (lie-fi):
 * saved as soon as it arrives, and kept when a later refresh fails. Mutations are never
 * persisted (writes go through the outbox). Not used in public-computer mode: just don't call it.
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
type PersistableQuery = { state: { status: string; data?: unknown; error?: unknown }; meta?: Record<string, unknown> | undefined };

/**
 * A whitelisted query is kept whenever it has data — also when its last refresh failed for want
 * of an answer (no connection, a 5xx from the API or its gateway, 429). TanStack keeps the data of
 * a query whose refetch failed but marks it `status: 'error'`; its default (keep only `'success'`)
 * dropped exactly the data that lie-fi needs from the next save, so after one failed refresh a
 * reload found nothing ("Dit konden we niet laden"). A refusal (401, 403, 404, an answer that
 * breaks the contract) still drops it: access withdrawn must not leave the data on the device.
 */
export function shouldPersistQuery(query: PersistableQuery): boolean {
  if (query.meta?.persist !== true || query.state.data === undefined) return false;
  if (query.state.status !== 'error') return true;
  const error = query.state.error;
  return isApiError(error) && error.retriable;
}

type DehydratedQueryState = PersistedClient['clientState']['queries'][number]['state'];

/**
 * What is saved of a query is its last known data, not how its last refresh went: a failed
 * refresh is saved as the success it was before (an error does not survive JSON anyway), so a
 * restored screen shows its data with "Je ziet de gegevens van …" and refetches when it can.
 */
export function asLastKnownData(client: PersistedClient): PersistedClient {
  const queries = client.clientState.queries.map((query) => {
    if (query.state.status !== 'error' || query.state.data === undefined) return query;
    const state: DehydratedQueryState = {
      ...query.state,
      status: 'success',
      error: null,
      fetchFailureCount: 0,
      fetchFailureReason: null,
      fetchStatus: 'idle',
    };
    return { ...query, state };
  });
  return { ...client, clientState: { ...client.clientState, queries } };
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
  const key = options.key ?? QUERY_PERSIST_KEY;
  const throttleMs = options.throttleMs ?? QUERY_PERSIST_THROTTLE_MS;
  // One save at a time, the newest client wins (a save asked for while one runs follows it).
  let next: PersistedClient | null = null;
  let writing: Promise<void> | null = null;
  const write = async () => {
    while (next) {
      const client = next;
      next = null;
      try {
        await guarded.setItem(key, JSON.stringify(asLastKnownData(client)));
      } catch {
        // A full disk: give up this save; the app works on, from the network.
      }
    }
    writing = null;
  };
  const persister: Persister = {
    persistClient(client) {
      next = client;
      writing ??= write();
      return writing;
    },
    async restoreClient() {
      const saved = await guarded.getItem(key);
      return saved ? (JSON.parse(saved) as PersistedClient) : undefined;
    },
    removeClient: () => guarded.removeItem(key),
  };
  const common = { queryClient, persister, buster: options.buildId };
  let stopSaving: (() => void) | undefined;

  const restored = persistQueryClientRestore({ ...common, maxAge: options.maxAge ?? QUERY_PERSIST_MAX_AGE_MS })
    .catch(() => {
      // An unreadable cache was removed by the library; start from the network.
    })
    .then(() => {
      if (stopped) return;
      // Restored data is only a fallback: the last save may have missed the newest data, so every
      // restored query is refetched when next used online.
      void queryClient.invalidateQueries({ refetchType: 'none' });
      stopSaving = subscribeSaving(queryClient, () => {
        if (stopped) return;
        void persistQueryClientSave({
          ...common,
          dehydrateOptions: { shouldDehydrateQuery: shouldPersistQuery, shouldDehydrateMutation: () => false },
        });
      }, throttleMs);
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

/**
 * When the cache is saved: data that arrived at once (in the same task, so a page reloaded, left
 * or closed a moment after it showed new data still finds it next time — a save throttled by a
 * second was lost then, and the screen had nothing to show offline); any other change within
 * `throttleMs`; and a save still waiting when the page is hidden or left.
 */
function subscribeSaving(queryClient: QueryClient, save: () => void, throttleMs: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queued = false;
  const saveNow = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    save();
  };
  const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'success' && event.query.meta?.persist === true) {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        saveNow();
      });
      return;
    }
    if (event.type === 'added' || event.type === 'removed' || event.type === 'updated') timer ??= setTimeout(saveNow, throttleMs);
  });
  const flush = () => {
    if (timer !== undefined) saveNow();
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  const page = typeof window === 'undefined' ? undefined : window;
  page?.addEventListener('pagehide', flush);
  page?.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    page?.removeEventListener('pagehide', flush);
    page?.document.removeEventListener('visibilitychange', onVisibility);
  };
}

/** TanStack Query believes it is online until told otherwise: tell it the truth at start. */
export function initOnlineManager(): void {
  if (typeof navigator !== 'undefined') onlineManager.setOnline(navigator.onLine !== false);
}
