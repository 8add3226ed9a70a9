import { ApiError } from '#src/shared/api/errors.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { broadcastChannel, defaultLocks, type OutboxChannel, type OutboxLockManager } from './coordination.ts';
import { StorageFullError, isQuotaExceeded } from './errors.ts';
import { outboxKinds, type InvalidatedKey, type OutboxKind, type OutboxKindRegistry, type SendContext, type SendResult } from './kinds.ts';
import {
  OUTBOX_STATUSES,
  type LaneRebase,
  type NewOutboxRecord,
  type OutboxErrorInfo,
  type OutboxRecord,
  type OutboxStatus,
  type OutboxStore,
} from './types.ts';
import { newId } from '#src/shared/lib/ids.ts';

export type { OutboxErrorInfo, OutboxErrorKind, OutboxRecord, OutboxStatus, OutboxStore } from './types.ts';
export { StorageFullError, isStorageFullError } from './errors.ts';
export { defineOutboxKind, outboxKinds, createOutboxKindRegistry } from './kinds.ts';
export type { InvalidatedKey, OutboxKind, OutboxKindRegistry, SendContext, SendResult } from './kinds.ts';

/**
 * The one outbox every feature writes through. See docs/architecture.md "Writes: the outbox" and docs/decisions/001-explicit-outbox.md.
 *
 * - `enqueue` resolves only after the record is committed durably; then the UI
 *   may say "Opgeslagen op dit apparaat".
 * - One lane per entity, strict FIFO inside a lane; lanes in parallel up to a cap.
 * - Every (re)send of a record carries the same Idempotency-Key (`record.id`), so
 *   delivery is at-least-once and the effect exactly-once.
 * - A record leaves the outbox only when the server confirmed it, or when the
 *   user throws it away.
 *
 * Versions: a record's `baseVersion` is the entity version the edit was made on.
 * When a record is confirmed, later records of its lane that were made on the
 * same base (i.e. on top of our own pending edit) are re-based on the version the
 * server returned. For a create followed by offline edits, give the create and
 * the edits `baseVersion: 0` ("made on nothing"); `ifMatchFor(record)` (versions.ts)
 * leaves If-Match out for 0.
 */

export const OUTBOX_LOCK_NAME = 'werkmap-outbox-drain';
export const OUTBOX_CHANNEL_NAME = 'werkmap-outbox';
export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_CAP_MS = 5 * 60_000;
/** A Retry-After longer than this is not believed. */
export const RETRY_AFTER_CAP_MS = 24 * 60 * 60_000;

export type OutboxTransport = (record: OutboxRecord, kind: OutboxKind, ctx: SendContext) => Promise<SendResult>;

export type EnqueueInput<P = unknown> = {
  lane: string;
  /** A registered kind's name, or its definition (which types the payload). */
  kind: string | OutboxKind<P, unknown>;
  payload: P;
  baseVersion?: number;
  ownerId: string;
  actorId?: string;
};

/** What listeners get about a record; never the payload (it crosses tabs). */
export type OutboxRecordRef = Pick<OutboxRecord, 'id' | 'lane' | 'kind' | 'ownerId'>;

export type OutboxEvent =
  | { type: 'enqueued'; record: OutboxRecordRef; remote: boolean }
  | { type: 'sent'; record: OutboxRecordRef; version?: number; remote: boolean; invalidate?: readonly InvalidatedKey[] }
  | { type: 'discarded'; record: OutboxRecordRef; reason: 'discard' | 'theirs' | 'clear'; remote: boolean }
  | { type: 'conflict' | 'rejected'; record: OutboxRecordRef; remote: boolean }
  | { type: 'paused-for-login' | 'resumed'; remote: boolean };

export type OutboxSnapshot = {
  /** False until the store was read once. */
  ready: boolean;
  ownerId: string | null;
  /** The current owner's records, FIFO order. Other users' records are never shown. */
  records: readonly OutboxRecord[];
  counts: Readonly<Record<OutboxStatus, number>>;
  /** The current owner's records the server has not confirmed yet (any status). */
  unsent: number;
  /** Epoch ms of the last record the server confirmed (any tab). */
  lastSyncAt: number | null;
  online: boolean;
  /** The server answered 401: nothing is sent until `resumeAfterLogin()`. */
  pausedForLogin: boolean;
  draining: boolean;
};

export type OutboxOptions = {
  store: OutboxStore;
  /** How a record goes out; default: the kind's own `send`. Tests and benchmarks replace it. */
  transport?: OutboxTransport;
  registry?: OutboxKindRegistry;
  now?: () => number;
  random?: () => number;
  uuid?: () => string;
  /** Default `navigator.locks`, else an in-process lock. */
  locks?: OutboxLockManager;
  /** Default BroadcastChannel('werkmap-outbox'); null for none. */
  channel?: OutboxChannel | null;
  maxParallelLanes?: number;
  /** Default `navigator.onLine`. */
  isOnline?: () => boolean;
  /** Called once, after the first record enqueued while offline. Default `navigator.storage.persist()`. */
  requestPersistence?: () => unknown;
  ownerId?: string | null;
  /** Where unexpected failures are reported (never with personal data). */
  onError?: (message: string, error: unknown) => void;
};

