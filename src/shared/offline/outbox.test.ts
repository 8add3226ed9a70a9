import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '#src/shared/api/errors.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { openWerkmapDbConnection } from './db.ts';
import { createIdbOutboxStore } from './idb-store.ts';
import { defineOutboxKind } from './kinds.ts';
import { createMemoryOutboxStore } from './memory-store.ts';
import {
  BACKOFF_CAP_MS,
  StorageFullError,
  backoffDelayMs,
  setAppOutbox,
  type Outbox,
  type OutboxEvent,
  type OutboxOptions,
  type OutboxRecord,
} from './outbox.ts';
import { FakeServer, makeOutbox, network, rawRecord, resetIndexedDb, testKinds } from './test-helpers.ts';

let server: FakeServer;
let kinds: ReturnType<typeof testKinds>;
let clock: number;
const now = () => clock;
const outboxes: Outbox[] = [];

function outbox(options: Partial<OutboxOptions> = {}): Outbox {
  const created = makeOutbox({ registry: kinds.registry, now, random: () => 0.5, ...options });
  outboxes.push(created);
  return created;
}

async function writeRaw(...records: Array<Omit<OutboxRecord, 'seq'>>): Promise<void> {
  const db = await openWerkmapDbConnection();
  for (const record of records) await db.add('outbox', record as OutboxRecord);
  db.close();
}

async function readRaw(): Promise<OutboxRecord[]> {
  const db = await openWerkmapDbConnection();
  const rows = await db.getAll('outbox');
  db.close();
  return rows;
}

const note = (text: string, lane = 'notes:1') => ({ lane, kind: 'note.add', payload: { text }, ownerId: 'anna' });

beforeEach(async () => {
  await resetIndexedDb();
  server = new FakeServer();
  kinds = testKinds(server);
  clock = 1_000_000;
});

afterEach(() => {
  for (const created of outboxes.splice(0)) created.dispose();
});

