import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '#src/shared/api/errors.ts';
import { createMemoryOutboxStore } from './memory-store.ts';
import type { Outbox } from './outbox.ts';
import { OFFLINE_PROBE_MS, startOutboxSync } from './sync.ts';
import { FakeServer, makeOutbox, network, testKinds } from './test-helpers.ts';

/** Fake timers drive the back-off timer; the memory store needs no real timers. */
let server: FakeServer;
let kinds: ReturnType<typeof testKinds>;
let online: boolean;
let win: EventTarget;
let doc: EventTarget & { visibilityState: DocumentVisibilityState };
let box: Outbox;
let stop: () => void;

function start(options: { ownerId?: string | null } = {}) {
  box = makeOutbox({
    registry: kinds.registry,
    store: createMemoryOutboxStore(),
    isOnline: () => online,
    random: () => 0.5,
    ...options,
  });
  stop = startOutboxSync(box, { window: win, document: doc, isOnline: () => online });
}

const note = (text: string, lane = 'notes:1') => ({ lane, kind: 'note.add', payload: { text }, ownerId: 'anna' });

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-03-02T09:00:00Z') });
  server = new FakeServer();
  kinds = testKinds(server);
  online = true;
  win = new EventTarget();
  doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
});

afterEach(() => {
  stop?.();
  box?.dispose();
  vi.useRealTimers();
});

describe('startOutboxSync', () => {
  it('drains at start when online', async () => {
    // Records left by an earlier session; a new outbox does not send until sync starts.
    const store = createMemoryOutboxStore();
    const earlier = makeOutbox({ registry: kinds.registry, store, isOnline: () => online, ownerId: null });
    const record = await earlier.enqueue(note('van gisteren'));
    earlier.dispose();
    box = makeOutbox({ registry: kinds.registry, store, isOnline: () => online, ownerId: 'anna' });
    await vi.advanceTimersByTimeAsync(10);
    expect(server.requests).toEqual([]);
    stop = startOutboxSync(box, { window: win, document: doc, isOnline: () => online });
    await vi.advanceTimersByTimeAsync(10);
    expect(server.applied).toEqual([record.id]);
  });

  it('does not send while offline, and sends when the browser comes online', async () => {
    online = false;
    start();
    const record = await box.enqueue(note('in de trein'));
    await vi.advanceTimersByTimeAsync(OFFLINE_PROBE_MS - 1000);
    expect(server.requests).toEqual([]);
    expect(box.getSnapshot().online).toBe(false);

    online = true;
    win.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(10);
    expect(server.applied).toEqual([record.id]);
    expect(box.getSnapshot().online).toBe(true);
  });

  it('probes on the timer while offline, no more often than the probe interval', async () => {
    online = false;
    start();
    await box.enqueue(note('probe'));
    await vi.advanceTimersByTimeAsync(OFFLINE_PROBE_MS - 10);
    expect(server.requests).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(20);
    expect(server.requests).toHaveLength(1);
  });

  it('drains when the app becomes visible again', async () => {
    start();
    await vi.advanceTimersByTimeAsync(10);
    const drain = vi.spyOn(box, 'drain');
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(drain).not.toHaveBeenCalled();
    doc.visibilityState = 'visible';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(drain).toHaveBeenCalledTimes(1);
  });

  it('sends again when the back-off timer is due (re-armed after every failure)', async () => {
    start();
    server.failNext(network(), network());
    const record = await box.enqueue(note('lie-fi'));
    await vi.advanceTimersByTimeAsync(10);
    expect(server.requests).toHaveLength(1);
    const [first] = await box.list();
    expect(first).toMatchObject({ attempts: 1 });
    const wait1 = (first?.nextAttemptAt ?? 0) - Date.now();
    expect(wait1).toBeGreaterThan(0);
    expect(wait1).toBeLessThanOrEqual(1000);

    await vi.advanceTimersByTimeAsync(wait1 + 10);
    expect(server.requests).toHaveLength(2);
    const [second] = await box.list();
    expect(second).toMatchObject({ attempts: 2 });
    const wait2 = (second?.nextAttemptAt ?? 0) - Date.now();
    expect(wait2).toBeGreaterThan(wait1);

    await vi.advanceTimersByTimeAsync(wait2 - 100);
    expect(server.requests).toHaveLength(2); // not before it is due
    await vi.advanceTimersByTimeAsync(2_500);
    expect(server.applied).toEqual([record.id]);
    expect(await box.list()).toEqual([]);
  });

  it('lie-fi: sends a record that was backing off as soon as the API answers again, without an online event', async () => {
    // the app's online state (connectivity.ts) went offline on failed requests while the browser said online
    const listeners = new Set<(online: boolean) => void>();
    let appOnline = true;
    const onlineState = {
      isOnline: () => appOnline,
      subscribe(listener: (online: boolean) => void) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    const setAppOnline = (value: boolean) => {
      appOnline = value;
      for (const listener of listeners) listener(value);
    };
    box = makeOutbox({ registry: kinds.registry, store: createMemoryOutboxStore(), isOnline: () => online, random: () => 0.5 });
    stop = startOutboxSync(box, { window: win, document: doc, isOnline: () => online, onlineState });
    server.failNext(network(), network(), network());
    const record = await box.enqueue(note('wifi zonder internet'));
    await vi.advanceTimersByTimeAsync(10);
    await vi.advanceTimersByTimeAsync(1_010);
    await vi.advanceTimersByTimeAsync(2_010);
    expect(server.requests).toHaveLength(3);
    expect((await box.list())[0]!.nextAttemptAt - Date.now()).toBeGreaterThan(1_000);

    setAppOnline(false);
    expect(box.getSnapshot().online).toBe(false);
    setAppOnline(true);
    await vi.advanceTimersByTimeAsync(10);
    expect(server.applied).toEqual([record.id]);
    expect(box.getSnapshot().online).toBe(true);
  });

  it('sends a record that was backing off as soon as the browser comes online again', async () => {
    start();
    server.failNext(network(), network(), network());
    const record = await box.enqueue(note('tunnel'));
    await vi.advanceTimersByTimeAsync(10);
    await vi.advanceTimersByTimeAsync(1_010);
    await vi.advanceTimersByTimeAsync(2_010);
    expect(server.requests).toHaveLength(3);
    const [waiting] = await box.list();
    expect(waiting).toMatchObject({ attempts: 3 });
    expect((waiting?.nextAttemptAt ?? 0) - Date.now()).toBeGreaterThan(1_000);

    online = false;
    win.dispatchEvent(new Event('offline'));
    online = true;
    win.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(10);
    expect(server.applied).toEqual([record.id]);
    expect(await box.list()).toEqual([]);
  });

  it('arms no timer while paused for login, and stops listening when stopped', async () => {
    start({ ownerId: 'anna' });
    server.failNext(new ApiError('unauthorized', { status: 401 }));
    await box.enqueue(note('na inloggen'));
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(server.requests).toHaveLength(1);
    expect(box.getSnapshot().pausedForLogin).toBe(true);

    stop();
    box.resumeAfterLogin(); // the outbox itself still drains on resume
    await vi.advanceTimersByTimeAsync(10);
    expect(server.applied).toHaveLength(1);

    server.failNext(network());
    await box.enqueue(note('na stop'));
    await vi.advanceTimersByTimeAsync(10);
    expect(server.requests).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(server.requests).toHaveLength(3); // no timer after stop
    online = true;
    win.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(10);
    expect(server.requests).toHaveLength(3); // no listener after stop
  });
});