type Message =
  | { type: 'changed' }
  | { type: 'enqueued' }
  | { type: 'event'; event: OutboxEvent }
  | { type: 'paused-for-login'; paused: boolean }
  | { type: 'synced'; at: number };

const emptyCounts = (): Record<OutboxStatus, number> =>
  Object.fromEntries(OUTBOX_STATUSES.map((status) => [status, 0])) as Record<OutboxStatus, number>;

/** Full-jitter exponential back-off: random in [0, min(cap, base * 2^(attempts-1))), at least Retry-After. */
export function backoffDelayMs(attempts: number, random: () => number, retryAfterMs?: number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  const jittered = Math.floor(Math.min(Math.max(random(), 0), 0.999_999) * ceiling);
  if (retryAfterMs !== undefined && retryAfterMs > jittered) return Math.min(retryAfterMs, RETRY_AFTER_CAP_MS);
  return jittered;
}

/** The first record of each lane, per owner (FIFO order of heads). */
export function laneHeads(records: readonly OutboxRecord[]): OutboxRecord[] {
  const heads = new Map<string, OutboxRecord>();
  for (const record of [...records].sort((a, b) => a.seq - b.seq)) {
    const key = `${record.ownerId}\u0000${record.lane}`;
    if (!heads.has(key)) heads.set(key, record);
  }
  return [...heads.values()];
}

/** When the next record becomes due (epoch ms), or null when nothing waits for time. */
export function nextDueAt(records: readonly OutboxRecord[]): number | null {
  let due: number | null = null;
  for (const head of laneHeads(records)) {
    if (head.status !== 'pending' && head.status !== 'sending') continue;
    if (due === null || head.nextAttemptAt < due) due = head.nextAttemptAt;
  }
  return due;
}

const refOf = (record: OutboxRecord): OutboxRecordRef => ({
  id: record.id,
  lane: record.lane,
  kind: record.kind,
  ownerId: record.ownerId,
});

function errorInfo(error: unknown): OutboxErrorInfo {
  if (error instanceof ApiError) {
    const info: OutboxErrorInfo = { kind: error.kind };
    if (error.status !== undefined) info.status = error.status;
    if (Object.keys(error.fieldErrors).length > 0) info.fieldErrors = error.fieldErrors;
    if (error.current !== undefined) info.current = error.current;
    if (error.code !== undefined) info.code = error.code;
    return info;
  }
  return { kind: 'unknown', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}

function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}


/**
 * Brings a stored record up to date with its kind: revives records rejected for
 * an unknown kind once the kind exists, migrates older payloads, and rejects
 * records that cannot be sent. Null when nothing changes.
 */
function upgradeRecord(record: OutboxRecord, kind: OutboxKind | undefined, now: number): OutboxRecord | null {
  if (!kind) {
    if (record.status === 'rejected' || record.status === 'conflict') return null;
    return {
      ...record,
      status: 'rejected',
      lastError: { kind: 'unknown-kind', message: `No outbox kind "${record.kind}" in this app version` },
    };
  }
  let next = record;
  if (record.status === 'rejected') {
    if (record.lastError?.kind !== 'unknown-kind') return null;
    next = { ...record, status: 'pending', attempts: 0, nextAttemptAt: now };
    delete next.lastError;
  }
  if (next.schemaVersion < kind.schemaVersion) {
    if (!kind.migrate) {
      return {
        ...next,
        status: 'rejected',
        lastError: { kind: 'migration-failed', message: `No migration from version ${next.schemaVersion}` },
      };
    }
    try {
      const payload = kind.migrate(next.payload, next.schemaVersion, next);
      next = { ...next, payload, schemaVersion: kind.schemaVersion };
    } catch (error) {
      return {
        ...next,
        status: 'rejected',
        lastError: {
          kind: 'migration-failed',
          message: `Migration from version ${next.schemaVersion} failed: ${error instanceof Error ? error.message : String(error)}`,
        },
      };
    }
  }
  return next === record ? null : next;
}

export class Outbox {
  private readonly store: OutboxStore;
  private readonly transport: OutboxTransport;
  private readonly registry: OutboxKindRegistry;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly uuid: () => string;
  private readonly locks: OutboxLockManager;
  private readonly channel: OutboxChannel | null;
  private readonly maxParallelLanes: number;
  private readonly isOnline: () => boolean;
  private readonly requestPersistence: () => unknown;
  private readonly onError: (message: string, error: unknown) => void;

