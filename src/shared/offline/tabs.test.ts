import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createChannelHub, createLocalLocks, type OutboxLockManager } from './coordination.ts';
import { openWerkmapDbConnection, type WerkmapDb } from './db.ts';
import { createIdbOutboxStore } from './idb-store.ts';
import { OUTBOX_LOCK_NAME, type Outbox, type OutboxEvent } from './outbox.ts';
import { FakeServer, makeOutbox, network, resetIndexedDb, testKinds } from './test-helpers.ts';

/**
 * "Two tabs": two outboxes, each with its own IndexedDB connection to the same
 * (fake) database, sharing a lock manager and a BroadcastChannel stand-in, as
 * two tabs of one origin share navigator.locks and BroadcastChannel.
 */
let server: FakeServer;
let kinds: ReturnType<typeof testKinds>;
let locks: OutboxLockManager;
let hub: ReturnType<typeof createChannelHub>;
const connections: WerkmapDb[] = [];
const tabs: Outbox[] = [];

async function openTab(options: { ownerId?: string | null } = {}): Promise<Outbox> {
  const connection = await openWerkmapDbConnection();
  connections.push(connection);
  const tab = makeOutbox({
    registry: kinds.registry,
    store: createIdbOutboxStore({ open: async () => connection }),
    locks,
    channel: hub.connect(),
    random: () => 0,
    ...options,
  });
  tabs.push(tab);
  return tab;
}

beforeEach(async () => {
  await resetIndexedDb();
  server = new FakeServer();
  kinds = testKinds(server);
  locks = createLocalLocks();
  hub = createChannelHub();
});

afterEach(() => {
  for (const tab of tabs.splice(0)) tab.dispose();
  for (const connection of connections.splice(0)) connection.close();
});

