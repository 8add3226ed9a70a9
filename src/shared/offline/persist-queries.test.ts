import { QueryClient, onlineManager } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  QUERY_PERSIST_KEY,
  createIdbQueryStorage,
  createQueryPersistence,
  initOnlineManager,
  persistedQuery,
  type QueryPersistence,
} from './persist-queries.ts';
import { resetIndexedDb } from './test-helpers.ts';
import { ApiError } from '../api/errors.ts';

const clients: QueryClient[] = [];
const persistences: QueryPersistence[] = [];

function client(): QueryClient {
  const created = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  clients.push(created);
  return created;
}

function persist(queryClient: QueryClient, buildId = 'build-1', maxAge?: number): QueryPersistence {
  const persistence = createQueryPersistence(queryClient, { buildId, throttleMs: 5, ...(maxAge === undefined ? {} : { maxAge }) });
  persistences.push(persistence);
  return persistence;
}

async function saved(): Promise<{ timestamp: number; buster: string; clientState: { queries: Array<{ queryKey: unknown }>; mutations: unknown[] } } | null> {
  const raw = await createIdbQueryStorage().getItem(QUERY_PERSIST_KEY);
  return raw ? JSON.parse(raw) : null;
}

beforeEach(async () => {
  await resetIndexedDb();
});

afterEach(async () => {
  const stopping = persistences.splice(0);
  for (const p of stopping) p.unsubscribe();
  for (const c of clients.splice(0)) c.clear();
  // A save that started before unsubscribe lands before the next test gets a fresh database.
  await Promise.all(stopping.map((p) => p.settled()));
});

/** Stops every persistence made so far and waits until their last saves have landed. */
async function stopAll(): Promise<void> {
  const stopping = persistences.splice(0);
  for (const p of stopping) p.unsubscribe();
  await Promise.all(stopping.map((p) => p.settled()));
}

async function fillCache(queryClient: QueryClient) {
  await queryClient.fetchQuery({ queryKey: ['profile', 'anna'], queryFn: async () => ({ name: 'Anna', version: 3 }), ...persistedQuery });
  await queryClient.fetchQuery({ queryKey: ['vacancies'], queryFn: async () => ['kok'] });
  await queryClient
    .getMutationCache()
    .build(queryClient, { mutationKey: ['send'], mutationFn: async () => 'ok' })
    .execute(undefined);
}