  private ownerId: string | null;
  private pausedForLogin = false;
  private online: boolean;
  private lastSyncAt: number | null = null;
  private disposed = false;
  private persistenceRequested = false;

  private snapshot: OutboxSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly eventListeners = new Set<(event: OutboxEvent) => void>();
  private readonly unsubscribers: Array<() => void> = [];

  private session: Promise<void> | null = null;
  private drainRequested = false;
  /** lane key -> the send in flight in this tab. */
  private readonly inFlight = new Map<string, Promise<void>>();
  /** Lanes whose bookkeeping failed (the store threw) are left alone for the rest of a session. */
  private readonly skippedLanes = new Set<string>();
  private readonly controllers = new Map<string, AbortController>();
  /**
   * Per lane: the versions this tab's own confirmed writes moved the entity from and to.
   * A record saved on top of such a write while the screen still showed it as pending
   * (the snapshot lags the store by a moment) comes with the old base; `enqueue` moves
   * it along, so it is not sent as a conflict with ourselves. In memory: only this tab's
   * screen is known to have shown those writes.
   */
  private readonly ownMoves = new Map<string, Map<number, number>>();

  private refreshQueued: Promise<OutboxSnapshot> | null = null;
  private refreshTail: Promise<unknown> = Promise.resolve();

  constructor(options: OutboxOptions) {
    this.store = options.store;
    this.transport = options.transport ?? ((record, kind, ctx) => kind.send(record, ctx));
    this.registry = options.registry ?? outboxKinds;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.uuid = options.uuid ?? newId;
    this.locks = options.locks ?? defaultLocks();
    this.channel = options.channel === undefined ? broadcastChannel(OUTBOX_CHANNEL_NAME) : options.channel;
    this.maxParallelLanes = Math.max(1, options.maxParallelLanes ?? 3);
    this.isOnline = options.isOnline ?? (() => (typeof navigator === 'undefined' ? true : navigator.onLine !== false));
    this.requestPersistence =
      options.requestPersistence ??
      (() => (typeof navigator === 'undefined' ? undefined : navigator.storage?.persist?.()));
    this.onError =
      options.onError ??
      ((message, error) => {
        if (import.meta.env?.DEV) console.error(`[outbox] ${message}`, error);
      });
    this.ownerId = options.ownerId ?? null;
    this.online = this.isOnline();
    this.snapshot = {
      ready: false,
      ownerId: this.ownerId,
      records: [],
      counts: emptyCounts(),
      unsent: 0,
      lastSyncAt: null,
      online: this.online,
      pausedForLogin: false,
      draining: false,
    };
    if (this.channel) this.unsubscribers.push(this.channel.subscribe((message) => this.onMessage(message)));
    // A kind registered late (lazy code) frees records rejected as unknown.
    this.unsubscribers.push(this.registry.subscribe(() => this.requestDrain()));
    void this.refresh();
  }

  // ---------------------------------------------------------------- writing

  /** Saves the record durably, then triggers a drain. Rejects with StorageFullError when the disk is full. */
  async enqueue<P>(input: EnqueueInput<P>): Promise<OutboxRecord<P>> {
    const record = this.newRecord(input);
    let saved: OutboxRecord;
    try {
      // No await between reading ownMoves (newRecord) and starting the add: a confirmation either
      // came first (and moved the base here) or its re-base transaction comes after this add.
      saved = await this.store.add(record);
    } catch (error) {
      if (isQuotaExceeded(error)) throw new StorageFullError({ cause: error });
      throw error;
    }
    this.afterSave(saved);
    return saved as OutboxRecord<P>;
  }

  /**
   * A correction for a change the server refused (400/422) or that is in conflict: the new
   * record is queued and the refused one removed in ONE transaction, so there is never a
   * moment in which nothing waits (and the screen would say "Verstuurd"). Rejects with
   * StorageFullError when the disk is full; then the refused record is still there.
   */
  async replace<P>(refusedId: string, input: EnqueueInput<P>): Promise<OutboxRecord<P>> {
    const record = this.newRecord(input);
    this.controllers.get(refusedId)?.abort();
    let result: { added: OutboxRecord; removed: OutboxRecord | undefined };
    try {
      result = await this.store.replace(refusedId, record);
    } catch (error) {
      if (isQuotaExceeded(error)) throw new StorageFullError({ cause: error });
      throw error;
    }
    const { added, removed } = result;
    if (removed) {
      try {
        this.registry.get(removed.kind)?.onDiscarded?.(removed);
      } catch (error) {
        this.onError(`onDiscarded of ${removed.kind} threw`, error);
      }
    }
    this.afterSave(added);
    if (removed) this.emitAndBroadcast({ type: 'discarded', record: refOf(removed), reason: 'discard', remote: false });
    return added as OutboxRecord<P>;
  }