describe('enqueue', () => {
  it('resolves only after the record is on disk, and sends it after that', async () => {
    const seenOnDisk: boolean[] = [];
    const box = outbox({
      transport: async (record, kind, ctx) => {
        seenOnDisk.push((await readRaw()).some((row) => row.id === record.id));
        return kind.send(record, ctx);
      },
    });
    server.hold();
    const record = await box.enqueue({ ...note('eerste'), actorId: 'helper-1' });

    const onDisk = await readRaw();
    expect(onDisk).toHaveLength(1);
    expect(onDisk[0]).toMatchObject({
      id: record.id,
      ownerId: 'anna',
      actorId: 'helper-1',
      lane: 'notes:1',
      kind: 'note.add',
      schemaVersion: 1,
      payload: { text: 'eerste' },
      attempts: 0,
      status: expect.stringMatching(/pending|sending/),
      createdAt: new Date(clock).toISOString(),
    });
    expect(record.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    server.release();
    await vi.waitFor(() => expect(server.applied).toEqual([record.id]));
    expect(seenOnDisk).toEqual([true]);
    await box.drain();
    expect(await box.list()).toEqual([]);
    expect(kinds.sent).toEqual([{ id: record.id, version: 1 }]);
  });

  it('refuses an unregistered kind before writing anything', async () => {
    const box = outbox();
    await expect(box.enqueue({ lane: 'x:1', kind: 'nope', payload: {}, ownerId: 'anna' })).rejects.toThrow(/Unknown outbox kind/);
    expect(await readRaw()).toEqual([]);
  });

  it('asks for persistent storage once, after the first record saved while offline', async () => {
    let online = true;
    const persist = vi.fn(async () => true);
    const box = outbox({ isOnline: () => online, requestPersistence: persist });
    await box.enqueue(note('online'));
    expect(persist).not.toHaveBeenCalled();
    online = false;
    await box.enqueue(note('offline 1'));
    await box.enqueue(note('offline 2'));
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('rejects with StorageFullError when the disk is full, and keeps what was saved', async () => {
    const box = outbox({ ownerId: null });
    const first = await box.enqueue(note('een'));
    const second = await box.enqueue(note('twee'));
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    const failed = box.enqueue(note('drie'));
    await expect(failed).rejects.toBeInstanceOf(StorageFullError);
    await expect(failed).rejects.toMatchObject({ cause: { name: 'QuotaExceededError' } });
    add.mockRestore();

    expect((await readRaw()).map((row) => row.id)).toEqual([first.id, second.id]);
    // And the outbox still works once there is room again.
    await box.enqueue(note('vier'));
    expect(await readRaw()).toHaveLength(3);
  });
});

describe('order', () => {
  it('sends a lane strictly first in, first out; a later record never overtakes a failing one', async () => {
    const box = outbox();
    server.failNext(network());
    const a1 = await box.enqueue(note('a1'));
    const a2 = await box.enqueue(note('a2'));
    const a3 = await box.enqueue(note('a3'));
    await box.drain();

    // a1 failed and waits for its back-off; a2 and a3 wait behind it.
    expect(server.requests.map((r) => r.key)).toEqual([a1.id]);
    expect((await box.list()).map((r) => [r.id, r.status, r.attempts])).toEqual([
      [a1.id, 'pending', 1],
      [a2.id, 'pending', 0],
      [a3.id, 'pending', 0],
    ]);

    clock += BACKOFF_CAP_MS;
    await box.drain();
    expect(server.requests.map((r) => r.key)).toEqual([a1.id, a1.id, a2.id, a3.id]);
    expect(server.applied).toEqual([a1.id, a2.id, a3.id]);
    expect(server.laneOverlap).toBe(false);
    expect(await box.list()).toEqual([]);
  });

  it('runs lanes in parallel up to the cap, each lane in order', async () => {
    const box = outbox({ ownerId: null, maxParallelLanes: 3 });
    const byLane = new Map<string, string[]>();
    for (let i = 0; i < 2; i++) {
      for (const lane of ['a', 'b', 'c', 'd', 'e']) {
        const record = await box.enqueue(note(`${lane}${i}`, `notes:${lane}`));
        byLane.set(record.lane, [...(byLane.get(record.lane) ?? []), record.id]);
      }
    }
    server.hold();
    box.setOwner('anna');
    const drained = box.drain();
    await vi.waitFor(() => expect(server.inFlight).toBe(3));
    server.release();
    await drained;

    expect(server.applied).toHaveLength(10);
    expect(server.maxInFlight).toBe(3);
    expect(server.laneOverlap).toBe(false);
    for (const [lane, ids] of byLane) {
      expect(server.requests.filter((r) => r.lane === lane).map((r) => r.key)).toEqual(ids);
    }
  });

  it('never sends a record twice when drain() is called concurrently in one tab', async () => {
    const box = outbox({ ownerId: null });
    for (let i = 0; i < 6; i++) await box.enqueue(note(`n${i}`, `notes:${i % 2}`));
    box.setOwner('anna');
    server.hold();
    const drains = [box.drain(), box.drain(), box.drain()];
    await vi.waitFor(() => expect(server.inFlight).toBe(2));
    server.release();
    await Promise.all([...drains, box.drain()]);
    await box.drain();
    expect(server.requests).toHaveLength(6);
    expect(new Set(server.requests.map((r) => r.key)).size).toBe(6);
  });
});

describe('retry with back-off', () => {
  it('keeps the record on a network failure and backs off exponentially with full jitter', async () => {
    const box = outbox();
    server.failNext(network(), new ApiError('server', { status: 503 }), new ApiError('invalid-response', { status: 200 }));
    const record = await box.enqueue(note('probeer het'));
    await box.drain();

    let [stored] = await readRaw();
    expect(stored).toMatchObject({ id: record.id, status: 'pending', attempts: 1, payload: { text: 'probeer het' } });
    expect(stored?.lastError).toMatchObject({ kind: 'network' });
    // random() = 0.5 of a ceiling of 1 s.
    expect(stored?.nextAttemptAt).toBe(clock + 500);

    await box.drain(); // not due yet
    expect(server.requests).toHaveLength(1);

    clock += 500;
    await box.drain();
    [stored] = await readRaw();
    expect(stored).toMatchObject({ attempts: 2, nextAttemptAt: clock + 1000, lastError: { kind: 'server', status: 503 } });

    clock += 1000;
    await box.drain();
    [stored] = await readRaw();
    expect(stored).toMatchObject({ attempts: 3, nextAttemptAt: clock + 2000, lastError: { kind: 'invalid-response' } });

    clock += 2000;
    await box.drain();
    expect(await readRaw()).toEqual([]);
    expect(server.requestsFor(record.id)).toHaveLength(4);
    expect(server.applied).toEqual([record.id]);
  });

  it('honours Retry-After', async () => {
    const box = outbox();
    server.failNext(new ApiError('rate-limited', { status: 429, retryAfterMs: 60_000 }));
    await box.enqueue(note('later'));
    await box.drain();
    const [stored] = await readRaw();
    expect(stored?.nextAttemptAt).toBe(clock + 60_000);
    clock += 59_999;
    await box.drain();
    expect(server.requests).toHaveLength(1);
    clock += 1;
    await box.drain();
    expect(server.requests).toHaveLength(2);
    expect(await readRaw()).toEqual([]);
  });

  it('bounds the jitter: between 0 and min(5 min, 1 s * 2^(attempts-1))', () => {
    expect(backoffDelayMs(1, () => 0)).toBe(0);
    expect(backoffDelayMs(1, () => 0.999_999)).toBeLessThan(1000);
    expect(backoffDelayMs(4, () => 0.5)).toBe(4000);
    for (const attempts of [10, 20, 100, 2000]) {
      expect(backoffDelayMs(attempts, () => 0.999_999)).toBeLessThan(BACKOFF_CAP_MS);
      expect(backoffDelayMs(attempts, () => 0.5)).toBe(BACKOFF_CAP_MS / 2);
    }
    expect(backoffDelayMs(1, () => 1)).toBeLessThan(1000);
    expect(backoffDelayMs(1, () => 0.1, 30_000)).toBe(30_000);
    expect(backoffDelayMs(12, () => 0.9, 1_000)).toBe(Math.floor(0.9 * BACKOFF_CAP_MS));
  });

  it('retries an in-progress answer (409 for a key still being processed) with the same key', async () => {
    const box = outbox();
    server.failNext(new ApiError('in-progress', { status: 409, retryAfterMs: 2000 }));
    const record = await box.enqueue(note('bezig'));
    await box.drain();
    expect((await readRaw())[0]).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: clock + 2000 });
    clock += 2000;
    await box.drain();
    expect(server.requests.map((r) => r.key)).toEqual([record.id, record.id]);
    expect(await readRaw()).toEqual([]);
  });
});

describe('hold', () => {
  it('keeps a record the server did not take from being sent by itself, until retry', async () => {
    const box = outbox();
    server.failNext(new ApiError('server', { status: 500 }));
    const record = await box.enqueue(note('voor iedereen'));
    await box.drain();
    expect(await box.hold(record.id)).toMatchObject({ status: 'held', attempts: 1, lastError: { kind: 'server' } });
    // whatever makes the outbox send (its timer, coming online, "Nu versturen") leaves it
    clock += BACKOFF_CAP_MS;
    await box.sendNow();
    await box.drain();
    expect(server.requests).toHaveLength(1);
    expect(box.getSnapshot().counts.held).toBe(1);
    // the person tries again: the same record, the same Idempotency-Key
    await box.retry(record.id);
    await box.drain();
    expect(await readRaw()).toEqual([]);
    expect(server.requestsFor(record.id)).toHaveLength(2);
    expect(server.applied).toEqual([record.id]);
  });

  it('waits out a send in flight: undefined when it got through, held when it failed again', async () => {
    const box = outbox();
    const holdWhileSending = async (record: OutboxRecord, fails: boolean) => {
      server.hold();
      const draining = box.drain();
      await vi.waitFor(() => expect(server.inFlight).toBe(1));
      if (fails) server.failNext(new ApiError('server', { status: 502 }));
      const held = box.hold(record.id);
      server.release();
      await draining;
      return held;
    };
    const delivered = await box.enqueue(note('een', 'notes:1'));
    expect(await holdWhileSending(delivered, false)).toBeUndefined();
    const failing = await box.enqueue(note('twee', 'notes:2'));
    expect(await holdWhileSending(failing, true)).toMatchObject({ id: failing.id, status: 'held' });
    expect(server.applied).toEqual([delivered.id]);
  });

  it('is replaced by a changed record in one step, never sent itself', async () => {
    const box = outbox();
    server.failNext(new ApiError('server', { status: 500 }));
    const record = await box.enqueue(note('dinsdag'));
    await box.drain();
    await box.hold(record.id);
    const changed = await box.replace(record.id, note('woensdag'));
    await box.drain();
    expect(server.requests.map((r) => [r.key, (r.payload as { text: string }).text])).toEqual([
      [record.id, 'dinsdag'],
      [changed.id, 'woensdag'],
    ]);
    expect(server.applied).toEqual([changed.id]);
  });
});

describe('start-up', () => {
  it("resends a record left 'sending' by a closed tab with the same key; the server replays", async () => {
    const key = '0e2c4f38-1f6a-4e0c-9d0b-3f1f0d1b2a11';
    await writeRaw(rawRecord({ id: key, status: 'sending', payload: { text: 'half verstuurd' } }));
    server.preApply(key, 'notes:1', { text: 'half verstuurd' });

    const box = outbox();
    await box.drain();
    expect(server.requests.map((r) => r.key)).toEqual([key]);
    expect(server.applied).toEqual([key]); // applied once, not twice
    expect(kinds.sent).toEqual([{ id: key, version: 1 }]);
    expect(await readRaw()).toEqual([]);
  });

  it('keeps records across a restart (a new outbox on the same database)', async () => {
    const first = outbox({ ownerId: null });
    const record = await first.enqueue(note('blijft'));
    first.dispose();
    const second = outbox();
    await second.drain();
    expect(server.applied).toEqual([record.id]);
  });
});

describe('conflicts', () => {
  it('stops the lane on 412; "mine" re-bases on the server version and sends, later edits follow', async () => {
    server.versions.set('profile:anna', 5);
    const events: OutboxEvent[] = [];
    const box = outbox();
    box.onEvent((event) => events.push(event));
    server.hold();
    const p1 = await box.enqueue({ lane: 'profile:anna', kind: 'profile.update', payload: { phone: '0612345678' }, baseVersion: 3, ownerId: 'anna' });
    const p2 = await box.enqueue({ lane: 'profile:anna', kind: 'profile.update', payload: { town: 'Zwolle' }, baseVersion: 3, ownerId: 'anna' });
    const other = await box.enqueue(note('andere lane'));
    server.release();
    await box.drain();

    const [s1, s2] = await readRaw();
    expect(s1).toMatchObject({ id: p1.id, status: 'conflict', lastError: { kind: 'conflict', status: 412, current: { version: 5 } } });
    expect(s2).toMatchObject({ id: p2.id, status: 'pending', baseVersion: 3 });
    expect(server.requestsFor(p2.id)).toEqual([]);
    expect(server.applied).toEqual([other.id]); // other lanes go on
    expect(events.filter((e) => e.type === 'conflict').map((e) => 'record' in e && e.record.id)).toEqual([p1.id]);
    expect((await box.refresh()).counts.conflict).toBe(1);

    await box.drain(); // still blocked
    expect(server.requestsFor(p1.id)).toHaveLength(1);

    await box.resolveConflict(p1.id, 'mine');
    await box.drain();
    expect(server.requestsFor(p1.id).map((r) => r.ifMatch)).toEqual([3, 5]);
    expect(server.requestsFor(p2.id).map((r) => r.ifMatch)).toEqual([6]);
    expect(server.versions.get('profile:anna')).toBe(7);
    expect(server.bodies.get('profile:anna')).toEqual({ town: 'Zwolle' });
    expect(await readRaw()).toEqual([]);
  });

  it('"theirs" throws the edit away and tells listeners, so queries refetch', async () => {
    server.versions.set('profile:anna', 5);
    const box = outbox();
    const events: OutboxEvent[] = [];
    box.onEvent((event) => events.push(event));
    const p1 = await box.enqueue({ lane: 'profile:anna', kind: 'profile.update', payload: { phone: '06' }, baseVersion: 4, ownerId: 'anna' });
    await box.drain();
    expect((await readRaw())[0]?.status).toBe('conflict');

    await box.resolveConflict(p1.id, 'theirs');
    expect(await readRaw()).toEqual([]);
    expect(kinds.discarded).toEqual([p1.id]);
    expect(events).toContainEqual({ type: 'discarded', record: { id: p1.id, lane: 'profile:anna', kind: 'profile.update', ownerId: 'anna' }, reason: 'theirs', remote: false });
    expect(server.applied).toEqual([]);
  });

  it('refuses "mine" without a server version to re-base on', async () => {
    const box = outbox();
    server.failNext(new ApiError('conflict', { status: 409 }));
    const record = await box.enqueue(note('botsing'));
    await box.drain();
    await expect(box.resolveConflict(record.id, 'mine')).rejects.toThrow(/version/);
    server.hold();
    await box.resolveConflict(record.id, 'mine', { version: 9 });
    expect((await readRaw())[0]).toMatchObject({ status: expect.stringMatching(/pending|sending/), baseVersion: 9, attempts: 0 });
    expect((await readRaw())[0]?.lastError).toBeUndefined();
  });
});

describe('re-basing', () => {
  it('sends two offline edits made on version 3 as If-Match 3, then If-Match 4', async () => {
    server.versions.set('profile:anna', 3);
    const box = outbox({ ownerId: null });
    const e1 = await box.enqueue({ lane: 'profile:anna', kind: 'profile.update', payload: { phone: '0611111111' }, baseVersion: 3, ownerId: 'anna' });
    const e2 = await box.enqueue({ lane: 'profile:anna', kind: 'profile.update', payload: { phone: '0622222222' }, baseVersion: 3, ownerId: 'anna' });
    box.setOwner('anna');
    await box.drain();
    expect(server.requests.map((r) => [r.key, r.ifMatch])).toEqual([
      [e1.id, 3],
      [e2.id, 4],
    ]);
    expect(server.versions.get('profile:anna')).toBe(5);
    expect(await readRaw()).toEqual([]);
  });

  it('lets edits follow a create made offline (baseVersion 0 = made on nothing)', async () => {
    const box = outbox({ ownerId: null });
    const create = await box.enqueue({ lane: 'application:x', kind: 'profile.update', payload: { title: 'Kok' }, baseVersion: 0, ownerId: 'anna' });
    const edit = await box.enqueue({ lane: 'application:x', kind: 'profile.update', payload: { title: 'Chef-kok' }, baseVersion: 0, ownerId: 'anna' });
    box.setOwner('anna');
    await box.drain();
    expect(server.requests.map((r) => [r.key, r.ifMatch])).toEqual([
      [create.id, 0],
      [edit.id, 1],
    ]);
  });

  it('sends an edit saved on a base its own confirmed write already moved on (the screen lagged) on the new version', async () => {
    server.versions.set('profile:anna', 3);
    const box = outbox();
    await box.enqueue({ lane: 'profile:anna', kind: 'profile.update', payload: { phone: '0611111111' }, baseVersion: 3, ownerId: 'anna' });
    await box.drain();
    // saved while the screen still showed the first edit as pending on version 3
    const late = await box.enqueue({ lane: 'profile:anna', kind: 'profile.update', payload: { phone: '0622222222' }, baseVersion: 3, ownerId: 'anna' });
    await box.drain();
    expect(server.requestsFor(late.id).map((r) => r.ifMatch)).toEqual([4]);
    expect(server.versions.get('profile:anna')).toBe(5);
    expect(await readRaw()).toEqual([]);
  });

  it('does not re-base records of another lane or made on another version', async () => {
    server.versions.set('profile:anna', 3);
    server.versions.set('profile:bram', 3);
    const box = outbox({ ownerId: null });
    await box.enqueue({ lane: 'profile:anna', kind: 'profile.update', payload: {}, baseVersion: 3, ownerId: 'anna' });
    const otherLane = await box.enqueue({ lane: 'profile:bram', kind: 'profile.update', payload: {}, baseVersion: 3, ownerId: 'anna' });
    const otherBase = await box.enqueue({ lane: 'profile:anna', kind: 'profile.update', payload: {}, baseVersion: 2, ownerId: 'anna' });
    server.hold();
    box.setOwner('anna');
    const drained = box.drain();
    await vi.waitFor(() => expect(server.inFlight).toBe(2));
    server.release();
    await drained;
    expect(server.requestsFor(otherLane.id)[0]?.ifMatch).toBe(3);
    expect(server.requestsFor(otherBase.id)[0]?.ifMatch).toBe(2);
    expect((await readRaw()).map((r) => [r.id, r.status])).toEqual([[otherBase.id, 'conflict']]);
  });
});

describe('rejections', () => {
  it('keeps the user input and the field errors of a 422, and stops the lane', async () => {
    const box = outbox();
    server.failNext(new ApiError('validation', { status: 422, fieldErrors: { phone: ['validation.phone.invalid'] } }));
    const r1 = await box.enqueue({ lane: 'profile:anna', kind: 'profile.update', payload: { phone: '12ab' }, ownerId: 'anna' });
    const r2 = await box.enqueue({ lane: 'profile:anna', kind: 'profile.update', payload: { town: 'Ede' }, ownerId: 'anna' });
    await box.drain();

    const [s1, s2] = await readRaw();
    expect(s1).toMatchObject({
      id: r1.id,
      status: 'rejected',
      payload: { phone: '12ab' },
      lastError: { kind: 'validation', status: 422, fieldErrors: { phone: ['validation.phone.invalid'] } },
    });
    expect(s2).toMatchObject({ id: r2.id, status: 'pending' });
    expect(server.requestsFor(r2.id)).toEqual([]);

    // The user throws the rejected change away: the lane goes on.
    await box.discard(r1.id);
    await box.drain();
    expect(server.applied).toEqual([r2.id]);
    expect(await readRaw()).toEqual([]);
  });

  it.each([
    ['forbidden', 403],
    ['not-found', 404],
  ] as const)('rejects on %s and lets the user retry', async (kind, status) => {
    const box = outbox();
    server.failNext(new ApiError(kind, { status }));
    const record = await box.enqueue(note('x'));
    await box.drain();
    expect((await readRaw())[0]).toMatchObject({ status: 'rejected', lastError: { kind, status } });
    await box.drain();
    expect(server.requests).toHaveLength(1);

    server.hold();
    await box.retry(record.id);
    expect((await readRaw())[0]).toMatchObject({ status: expect.stringMatching(/pending|sending/), attempts: 0 });
    server.release();
    await box.drain();
    expect(server.applied).toEqual([record.id]);
  });
});

describe('replace', () => {
  it('queues the correction and removes the refused record in one transaction, then sends it', async () => {
    const box = outbox();
    server.failNext(new ApiError('validation', { status: 422, fieldErrors: { phone: ['validation.phone.invalid'] } }));
    const refused = await box.enqueue({ lane: 'profile:anna', kind: 'profile.update', payload: { phone: '12ab' }, ownerId: 'anna' });
    await box.drain();
    expect((await readRaw())[0]).toMatchObject({ id: refused.id, status: 'rejected' });

    const events: OutboxEvent[] = [];
    box.onEvent((event) => events.push(event));
    // Every read in between sees exactly one record: never none (the screen would say "Verstuurd").
    const seen: number[] = [];
    const spy = vi.spyOn(IDBObjectStore.prototype, 'delete');
    server.hold();
    const correction = await box.replace(refused.id, { lane: 'profile:anna', kind: 'profile.update', payload: { phone: '0612345678' }, ownerId: 'anna' });
    seen.push((await readRaw()).length);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    expect(seen).toEqual([1]);
    expect((await readRaw()).map((row) => row.id)).toEqual([correction.id]);
    expect(events.map((event) => event.type)).toEqual(['enqueued', 'discarded']);
    server.release();
    await box.drain();
    expect(server.applied).toEqual([correction.id]);
    expect(await readRaw()).toEqual([]);
  });

  it('keeps the refused record when the disk is full', async () => {
    const box = outbox({ ownerId: null });
    const refused = await box.enqueue(note('een'));
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(box.replace(refused.id, note('twee'))).rejects.toBeInstanceOf(StorageFullError);
    add.mockRestore();
    expect((await readRaw()).map((row) => row.id)).toEqual([refused.id]);
  });

  it('still queues the correction when the refused record is already gone', async () => {
    const box = outbox({ ownerId: null });
    const correction = await box.replace('gone', note('twee'));
    expect((await readRaw()).map((row) => row.id)).toEqual([correction.id]);
  });

  it('does the same in memory (public computer)', async () => {
    const store = createMemoryOutboxStore();
    await store.add(rawRecord({ id: 'refused', lane: 'p:1' }));
    await store.add(rawRecord({ id: 'other', lane: 'p:2' }));
    const { added, removed } = await store.replace('refused', rawRecord({ id: 'fixed', lane: 'p:1' }));
    expect(removed?.id).toBe('refused');
    expect(added.seq).toBe(3);
    expect((await store.list()).map((r) => r.id)).toEqual(['other', 'fixed']);
    await expect(store.replace('other', rawRecord({ id: 'fixed', lane: 'p:1' }))).rejects.toMatchObject({ name: 'ConstraintError' });
    expect((await store.list()).map((r) => r.id)).toEqual(['other', 'fixed']);
  });
});

describe('invalidation', () => {
  it("carries the kind's invalidated keys on the 'sent' event, and the app outbox runs them", async () => {
    defineOutboxKind<{ clientId: string }>(
      { kind: 'thing.put', schemaVersion: 1, send: kinds.send, invalidates: (record) => [['things', record.payload.clientId], ['home']] },
      kinds.registry,
    );
    const box = outbox();
    const events: OutboxEvent[] = [];
    box.onEvent((event) => events.push(event));
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    setAppOutbox(box);
    try {
      await box.enqueue({ lane: 'thing:1', kind: 'thing.put', payload: { clientId: 'anna' }, ownerId: 'anna' });
      await box.drain();
    } finally {
      setAppOutbox(null);
    }
    expect(events.find((event) => event.type === 'sent')).toMatchObject({ invalidate: [['things', 'anna'], ['home']] });
    expect(invalidate.mock.calls.map(([filters]) => filters?.queryKey)).toEqual([['things', 'anna'], ['home']]);
    invalidate.mockRestore();
  });
});

describe('401', () => {
  it('pauses everything, keeps every record pending, and goes on after resumeAfterLogin', async () => {
    const box = outbox({ maxParallelLanes: 1 });
    const events: string[] = [];
    box.onEvent((event) => events.push(event.type));
    server.failNext(new ApiError('unauthorized', { status: 401 }));
    const a = await box.enqueue(note('a', 'notes:a'));
    await box.enqueue(note('b', 'notes:b'));
    await box.enqueue(note('c', 'notes:c'));
    await box.drain();

    expect(server.requests.map((r) => r.key)).toEqual([a.id]);
    expect(box.getSnapshot().pausedForLogin).toBe(true);
    expect(events).toContain('paused-for-login');
    const rows = await readRaw();
    expect(rows.map((r) => r.status)).toEqual(['pending', 'pending', 'pending']);
    expect(rows[0]).toMatchObject({ attempts: 0, lastError: { kind: 'unauthorized' } });

    clock += BACKOFF_CAP_MS;
    await box.drain();
    await box.enqueue(note('d', 'notes:d'));
    await box.drain();
    expect(server.requests).toHaveLength(1);

    box.resumeAfterLogin();
    expect(box.getSnapshot().pausedForLogin).toBe(false);
    await box.drain();
    expect(server.applied).toHaveLength(4);
    expect(await readRaw()).toEqual([]);
  });
});

describe('schema migration', () => {
  it('replays a record written by an older app version after migrating it, and persists the migration', async () => {
    const registry = kinds.registry;
    defineOutboxKind<{ firstName: string; lastName: string }>(
      {
        kind: 'profile.name',
        schemaVersion: 2,
        migrate(payload, fromVersion) {
          if (fromVersion !== 1) throw new Error(`unexpected version ${fromVersion}`);
          const [firstName = '', ...rest] = String((payload as { name: string }).name).split(' ');
          return { firstName, lastName: rest.join(' ') };
        },
        send: (record, ctx) => server.handle(record, ctx.signal),
      },
      registry,
    );
    // Written by app version 1: { name } instead of { firstName, lastName }.
    await writeRaw(rawRecord({ id: 'old-1', lane: 'profile:anna', kind: 'profile.name', schemaVersion: 1, payload: { name: 'Anna de Vries' } }));

    const box = outbox();
    server.hold();
    const drained = box.drain();
    await vi.waitFor(() => expect(server.inFlight).toBe(1));
    // Before the answer, the migrated record is already on disk.
    expect((await readRaw())[0]).toMatchObject({ schemaVersion: 2, payload: { firstName: 'Anna', lastName: 'de Vries' }, status: 'sending' });
    server.release();
    await drained;

    expect(server.requests[0]).toMatchObject({ key: 'old-1', payload: { firstName: 'Anna', lastName: 'de Vries' } });
    expect(await readRaw()).toEqual([]);
  });

  it('rejects (never drops) a record whose migration fails or is missing', async () => {
    defineOutboxKind(
      { kind: 'cv.update', schemaVersion: 3, migrate: () => { throw new Error('cannot read this'); }, send: (r, c) => server.handle(r, c.signal) },
      kinds.registry,
    );
    defineOutboxKind({ kind: 'cv.delete', schemaVersion: 2, send: (r, c) => server.handle(r, c.signal) }, kinds.registry);
    await writeRaw(
      rawRecord({ id: 'old-cv', lane: 'cv:1', kind: 'cv.update', schemaVersion: 1, payload: { text: 'mijn cv' } }),
      rawRecord({ id: 'old-del', lane: 'cv:2', kind: 'cv.delete', schemaVersion: 1 }),
    );
    const box = outbox();
    await box.drain();
    expect(server.requests).toEqual([]);
    const rows = await readRaw();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ id: 'old-cv', status: 'rejected', schemaVersion: 1, payload: { text: 'mijn cv' }, lastError: { kind: 'migration-failed', message: expect.stringContaining('cannot read this') } });
    expect(rows[1]).toMatchObject({ id: 'old-del', status: 'rejected', lastError: { kind: 'migration-failed' } });
  });

  it('leaves a record of a newer schemaVersion alone (for the tab running the newer version)', async () => {
    await writeRaw(rawRecord({ id: 'future', schemaVersion: 7 }));
    const box = outbox();
    await box.drain();
    expect(server.requests).toEqual([]);
    expect((await readRaw())[0]).toMatchObject({ id: 'future', status: 'pending', schemaVersion: 7 });
  });

  it('rejects a record of an unknown kind, keeps it, and sends it once the kind is registered', async () => {
    await writeRaw(rawRecord({ id: 'legacy', lane: 'letters:1', kind: 'letter.send', payload: { body: 'Beste meneer' } }), rawRecord({ id: 'fine' }));
    const box = outbox();
    const events: OutboxEvent[] = [];
    box.onEvent((event) => events.push(event));
    await box.drain();
    expect(server.applied).toEqual(['fine']);
    expect(await readRaw()).toEqual([
      expect.objectContaining({ id: 'legacy', status: 'rejected', payload: { body: 'Beste meneer' }, lastError: expect.objectContaining({ kind: 'unknown-kind' }) }),
    ]);
    expect(events.some((e) => e.type === 'rejected' && e.record.id === 'legacy')).toBe(true);

    defineOutboxKind({ kind: 'letter.send', schemaVersion: 1, send: (r, c) => server.handle(r, c.signal) }, kinds.registry);
    await vi.waitFor(async () => expect(await readRaw()).toEqual([]));
    expect(server.applied).toEqual(['fine', 'legacy']);
  });

  it('fills in envelope fields an older version did not write', async () => {
    const db = await openWerkmapDbConnection();
    await db.add('outbox', { id: 'bare', ownerId: 'anna', lane: 'notes:1', kind: 'note.add', payload: { text: 'oud' } } as unknown as OutboxRecord);
    db.close();
    const box = outbox();
    await box.drain();
    expect(server.applied).toEqual(['bare']);
  });
});