describe('two tabs', () => {
  it('draining concurrently, send every record exactly once and each lane in order', async () => {
    const a = await openTab();
    const b = await openTab();
    const lanes = ['notes:1', 'notes:2', 'profile:anna', 'notes:3'];
    const writes: Array<Promise<{ id: string; lane: string; seq: number }>> = [];
    const drains: Array<Promise<void>> = [];
    for (let i = 0; i < 24; i++) {
      const tab = i % 2 === 0 ? a : b;
      writes.push(tab.enqueue({ lane: lanes[i % lanes.length] ?? 'notes:1', kind: 'note.add', payload: { text: `n${i}` }, ownerId: 'anna' }));
      drains.push(a.drain(), b.drain());
    }
    const written = await Promise.all(writes);
    await Promise.all(drains);
    await vi.waitFor(async () => {
      await Promise.all([a.drain(), b.drain()]);
      expect(await a.list()).toEqual([]);
    });

    // Exactly once: one request per key, no replays needed.
    expect(server.requests).toHaveLength(24);
    expect(new Set(server.requests.map((r) => r.key)).size).toBe(24);
    expect(server.applied).toHaveLength(24);
    expect(server.laneOverlap).toBe(false);
    for (const lane of lanes) {
      const expected = written.filter((w) => w.lane === lane).sort((x, y) => x.seq - y.seq).map((w) => w.id);
      expect(server.requests.filter((r) => r.lane === lane).map((r) => r.key)).toEqual(expected);
    }
    // Both tabs' snapshots catch up through the channel.
    await vi.waitFor(() => {
      expect(a.getSnapshot().unsent).toBe(0);
      expect(b.getSnapshot().unsent).toBe(0);
    });
  });

  it('lets the tab holding the lock send what another tab enqueued', async () => {
    const a = await openTab();
    const b = await openTab();
    server.hold();
    const first = await a.enqueue({ lane: 'notes:1', kind: 'note.add', payload: { text: 'van a' }, ownerId: 'anna' });
    await vi.waitFor(() => expect(server.inFlight).toBe(1)); // a drains and holds the lock

    const drainedByA = a.drain();
    const second = await b.enqueue({ lane: 'notes:2', kind: 'note.add', payload: { text: 'van b' }, ownerId: 'anna' });
    await b.drain(); // the lock is taken: b does not send
    expect(server.requestsFor(second.id)).toEqual([]);
    server.release();
    await drainedByA;
    await vi.waitFor(() => expect(server.applied).toEqual([first.id, second.id]));
    expect(server.requests).toHaveLength(2);
  });

  it('retries the lock on the next trigger when another tab held it', async () => {
    const b = await openTab();
    let releaseOther!: () => void;
    const otherTabHolds = locks.request(OUTBOX_LOCK_NAME, { ifAvailable: true }, () => new Promise<void>((resolve) => (releaseOther = resolve)));
    const record = await b.enqueue({ lane: 'notes:1', kind: 'note.add', payload: { text: 'wacht' }, ownerId: 'anna' });
    await b.drain();
    expect(server.requests).toEqual([]);
    expect((await b.list())[0]?.status).toBe('pending');

    releaseOther();
    await otherTabHolds;
    await b.drain();
    expect(server.applied).toEqual([record.id]);
  });

  it('tells the other tabs what happened (sent, paused for login) so their queries and snapshots follow', async () => {
    const a = await openTab();
    const b = await openTab();
    const seenByB: OutboxEvent[] = [];
    b.onEvent((event) => seenByB.push(event));
    const record = await a.enqueue({ lane: 'notes:1', kind: 'note.add', payload: { text: 'x' }, ownerId: 'anna' });
    await a.drain();
    await vi.waitFor(() =>
      expect(seenByB).toContainEqual(expect.objectContaining({ type: 'sent', remote: true, record: expect.objectContaining({ id: record.id, lane: 'notes:1' }) })),
    );
    await vi.waitFor(() => expect(b.getSnapshot().lastSyncAt).not.toBeNull());

    const { ApiError } = await import('#src/shared/api/errors.ts');
    server.failNext(new ApiError('unauthorized', { status: 401 }));
    await a.enqueue({ lane: 'notes:1', kind: 'note.add', payload: { text: 'y' }, ownerId: 'anna' });
    await a.drain();
    await vi.waitFor(() => expect(b.getSnapshot().pausedForLogin).toBe(true));
    await b.drain(); // b does not send either
    expect(server.requests).toHaveLength(2);
    a.resumeAfterLogin();
    await vi.waitFor(() => expect(b.getSnapshot().pausedForLogin).toBe(false));
    await vi.waitFor(async () => expect(await a.list()).toEqual([]));
  });

  it('keeps the lock while a request is in flight, even when its tab stops draining', async () => {
    const a = await openTab({ ownerId: null });
    const b = await openTab({ ownerId: null }); // signed in below, once a holds the lock
    const first = await a.enqueue({ lane: 'notes:1', kind: 'note.add', payload: { text: 'een' }, ownerId: 'anna' });
    const second = await a.enqueue({ lane: 'notes:2', kind: 'note.add', payload: { text: 'twee' }, ownerId: 'anna' });
    server.hold();
    a.setOwner('anna');
    await vi.waitFor(() => expect(server.inFlight).toBe(2));
    b.setOwner('anna');
    a.dispose(); // e.g. the session's services are torn down mid-request
    server.releaseOne();
    await vi.waitFor(() => expect(server.applied).toEqual([first.id]));
    expect(server.inFlight).toBe(1);
    // b must not take a's 'sending' record for an orphan while a's request is open: it finds the
    // lock taken and is done at once (had it sent the record again, the held server would keep
    // this drain waiting, and the test would time out).
    await b.drain();
    expect(server.requestsFor(second.id)).toHaveLength(1);
    server.release();
    await vi.waitFor(async () => expect(await b.list()).toEqual([]));
    await b.drain();
    expect(server.requestsFor(second.id)).toHaveLength(1);
  });

  it('recovers from lost answers without doubling anything', async () => {
    const a = await openTab();
    const b = await openTab();
    // The server applies the write, but the answer never reaches the device.
    let lost = 0;
    const lossy = (record: Parameters<FakeServer['handle']>[0], signal: AbortSignal) =>
      server.handle(record, signal).then((result) => {
        if (lost < 5) {
          lost++;
          throw network();
        }
        return result;
      });
    kinds.registry.register({ kind: 'note.lossy', schemaVersion: 1, send: (record, ctx) => lossy(record, ctx.signal) });
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) {
      const tab = i % 2 ? a : b;
      ids.push((await tab.enqueue({ lane: `l:${i % 3}`, kind: 'note.lossy', payload: { i }, ownerId: 'anna' })).id);
    }
    await vi.waitFor(async () => {
      await Promise.all([a.drain(), b.drain()]);
      expect(await a.list()).toEqual([]);
    });
    expect(lost).toBe(5);
    expect([...server.applied].sort()).toEqual([...ids].sort());
    expect(server.requests.length).toBe(8 + 5);
  });
});