  private newRecord<P>(input: EnqueueInput<P>): NewOutboxRecord<P> {
    const kind = typeof input.kind === 'string' ? this.registry.get(input.kind) : input.kind;
    if (!kind) throw new TypeError(`Unknown outbox kind "${String(input.kind)}": register it with defineOutboxKind`);
    if (typeof input.kind !== 'string' && this.registry.get(kind.kind) !== kind) this.registry.register(kind);
    if (!input.lane) throw new TypeError('An outbox record needs a lane');
    if (!input.ownerId) throw new TypeError('An outbox record needs an ownerId');

    const now = this.now();
    const record: NewOutboxRecord<P> = {
      id: this.uuid(),
      ownerId: input.ownerId,
      lane: input.lane,
      kind: kind.kind,
      schemaVersion: kind.schemaVersion,
      payload: input.payload,
      createdAt: new Date(now).toISOString(),
      attempts: 0,
      nextAttemptAt: now,
      status: 'pending',
    };
    if (input.actorId !== undefined) record.actorId = input.actorId;
    if (input.baseVersion !== undefined) record.baseVersion = this.afterOwnMoves(record, input.baseVersion);
    return record;
  }

  private afterSave(saved: OutboxRecord): void {
    if (!this.isOnline() && !this.persistenceRequested) {
      this.persistenceRequested = true;
      try {
        void Promise.resolve(this.requestPersistence()).catch(() => undefined);
      } catch {
        // Asking is a courtesy; the record is saved either way.
      }
    }
    this.changed('enqueued');
    this.emit({ type: 'enqueued', record: refOf(saved), remote: false });
    this.requestDrain();
  }

  /** Every record of every owner, FIFO (for diagnostics and tests; the UI uses the snapshot). */
  list(): Promise<OutboxRecord[]> {
    return this.store.list();
  }

  /** Records not yet confirmed by the server for this user (e.g. to warn before sign-out). */
  async pendingCountFor(ownerId: string): Promise<number> {
    return (await this.store.list()).filter((record) => record.ownerId === ownerId).length;
  }

  /** Send again now: a rejected, conflicting, paused or backed-off record goes back to pending. */
  async retry(id: string): Promise<OutboxRecord | undefined> {
    const updated = await this.store.update(id, (record) => {
      if (record.status === 'sending') return null;
      const next: OutboxRecord = { ...record, status: 'pending', attempts: 0, nextAttemptAt: this.now() };
      delete next.lastError;
      return next;
    });
    if (updated) {
      this.changed('enqueued');
      this.requestDrain();
    }
    return updated;
  }

  /**
   * Holds a record the server did not take (a 5xx, waiting out its back-off): it is not sent
   * again by itself, only after `retry` ("opnieuw proberen") or in the place of a changed one
   * (`replace`). For a write whose failure the person saw (the coach's write to several clients,
   * `useWriteForMany`): a retry in the background could deliver it while the screen says it was
   * not, and a changed text saved then would reach the client as well. A send of it in flight
   * here is waited out first. Resolves with the record as it is now (held, or still 'sending'
   * in another tab, or refused meanwhile), or undefined when it reached the server.
   */
  async hold(id: string): Promise<OutboxRecord | undefined> {
    for (;;) {
      const stored = await this.store.update(id, (record) => (record.status === 'pending' ? { ...record, status: 'held' } : null));
      const inFlight = stored?.status === 'sending' ? this.inFlight.get(this.laneKey(stored)) : undefined;
      if (!inFlight) {
        if (stored?.status === 'held') this.changed('changed');
        return stored;
      }
      await inFlight;
    }
  }

  /** "Mijn wijziging weggooien": removes the record (a send in flight is aborted; it may still have arrived). */
  async discard(id: string): Promise<OutboxRecord | undefined> {
    return this.discardAs(id, 'discard');
  }

  /**
   * A conflict (409/412): 'mine' re-bases the record on the server's current
   * version (`lastError.current.version`, or `version` given) and sends it again;
   * 'theirs' throws the record away and tells listeners so queries refetch.
   */
  async resolveConflict(id: string, choice: 'mine' | 'theirs', options: { version?: number } = {}): Promise<OutboxRecord | undefined> {
    if (choice === 'theirs') return this.discardAs(id, 'theirs');
    const record = await this.store.get(id);
    if (!record) return undefined;
    if (record.status !== 'conflict') throw new Error(`Outbox record is ${record.status}, not in conflict`);
    const current = record.lastError?.current as { version?: unknown } | undefined;
    const version = options.version ?? (typeof current?.version === 'number' ? current.version : undefined);
    if (version === undefined) throw new Error('No server version to re-base on: pass { version }');
    const rebase: LaneRebase | undefined =
      record.baseVersion !== undefined && record.baseVersion !== version ? { from: record.baseVersion, to: version } : undefined;
    const updated = await this.store.update(
      id,
      (stored) => {
        if (stored.status !== 'conflict') return null;
        const next: OutboxRecord = { ...stored, status: 'pending', baseVersion: version, attempts: 0, nextAttemptAt: this.now() };
        delete next.lastError;
        return next;
      },
      // Records made on top of this one had its old base: they move along.
      rebase,
    );
    this.changed('enqueued');
    this.requestDrain();
    return updated;
  }

