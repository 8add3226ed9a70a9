import type { OutboxRecord } from './types.ts';

export type SendContext = { signal: AbortSignal };
export type SendResult<R = unknown> = { version?: number; data: R };

/** A TanStack Query key (or prefix), from a feature's key factory or `sharedQueryKeys`. */
export type InvalidatedKey = readonly unknown[];

/**
 * What a feature registers for one kind of write. Method syntax on purpose:
 * definitions of different payload types share one registry.
 */
export type OutboxKind<P = unknown, R = unknown> = {
  readonly kind: string;
  /** Raise it when the payload's shape changes, and teach `migrate` the old shape. */
  readonly schemaVersion: number;
  /**
   * Turns a payload written by an older app version (`fromVersion`) into today's shape. The
   * record (lane, owner) is there for old payloads that lacked what the lane says.
   */
  migrate?(payload: unknown, fromVersion: number, record: OutboxRecord): P;
  /**
   * Sends the record with `apiRequest`: `idempotencyKey: record.id` always, and
   * `ifMatch: ifMatchFor(record)` (versions.ts) when the operation is versioned. Resolve
   * with the entity's new version (used to re-base the lane's next records).
   * Throw the ApiError as is; never catch it.
   */
  send(record: OutboxRecord<P>, ctx: SendContext): Promise<SendResult<R>>;
  /** After the server confirmed it (only in the tab that sent it): put the answer in the query cache. */
  onSent?(record: OutboxRecord<P>, result: SendResult<R>): void;
  /**
   * The queries to read again once the server confirmed the record, named with the features'
   * key factories (never literals). The app runs them from the outbox's 'sent' event, in one
   * place (`setAppOutbox`), after `onSent`.
   */
  invalidates?(record: OutboxRecord<P>, result: SendResult<R>): readonly InvalidatedKey[];
  /** After the user threw the record away (discard, or "take theirs"). */
  onDiscarded?(record: OutboxRecord<P>): void;
};

export type OutboxKindRegistry = {
  get(kind: string): OutboxKind | undefined;
  register<P, R>(definition: OutboxKind<P, R>): OutboxKind<P, R>;
  /** Called after each registration (so records of a late-registered kind can go). */
  subscribe(listener: (kind: string) => void): () => void;
};

export function createOutboxKindRegistry(): OutboxKindRegistry {
  const kinds = new Map<string, OutboxKind>();
  const listeners = new Set<(kind: string) => void>();
  return {
    get: (kind) => kinds.get(kind),
    register(definition) {
      if (!definition.kind) throw new TypeError('An outbox kind needs a name');
      if (!Number.isInteger(definition.schemaVersion) || definition.schemaVersion < 1) {
        throw new TypeError(`Outbox kind ${definition.kind}: schemaVersion must be an integer >= 1`);
      }
      kinds.set(definition.kind, definition as OutboxKind);
      for (const listener of listeners) listener(definition.kind);
      return definition;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The app's registry. Register every kind at start-up (not in a lazy route chunk). */
export const outboxKinds: OutboxKindRegistry = createOutboxKindRegistry();

/**
 * Declares a kind of write and registers it. A write that is one API request (all but the chunked
 * uploads) uses `defineRequestKind` (`./request-kind.ts`), which builds `send` and the cache updates
 * on this; see docs/architecture.md "One file per write operation".
 */
export function defineOutboxKind<P, R = unknown>(
  definition: OutboxKind<P, R>,
  registry: OutboxKindRegistry = outboxKinds,
): OutboxKind<P, R> {
  return registry.register(definition);
}
