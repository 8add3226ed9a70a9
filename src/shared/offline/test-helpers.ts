/**
 * Test doubles for the outbox tests: a scripted fake server (idempotency keys,
 * versions, failures, held responses) and helpers to build outboxes on
 * fake-indexeddb. Not imported by app code.
 */
import { IDBFactory } from 'fake-indexeddb';
import { ApiError } from '#src/shared/api/errors.ts';
import { createLocalLocks } from './coordination.ts';
import { closeWerkmapDb } from './db.ts';
import { createIdbOutboxStore } from './idb-store.ts';
import { createOutboxKindRegistry, defineOutboxKind, type OutboxKindRegistry, type SendResult } from './kinds.ts';
import { createOutbox, type Outbox, type OutboxOptions } from './outbox.ts';
import type { OutboxRecord } from './types.ts';

export type ServerRequest = { key: string; lane: string; kind: string; ifMatch: number | undefined; payload: unknown };
type Script = (request: ServerRequest) => ApiError | undefined;

/** A fresh, empty fake-indexeddb for each test. */
export async function resetIndexedDb(): Promise<void> {
  await closeWerkmapDb();
  globalThis.indexedDB = new IDBFactory();
}

export class FakeServer {
  /** Entity (lane) -> current version; a missing entity is version 0. */
  readonly versions = new Map<string, number>();
  readonly bodies = new Map<string, unknown>();
  readonly requests: ServerRequest[] = [];
  /** Keys whose effect was applied, in order (a replay does not apply again). */
  readonly applied: string[] = [];
  inFlight = 0;
  maxInFlight = 0;
  /** Set when two requests of one lane were in flight at the same time. */
  laneOverlap = false;
  private readonly lanesInFlight = new Set<string>();
  private readonly replies = new Map<string, SendResult>();
  private readonly scripts: Script[] = [];
  private held: Array<() => void> | null = null;

  /** The next requests fail with these errors (one per request), in order. */
  failNext(...errors: Array<ApiError | Script>): void {
    for (const error of errors) this.scripts.push(typeof error === 'function' ? error : () => error);
  }

  /** Responses wait until `release()`. */
  hold(): void {
    this.held ??= [];
  }

  /** Lets the oldest held response through; later ones stay held. */
  releaseOne(): void {
    this.held?.shift()?.();
  }

  release(): void {
    const waiting = this.held ?? [];
    this.held = null;
    for (const resume of waiting) resume();
  }

  /** As if the server had committed this key before the client saw the answer. */
  preApply(key: string, lane: string, payload: unknown): void {
    const version = (this.versions.get(lane) ?? 0) + 1;
    this.versions.set(lane, version);
    this.bodies.set(lane, payload);
    this.replies.set(key, { version, data: payload });
    this.applied.push(key);
  }

  requestsFor(key: string): ServerRequest[] {
    return this.requests.filter((request) => request.key === key);
  }

  async handle(record: OutboxRecord, signal?: AbortSignal): Promise<SendResult> {
    const request: ServerRequest = {
      key: record.id,
      lane: record.lane,
      kind: record.kind,
      ifMatch: record.baseVersion,
      payload: structuredClone(record.payload),
    };
    this.requests.push(request);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    if (this.lanesInFlight.has(record.lane)) this.laneOverlap = true;
    this.lanesInFlight.add(record.lane);
    try {
      if (this.held) {
        const held = this.held;
        await new Promise<void>((resolve) => held.push(resolve));
      }
      // Let other work interleave, like a real network would.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
      const scripted = this.scripts.shift()?.(request);
      if (scripted) throw scripted;
      const replay = this.replies.get(request.key);
      if (replay) return replay;
      const current = this.versions.get(record.lane) ?? 0;
      if (request.ifMatch !== undefined && request.ifMatch !== current) {
        throw new ApiError('conflict', { status: 412, current: { version: current, data: this.bodies.get(record.lane) } });
      }
      const version = current + 1;
      this.versions.set(record.lane, version);
      this.bodies.set(record.lane, request.payload);
      const result = { version, data: request.payload };
      this.replies.set(request.key, result);
      this.applied.push(request.key);
      return result;
    } finally {
      this.inFlight--;
      this.lanesInFlight.delete(record.lane);
    }
  }
}

export const network = () => new ApiError('network', { message: 'network' });

/** Registers the test kinds ('note.add' and 'profile.update', both sent to `server`). */
export function testKinds(server: FakeServer, registry: OutboxKindRegistry = createOutboxKindRegistry()) {
  const sent: Array<{ id: string; version: number | undefined }> = [];
  const discarded: string[] = [];
  const send = (record: OutboxRecord, ctx: { signal: AbortSignal }) => server.handle(record, ctx.signal);
  for (const kind of ['note.add', 'profile.update']) {
    defineOutboxKind<Record<string, unknown>>(
      {
        kind,
        schemaVersion: 1,
        send,
        onSent: (record, result) => sent.push({ id: record.id, version: result.version }),
        onDiscarded: (record) => discarded.push(record.id),
      },
      registry,
    );
  }
  return { registry, sent, discarded, send };
}

export function makeOutbox(options: Partial<OutboxOptions> & { registry: OutboxKindRegistry }): Outbox {
  return createOutbox({
    store: createIdbOutboxStore(),
    channel: null,
    locks: createLocalLocks(),
    isOnline: () => true,
    requestPersistence: () => undefined,
    ownerId: 'anna',
    onError: () => {},
    ...options,
  });
}

/** A raw record as an app version would have written it to IndexedDB. */
export function rawRecord(overrides: Partial<OutboxRecord> & { id: string }): Omit<OutboxRecord, 'seq'> {
  return {
    ownerId: 'anna',
    lane: 'notes:1',
    kind: 'note.add',
    schemaVersion: 1,
    payload: { text: 'hallo' },
    createdAt: '2026-01-05T10:00:00.000Z',
    attempts: 0,
    nextAttemptAt: 0,
    status: 'pending',
    ...overrides,
  };
}