  /** Wipes every record of every owner (sign-out). Sends in flight are aborted. */
  async clear(): Promise<void> {
    for (const controller of this.controllers.values()) controller.abort();
    await this.store.clear();
    this.pausedForLogin = false;
    this.lastSyncAt = null;
    this.changed('changed');
    this.broadcast({ type: 'paused-for-login', paused: false });
    this.patch({ pausedForLogin: false, lastSyncAt: null });
  }

  // ------------------------------------------------------------ who / when

  /** The signed-in user (null: nobody, nothing is sent). Set it after the token, clear it before. */
  setOwner(ownerId: string | null): void {
    if (ownerId === this.ownerId) return;
    this.ownerId = ownerId;
    this.patch({ ownerId, records: [], counts: emptyCounts(), unsent: 0, ready: false });
    void this.refresh();
    this.requestDrain();
  }

  getOwner(): string | null {
    return this.ownerId;
  }

  /** After a 401 the user signed in again: send what waited. */
  resumeAfterLogin(): void {
    const wasPaused = this.pausedForLogin;
    this.pausedForLogin = false;
    this.patch({ pausedForLogin: false });
    if (wasPaused) {
      this.broadcast({ type: 'paused-for-login', paused: false });
      this.emit({ type: 'resumed', remote: false });
    }
    this.requestDrain();
  }

  /** Online state as the app sees it (window online/offline). Going online triggers a drain. */
  setOnline(online: boolean): void {
    const changed = online !== this.online;
    this.online = online;
    this.patch({ online });
    if (changed && online) this.requestDrain();
  }

  /**
   * The connection is back, or the person pressed "Nu versturen": records waiting out a
   * back-off are due at once (their attempt count is kept, so a new failure backs off
   * as before), then drains.
   */
  async sendNow(): Promise<void> {
    const owner = this.ownerId;
    if (owner === null || this.disposed) return;
    const now = this.now();
    let changed = false;
    try {
      for (const record of await this.store.list()) {
        if (record.ownerId !== owner || record.status !== 'pending' || record.nextAttemptAt <= now) continue;
        await this.store.update(record.id, (current) => {
          if (current.status !== 'pending' || current.nextAttemptAt <= now) return null;
          changed = true;
          return { ...current, nextAttemptAt: now };
        });
      }
    } catch (error) {
      this.onError('could not make waiting records due', error);
    }
    if (changed) this.changed('changed');
    const running = this.session;
    await this.drain();
    // A session that was already finishing (e.g. started by the same 'online') may have missed them.
    if (running) await this.drain();
  }

  /** Drains unless we know there is no point (offline, nobody signed in, paused for login). */
  requestDrain(): void {
    if (!this.isOnline()) return;
    if (this.cannotSend()) return;
    void this.drain();
  }

  // --------------------------------------------------------------- draining

  /**
   * Sends every due record this tab may send, then resolves. Only one tab drains
   * at a time (Web Lock); concurrent calls in one tab share one session, which
   * runs again for calls that came in while it ran.
   */
  drain(): Promise<void> {
    if (this.cannotSend()) return Promise.resolve();
    this.drainRequested = true;
    if (this.session) return this.session;
    const session = this.runSession().finally(() => {
      if (this.session === session) this.session = null;
    });
    this.session = session;
    return session;
  }

  private cannotSend(): boolean {
    return this.disposed || this.ownerId === null || this.pausedForLogin;
  }

  private async runSession(): Promise<void> {
    try {
      await this.locks.request(OUTBOX_LOCK_NAME, { ifAvailable: true }, async (lock) => {
        // Another tab drains; we try again on the next trigger.
        if (!lock) return;
        await this.pump();
      });
    } catch (error) {
      this.onError('drain failed', error);
    }
  }

  private async pump(): Promise<void> {
    this.patch({ draining: true });
    this.skippedLanes.clear();
    try {
      for (;;) {
        this.drainRequested = false;
        if (this.cannotSend()) break;
        const owner = this.ownerId;
        const records = (await this.store.list()).filter((record) => record.ownerId === owner);
        const prepared = await this.prepare(records);
        this.startDue(prepared);
        if (this.inFlight.size === 0) {
          if (this.drainRequested) continue;
          break;
        }
        await Promise.race(this.inFlight.values());
      }
    } finally {
      // Never let go of the lock with a request in flight: another tab would take
      // the 'sending' record for an orphan and send it a second time.
      while (this.inFlight.size > 0) await Promise.all(this.inFlight.values());
      this.patch({ draining: false });
    }
  }