describe('owners', () => {
  it("sends only the owner's records; nothing while nobody is signed in", async () => {
    const box = outbox({ ownerId: null });
    const anna = await box.enqueue({ ...note('van anna'), ownerId: 'anna' });
    const bram = await box.enqueue({ ...note('van bram'), ownerId: 'bram' });
    await box.drain();
    expect(server.requests).toEqual([]);

    box.setOwner('bram');
    await box.drain();
    expect(server.applied).toEqual([bram.id]);
    const snapshot = await box.refresh();
    expect(snapshot.records.map((r) => r.id)).toEqual([]);
    expect(await box.pendingCountFor('anna')).toBe(1);
    expect(await box.pendingCountFor('bram')).toBe(0);

    box.setOwner('anna');
    expect((await box.refresh()).records.map((r) => r.id)).toEqual([anna.id]);
    await box.drain();
    expect(server.applied).toEqual([bram.id, anna.id]);
  });

  it('does not block one owner on the lane of another', async () => {
    const box = outbox({ ownerId: null });
    server.failNext(new ApiError('validation', { status: 422 }));
    box.setOwner('anna');
    const anna = await box.enqueue({ ...note('a'), ownerId: 'anna' });
    await box.drain();
    expect((await readRaw())[0]).toMatchObject({ id: anna.id, status: 'rejected' });
    const bram = await box.enqueue({ ...note('b'), ownerId: 'bram' });
    box.setOwner('bram');
    await box.drain();
    expect(server.applied).toEqual([bram.id]);
  });
});

