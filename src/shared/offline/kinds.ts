import type { OutboxRecord } from './types.ts';

export type SendContext = { signal: AbortSignal };
export type SendResult<R = unknown> = { version?: number; data: R };

/**
 * What a feature registers for one kind of write. Method syntax on purpose:
 * definitions of different payload types share one registry.
 */
export type OutboxKind<P = unknown, R = unknown> = {
  readonly kind: string;
  /** Raise it when the payload's shape changes, and teach `migrate` the old shape. */
  readonly schemaVersion: number;
  /** Turns a payload written by an older app version (`fromVersion`) into today's shape. */
  migrate?(payload: unknown, fromVersion: number): P;
  /**
   * Sends the record with `apiRequest`: `idempotencyKey: record.id` always, and
   * `ifMatch` from `record.baseVersion` when the operation is versioned. Resolve
   * with the entity's new version (used to re-base the lane's next records).
   * Throw the ApiError as is; never catch it.
   */
  send(record: OutboxRecord<P>, ctx: SendContext): Promise<SendResult<R>>;
  /** After the server confirmed it (only in the tab that sent it): update the query cache. */
  onSent?(record: OutboxRecord<P>, result: SendResult<R>): void;
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
 * Declares a kind of write and registers it. Example:
 *
 *   export const updateProfile = defineOutboxKind<ProfileInput, Profile>({
 *     kind: 'profile.update',
 *     schemaVersion: 1,
 *     send: async (record, { signal }) => {
 *       const { data } = await apiRequest({ method: 'PUT', path: `/profiles/${record.payload.id}`,
 *         body: record.payload, schema: profileSchema, idempotencyKey: record.id,
 *         ifMatch: record.baseVersion ? String(record.baseVersion) : undefined, signal });
 *       return { version: data.version, data };
 *     },
 *   });
 */
export function defineOutboxKind<P, R = unknown>(
  definition: OutboxKind<P, R>,
  registry: OutboxKindRegistry = outboxKinds,
): OutboxKind<P, R> {
  return registry.register(definition);
}