  /** Migrates, revives and rejects records as their kinds say; persists each change. */
  private async prepare(records: OutboxRecord[]): Promise<OutboxRecord[]> {
    const result: OutboxRecord[] = [];
    let changed = false;
    for (const record of records) {
      if (this.inFlight.has(this.laneKey(record))) {
        result.push(record);
        continue;
      }
      const kind = this.registry.get(record.kind);
      if (!upgradeRecord(record, kind, this.now())) {
        result.push(record);
        continue;
      }
      try {
        const box: { changed?: boolean } = {};
        const stored = await this.store.update(record.id, (current) => {
          if (this.inFlight.has(this.laneKey(current))) return null;
          const next = upgradeRecord(current, this.registry.get(current.kind), this.now());
          if (next) box.changed = true;
          return next;
        });
        if (stored) result.push(stored);
        if (stored && box.changed) {
          changed = true;
          if (stored.status === 'rejected') this.emitAndBroadcast({ type: 'rejected', record: refOf(stored), remote: false });
        }
      } catch (error) {
        this.onError('could not update a record before sending', error);
        result.push(record);
      }
    }
    if (changed) this.changed('changed');
    return result;
  }

  /** A base version moved along the versions this tab's own confirmed writes produced. */
  private afterOwnMoves(record: Pick<OutboxRecord, 'ownerId' | 'lane'>, baseVersion: number): number {
    let base = baseVersion;
    const moves = this.ownMoves.get(this.laneKey(record));
    for (let hops = 0; moves?.has(base) && hops <= moves.size; hops++) base = moves.get(base) ?? base;
    return base;
  }

  private laneKey(record: Pick<OutboxRecord, 'ownerId' | 'lane'>): string {
    return `${record.ownerId}\u0000${record.lane}`;
  }

  private startDue(records: OutboxRecord[]): void {
    const now = this.now();
    for (const head of laneHeads(records)) {
      if (this.inFlight.size >= this.maxParallelLanes) return;
      const laneKey = this.laneKey(head);
      if (this.inFlight.has(laneKey) || this.skippedLanes.has(laneKey)) continue;
      // 'sending' without a send in flight here, while we hold the lock: its tab
      // died mid-request. Send it again with the same key; the server replays.
      if (head.status !== 'pending' && head.status !== 'sending') continue;
      if (head.status === 'pending' && head.nextAttemptAt > now) continue;
      const kind = this.registry.get(head.kind);
      // Written by a newer app version (another tab after an update): leave it for that tab.
      if (!kind || head.schemaVersion !== kind.schemaVersion) continue;
      const sending = this.send(head, kind).catch((error: unknown) => {
        // The store failed around the send: the record keeps its state (at worst
        // 'sending', resent with its key later). Do not spin on it now.
        this.skippedLanes.add(laneKey);
        this.onError('outbox bookkeeping failed', error);
      });
      const tracked = sending.finally(() => {
        if (this.inFlight.get(laneKey) === tracked) this.inFlight.delete(laneKey);
      });
      this.inFlight.set(laneKey, tracked);
    }
  }

  private async send(head: OutboxRecord, kind: OutboxKind): Promise<void> {
    const owner = this.ownerId;
    const claim: { record?: OutboxRecord } = {};
    await this.store.update(head.id, (current) => {
      if (current.ownerId !== owner) return null;
      if (current.status !== 'pending' && current.status !== 'sending') return null;
      if (current.schemaVersion !== kind.schemaVersion) return null;
      claim.record = { ...current, status: 'sending' };
      return claim.record;
    });
    const record = claim.record;
    if (!record) return;
    this.changed('changed');

    // The owner may have signed out while we marked it: never send with someone else's session.
    if (this.ownerId !== record.ownerId || this.disposed) {
      await this.settle(record, (current) => ({ ...current, status: 'pending' }));
      return;
    }

    const controller = new AbortController();
    this.controllers.set(record.id, controller);
    let result: SendResult;
    try {
      result = await this.transport(record, kind, { signal: controller.signal });
    } catch (error) {
      this.controllers.delete(record.id);
      await this.handleFailure(record, error, controller.signal.aborted);
      return;
    }
    this.controllers.delete(record.id);
    await this.handleSuccess(record, kind, result);
  }