describe('snapshot and clear', () => {
  it('counts per status for the owner, and tracks last sync', async () => {
    const box = outbox({ ownerId: null });
    expect(box.getSnapshot().ready).toBe(false);
    await box.enqueue(note('a', 'notes:a'));
    await box.enqueue(note('b', 'notes:b'));
    box.setOwner('anna');
    let snapshot = await box.refresh();
    expect(snapshot).toMatchObject({ ready: true, ownerId: 'anna', unsent: 2, counts: { pending: 2, sending: 0 }, lastSyncAt: null });
    const listener = vi.fn();
    const unsubscribe = box.subscribe(listener);
    server.failNext(new ApiError('validation', { status: 422 }));
    await box.drain();
    snapshot = await box.refresh();
    expect(listener).toHaveBeenCalled();
    expect(snapshot).toMatchObject({ unsent: 1, counts: { pending: 0, rejected: 1 }, lastSyncAt: clock });
    expect(box.getSnapshot()).toBe(box.getSnapshot());
    unsubscribe();
  });

  it('clear() wipes every record and aborts a send in flight', async () => {
    const box = outbox();
    box.setOwner(null);
    await box.enqueue({ ...note('a'), ownerId: 'bram' });
    box.setOwner('anna');
    server.hold();
    await box.enqueue(note('b'));
    await vi.waitFor(() => expect(server.inFlight).toBe(1));
    await box.clear();
    server.release();
    await box.drain();
    expect(await readRaw()).toEqual([]);
    expect(server.applied).toEqual([]);
    expect((await box.refresh()).unsent).toBe(0);
  });
});