describe('createQueryPersistence', () => {
  it('saves only queries marked meta.persist, never mutations, and restores them', async () => {
    const first = client();
    await persist(first).restored;
    await fillCache(first);

    await vi.waitFor(async () => expect((await saved())?.clientState.queries).toHaveLength(1));
    await stopAll();
    const blob = await saved();
    expect(blob?.buster).toBe('build-1');
    expect(blob?.clientState.queries[0]?.queryKey).toEqual(['profile', 'anna']);
    expect(blob?.clientState.mutations).toEqual([]);

    const second = client();
    await persist(second).restored;
    expect(second.getQueryData(['profile', 'anna'])).toEqual({ name: 'Anna', version: 3 });
    expect(second.getQueryData(['vacancies'])).toBeUndefined();
    // Restored queries keep their meta, so they stay persisted.
    expect(second.getQueryCache().find({ queryKey: ['profile', 'anna'] })?.meta).toEqual({ persist: true });
  });

  it('keeps a query whose refresh failed, saved as the success it was', async () => {
    const first = client();
    await persist(first).restored;
    await first.fetchQuery({ queryKey: ['profile', 'anna'], queryFn: async () => ({ name: 'Anna', version: 3 }), ...persistedQuery });
    await first
      .fetchQuery({ queryKey: ['profile', 'anna'], queryFn: () => Promise.reject(new ApiError('server', { status: 502 })), ...persistedQuery, staleTime: 0 })
      .catch(() => undefined);
    expect(first.getQueryState(['profile', 'anna'])?.status).toBe('error');
    await stopAll();
    const query = (await saved())?.clientState.queries[0] as { queryKey: unknown; state: { status: string; error: unknown; data: unknown } };
    expect(query.queryKey).toEqual(['profile', 'anna']);
    expect(query.state).toMatchObject({ status: 'success', error: null, data: { name: 'Anna', version: 3 } });

    const second = client();
    await persist(second).restored;
    expect(second.getQueryData(['profile', 'anna'])).toEqual({ name: 'Anna', version: 3 });
    expect(second.getQueryState(['profile', 'anna'])?.status).toBe('success');
  });

  it('drops a query whose refresh was refused (access withdrawn), as before', async () => {
    const first = client();
    await persist(first).restored;
    await first.fetchQuery({ queryKey: ['profile', 'anna'], queryFn: async () => ({ name: 'Anna', version: 3 }), ...persistedQuery });
    await vi.waitFor(async () => expect((await saved())?.clientState.queries).toHaveLength(1));
    await first
      .fetchQuery({ queryKey: ['profile', 'anna'], queryFn: () => Promise.reject(new ApiError('forbidden', { status: 403 })), ...persistedQuery, staleTime: 0 })
      .catch(() => undefined);
    await vi.waitFor(async () => expect((await saved())?.clientState.queries).toEqual([]));
  });

  it('saves data the moment it arrives, not a throttle interval later', async () => {
    const queryClient = client();
    const persistence = createQueryPersistence(queryClient, { buildId: 'build-1', throttleMs: 60_000 });
    persistences.push(persistence);
    await persistence.restored;
    await queryClient.fetchQuery({ queryKey: ['profile', 'anna'], queryFn: async () => ({ name: 'Anna', version: 3 }), ...persistedQuery });
    // stopped right away (a reload): what arrived is on the device all the same
    await stopAll();
    expect((await saved())?.clientState.queries.map((q) => q.queryKey)).toEqual([['profile', 'anna']]);
  });

  it('discards the saved cache of another build', async () => {
    const first = client();
    await persist(first, 'build-1').restored;
    await fillCache(first);
    await vi.waitFor(async () => expect(await saved()).not.toBeNull());
    await stopAll();

    const second = client();
    await persist(second, 'build-2').restored;
    expect(second.getQueryData(['profile', 'anna'])).toBeUndefined();
    expect(await saved()).toBeNull();
  });

  it('discards a saved cache older than maxAge', async () => {
    const first = client();
    await persist(first).restored;
    await fillCache(first);
    await vi.waitFor(async () => expect(await saved()).not.toBeNull());
    await stopAll();
    const blob = await saved();
    await createIdbQueryStorage().setItem(QUERY_PERSIST_KEY, JSON.stringify({ ...blob, timestamp: Date.now() - 8 * 24 * 60 * 60 * 1000 }));

    const second = client();
    await persist(second).restored;
    expect(second.getQueryData(['profile', 'anna'])).toBeUndefined();
  });

  it('starts from an unreadable cache without failing', async () => {
    await createIdbQueryStorage().setItem(QUERY_PERSIST_KEY, '{not json');
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const queryClient = client();
    await expect(persist(queryClient).restored).resolves.toBeUndefined();
    expect(queryClient.getQueryCache().getAll()).toEqual([]);
    expect(await saved()).toBeNull();
    spy.mockRestore();
  });

  it('stops saving after unsubscribe', async () => {
    const queryClient = client();
    const persistence = persist(queryClient);
    await persistence.restored;
    persistence.unsubscribe();
    // the throttle's timer on fake time: run past it instead of sleeping
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await fillCache(queryClient);
      await vi.advanceTimersByTimeAsync(60_000);
    } finally {
      vi.useRealTimers();
    }
    await persistence.settled();
    expect(await saved()).toBeNull();
  });
});

describe('initOnlineManager', () => {
  it('starts TanStack Query from navigator.onLine', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    initOnlineManager();
    expect(onlineManager.isOnline()).toBe(false);
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    initOnlineManager();
    expect(onlineManager.isOnline()).toBe(true);
  });
});