  private async handleSuccess(record: OutboxRecord, kind: OutboxKind, result: SendResult): Promise<void> {
    const rebase: LaneRebase | undefined =
      record.baseVersion !== undefined && typeof result.version === 'number' && result.version !== record.baseVersion
        ? { from: record.baseVersion, to: result.version }
        : undefined;
    if (rebase) {
      const key = this.laneKey(record);
      const moves = this.ownMoves.get(key) ?? new Map<number, number>();
      moves.set(rebase.from, rebase.to);
      this.ownMoves.set(key, moves);
    }
    // If this write fails the record stays 'sending' and is resent with its key: the server replays.
    // Called without an await after noting the move (see enqueue).
    await this.store.remove(record.id, rebase);
    this.lastSyncAt = this.now();
    this.patch({ lastSyncAt: this.lastSyncAt });
    this.broadcast({ type: 'synced', at: this.lastSyncAt });
    this.changed('changed');
    try {
      kind.onSent?.(record, result);
    } catch (error) {
      this.onError(`onSent of ${record.kind} threw`, error);
    }
    const event: OutboxEvent = { type: 'sent', record: refOf(record), remote: false };
    if (typeof result.version === 'number') event.version = result.version;
    try {
      const keys = kind.invalidates?.(record, result);
      if (keys && keys.length > 0) event.invalidate = keys;
    } catch (error) {
      this.onError(`invalidates of ${record.kind} threw`, error);
    }
    this.emitAndBroadcast(event);
  }

  private async handleFailure(record: OutboxRecord, error: unknown, aborted: boolean): Promise<void> {
    if (aborted || isAbort(error)) {
      await this.settle(record, (current) => ({ ...current, status: 'pending' }));
      return;
    }
    const info = errorInfo(error);
    const kind = error instanceof ApiError ? error.kind : 'unknown';
    switch (kind) {
      case 'unauthorized': {
        // Keep everything; stop everything until the user signs in again.
        await this.settle(record, (current) => ({ ...current, status: 'pending', lastError: info }));
        if (!this.pausedForLogin) {
          this.pausedForLogin = true;
          this.patch({ pausedForLogin: true });
          this.broadcast({ type: 'paused-for-login', paused: true });
          this.emit({ type: 'paused-for-login', remote: false });
        }
        return;
      }
      case 'conflict': {
        const stored = await this.settle(record, (current) => ({ ...current, status: 'conflict', lastError: info }));
        if (stored) this.emitAndBroadcast({ type: 'conflict', record: refOf(stored), remote: false });
        return;
      }
      case 'validation':
      case 'forbidden':
      case 'not-found': {
        const stored = await this.settle(record, (current) => ({ ...current, status: 'rejected', lastError: info }));
        if (stored) this.emitAndBroadcast({ type: 'rejected', record: refOf(stored), remote: false });
        return;
      }
      default: {
        // network, server, rate-limited, in-progress, invalid-response, and bugs: later, with back-off.
        const retryAfterMs = error instanceof ApiError ? error.retryAfterMs : undefined;
        await this.settle(record, (current) => {
          const attempts = current.attempts + 1;
          return {
            ...current,
            status: 'pending',
            attempts,
            nextAttemptAt: this.now() + backoffDelayMs(attempts, this.random, retryAfterMs),
            lastError: info,
          };
        });
      }
    }
  }

  /**
   * Updates a record we were sending, unless it was discarded or changed meanwhile.
   * If the store throws, the record stays 'sending' and is resent with its key later.
   */
  private async settle(record: OutboxRecord, mutate: (current: OutboxRecord) => OutboxRecord): Promise<OutboxRecord | undefined> {
    const box: { changed?: boolean } = {};
    const stored = await this.store.update(record.id, (current) => {
      if (current.status !== 'sending') return null;
      box.changed = true;
      return mutate(current);
    });
    this.changed('changed');
    return box.changed ? stored : undefined;
  }

  private async discardAs(id: string, reason: 'discard' | 'theirs'): Promise<OutboxRecord | undefined> {
    this.controllers.get(id)?.abort();
    const removed = await this.store.remove(id);
    if (!removed) return undefined;
    try {
      this.registry.get(removed.kind)?.onDiscarded?.(removed);
    } catch (error) {
      this.onError(`onDiscarded of ${removed.kind} threw`, error);
    }
    this.changed('changed');
    this.emitAndBroadcast({ type: 'discarded', record: refOf(removed), reason, remote: false });
    // The lane may be free now.
    this.requestDrain();
    return removed;
  }

  // -------------------------------------------------- snapshot, events, tabs

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  getSnapshot = (): OutboxSnapshot => this.snapshot;

  /** Sent, discarded, conflict, rejected, paused: e.g. to invalidate queries of a lane. */
  onEvent(listener: (event: OutboxEvent) => void): () => void {
    this.eventListeners.add(listener);
    return () => {
      this.eventListeners.delete(listener);
    };
  }