describe('memory store (public computer)', () => {
  it('behaves the same, with nothing written to IndexedDB', async () => {
    server.versions.set('profile:anna', 3);
    const box = outbox({ store: createMemoryOutboxStore(), ownerId: null });
    const e1 = await box.enqueue({ lane: 'profile:anna', kind: 'profile.update', payload: { a: 1 }, baseVersion: 3, ownerId: 'anna' });
    const e2 = await box.enqueue({ lane: 'profile:anna', kind: 'profile.update', payload: { a: 2 }, baseVersion: 3, ownerId: 'anna' });
    server.failNext(network());
    box.setOwner('anna');
    await box.drain();
    expect((await box.list()).map((r) => [r.status, r.attempts])).toEqual([
      ['pending', 1],
      ['pending', 0],
    ]);
    clock += BACKOFF_CAP_MS;
    await box.drain();
    expect(server.requests.map((r) => [r.key, r.ifMatch])).toEqual([
      [e1.id, 3],
      [e1.id, 3],
      [e2.id, 4],
    ]);
    expect(await box.list()).toEqual([]);
    expect(await indexedDB.databases()).toEqual([]);
  });
});

describe('idb store', () => {
  it('updates and removes atomically by id, re-basing later records of the lane only', async () => {
    const store = createIdbOutboxStore();
    const a = await store.add(rawRecord({ id: 'a', lane: 'p:1', baseVersion: 3 }));
    const b = await store.add(rawRecord({ id: 'b', lane: 'p:1', baseVersion: 3 }));
    const c = await store.add(rawRecord({ id: 'c', lane: 'p:2', baseVersion: 3 }));
    expect([a.seq, b.seq, c.seq]).toEqual([1, 2, 3]);
    expect(await store.update('missing', (r) => r)).toBeUndefined();
    await store.remove('a', { from: 3, to: 4 });
    expect((await store.list()).map((r) => [r.id, r.baseVersion])).toEqual([
      ['b', 4],
      ['c', 3],
    ]);
  });
});
