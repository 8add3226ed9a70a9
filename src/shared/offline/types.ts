import type { ApiErrorKind, FieldErrors } from '#src/shared/api/errors.ts';

/**
 * Types shared by the outbox, its stores and the IndexedDB schema.
 * Kept apart from `outbox.ts` so `db.ts` and the stores do not import the engine.
 */

/**
 * `held`: the server did not take it (a 5xx) while the person waited for the answer and was told
 * so (a coach's write to several clients); it is not sent again by itself, only when the person
 * tries again (`retry`) or puts a changed one in its place (`replace`). See `Outbox.hold`.
 */
export type OutboxStatus = 'pending' | 'sending' | 'conflict' | 'rejected' | 'paused' | 'held';

export const OUTBOX_STATUSES: readonly OutboxStatus[] = ['pending', 'sending', 'conflict', 'rejected', 'paused', 'held'];

/** Why a record was not sent: an API error kind, or a problem found on the device. */
export type OutboxErrorKind =
  | ApiErrorKind
  /** No definition is registered for the record's kind (e.g. removed in an app update). */
  | 'unknown-kind'
  /** The kind's `migrate` is missing or threw for an older schemaVersion. */
  | 'migration-failed'
  /** `send` threw something that is not an ApiError (a bug): retried with back-off. */
  | 'unknown';

export type OutboxErrorInfo = {
  kind: OutboxErrorKind;
  status?: number;
  /** For 400/422: messages keyed by field path, shown next to the user's own input. */
  fieldErrors?: FieldErrors;
  /** For 409/412: the server's current state (expected to carry a numeric `version`). */
  current?: unknown;
  code?: string;
  message?: string;
};

export type OutboxRecord<P = unknown> = {
  /** Autoincrement key: FIFO order across the whole outbox. */
  seq: number;
  /** UUID made on the device; sent as the Idempotency-Key on every (re)send. */
  id: string;
  /** The signed-in user who wrote it; only this user's records are ever sent. */
  ownerId: string;
  /** Who acted, when not the owner (e.g. a helper acting for the client). */
  actorId?: string;
  /** The entity, e.g. 'profile:client-anna'. Strict FIFO inside a lane. */
  lane: string;
  /** The registered kind, e.g. 'profile.update'. */
  kind: string;
  /** The version of the payload's shape (see `defineOutboxKind({ migrate })`). */
  schemaVersion: number;
  /** The user's input: kept for display and for showing "your input" after a 422. */
  payload: P;
  /** The entity version the edit was made on; sent as If-Match. */
  baseVersion?: number;
  /** ISO date-time of the enqueue. */
  createdAt: string;
  /** Failed attempts since the last success / retry. */
  attempts: number;
  /** Epoch ms before which the record is not sent again (back-off). */
  nextAttemptAt: number;
  status: OutboxStatus;
  lastError?: OutboxErrorInfo;
};

export type NewOutboxRecord<P = unknown> = Omit<OutboxRecord<P>, 'seq'>;

/** Re-base later records of the same lane and owner: `baseVersion === from` becomes `to`. */
export type LaneRebase = { from: number; to: number };

/**
 * Where outbox records live. Every method is atomic on its own (one IndexedDB
 * transaction), so a record is never half written and a deleted record is never
 * written back by a late update.
 */
export interface OutboxStore {
  /** Commits the record durably and resolves with it (seq assigned). */
  add(record: NewOutboxRecord): Promise<OutboxRecord>;
  /**
   * Commits `record` and deletes the record `removeId` in ONE transaction: there is never a
   * moment with neither (nor with both). Resolves with the new record and the removed one
   * (undefined when it was already gone; the new record is committed all the same).
   */
  replace(removeId: string, record: NewOutboxRecord): Promise<{ added: OutboxRecord; removed: OutboxRecord | undefined }>;
  /** Every record, in seq (FIFO) order. */
  list(): Promise<OutboxRecord[]>;
  get(id: string): Promise<OutboxRecord | undefined>;
  /**
   * Read-modify-write of one record. `mutate` returns the new record, or null to
   * leave it unchanged. Resolves with the stored record, or undefined when it is gone.
   * With `rebase`, later records of the same lane and owner are re-based in the same transaction.
   */
  update(
    id: string,
    mutate: (record: OutboxRecord) => OutboxRecord | null,
    rebase?: LaneRebase,
  ): Promise<OutboxRecord | undefined>;
  /** Deletes a record (and optionally re-bases later records of its lane) atomically. */
  remove(id: string, rebase?: LaneRebase): Promise<OutboxRecord | undefined>;
  clear(): Promise<void>;
  close?(): void;
}