  /** Re-reads the store into the snapshot. Resolves with a snapshot read after the call. */
  refresh(): Promise<OutboxSnapshot> {
    if (this.refreshQueued) return this.refreshQueued;
    const queued = this.refreshTail.then(async () => {
      this.refreshQueued = null;
      return this.readSnapshot();
    });
    this.refreshQueued = queued;
    this.refreshTail = queued.catch(() => undefined);
    return queued;
  }

  private async readSnapshot(): Promise<OutboxSnapshot> {
    if (this.disposed) return this.snapshot;
    const owner = this.ownerId;
    let all: OutboxRecord[];
    try {
      all = await this.store.list();
    } catch (error) {
      this.onError('could not read the outbox', error);
      return this.snapshot;
    }
    if (owner !== this.ownerId) return this.snapshot; // a newer refresh is queued
    const records = owner === null ? [] : all.filter((record) => record.ownerId === owner);
    const counts = emptyCounts();
    for (const record of records) counts[record.status] += 1;
    this.patch({ ready: true, records, counts, unsent: records.length });
    return this.snapshot;
  }

  private patch(partial: Partial<OutboxSnapshot>): void {
    const next = { ...this.snapshot, ...partial };
    const keys = Object.keys(partial) as Array<keyof OutboxSnapshot>;
    if (keys.every((key) => Object.is(next[key], this.snapshot[key]))) return;
    this.snapshot = next;
    for (const listener of [...this.listeners]) listener();
  }

  private changed(type: 'changed' | 'enqueued'): void {
    void this.refresh();
    this.broadcast({ type });
  }

  private emit(event: OutboxEvent): void {
    for (const listener of [...this.eventListeners]) {
      try {
        listener(event);
      } catch (error) {
        this.onError('an event listener threw', error);
      }
    }
  }

  private emitAndBroadcast(event: OutboxEvent): void {
    this.emit(event);
    this.broadcast({ type: 'event', event });
  }

  private broadcast(message: Message): void {
    if (this.disposed) return;
    this.channel?.postMessage(message);
  }

  private onMessage(raw: unknown): void {
    if (this.disposed || !raw || typeof raw !== 'object') return;
    const message = raw as Message;
    switch (message.type) {
      case 'changed':
        void this.refresh();
        return;
      case 'enqueued':
        void this.refresh();
        // Whoever holds the lock (maybe us) sends it.
        this.requestDrain();
        return;
      case 'synced':
        if (typeof message.at === 'number' && (this.lastSyncAt === null || message.at > this.lastSyncAt)) {
          this.lastSyncAt = message.at;
          this.patch({ lastSyncAt: message.at });
        }
        return;
      case 'paused-for-login':
        this.pausedForLogin = message.paused === true;
        this.patch({ pausedForLogin: this.pausedForLogin });
        this.emit({ type: this.pausedForLogin ? 'paused-for-login' : 'resumed', remote: true });
        if (!this.pausedForLogin) this.requestDrain();
        return;
      case 'event':
        if (message.event && typeof message.event === 'object') this.emit({ ...message.event, remote: true });
        return;
    }
  }

  /** Stops listening to other tabs and the registry (the app's outbox lives as long as the session). */
  dispose(): void {
    this.disposed = true;
    for (const unsubscribe of this.unsubscribers.splice(0)) unsubscribe();
    this.channel?.close();
    this.listeners.clear();
    this.eventListeners.clear();
  }
}

export function createOutbox(options: OutboxOptions): Outbox {
  return new Outbox(options);
}

// ------------------------------------------------------------ app singleton

let appOutbox: Outbox | null = null;
const appOutboxListeners = new Set<() => void>();

/** The outbox of the signed-in session, or null (before sign-in, after sign-out). */
export function getAppOutbox(): Outbox | null {
  return appOutbox;
}

let stopInvalidating: (() => void) | null = null;

/**
 * The one place where confirmed writes refresh reads: each kind's `invalidates` keys, carried
 * by the 'sent' event of the tab that sent it (other tabs read everything again, see src/app).
 */
function invalidateAfterSent(event: OutboxEvent): void {
  if (event.type !== 'sent' || event.remote || !event.invalidate) return;
  for (const queryKey of event.invalidate) void queryClient.invalidateQueries({ queryKey: [...queryKey] });
}

/** Set by `src/app` after sign-in; cleared (and disposed by the caller) at sign-out. */
export function setAppOutbox(outbox: Outbox | null): void {
  if (outbox === appOutbox) return;
  stopInvalidating?.();
  stopInvalidating = outbox ? outbox.onEvent(invalidateAfterSent) : null;
  appOutbox = outbox;
  for (const listener of [...appOutboxListeners]) listener();
}

export function subscribeAppOutbox(listener: () => void): () => void {
  appOutboxListeners.add(listener);
  return () => {
    appOutboxListeners.delete(listener);
  };
}
