import type { QueryKey } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { defineOutboxKind, type OutboxKind, type OutboxKindRegistry } from './kinds.ts';
import type { OutboxRecord } from './types.ts';
import { ifMatchFor, type VersionedResource } from './versions.ts';

/** The one request that sends a record (`PUT` unless said; a `POST` only with the record's id as Idempotency-Key). */
export type KindRequest<R> = { method?: 'PUT' | 'POST' | 'DELETE'; path: string; body?: unknown; schema?: z.ZodType<R> };

/**
 * A write that is one API request: what differs per operation, the rest (Idempotency-Key,
 * If-Match, abort signal, the read cache) is done here the same way for every kind.
 */
export type RequestKindDefinition<P, R, C> = Omit<OutboxKind<P, R>, 'send'> & {
  /** The request for one record's payload. */
  request(payload: P): KindRequest<R>;
  /** A versioned write: `If-Match` from the record's base version (`ifMatchFor`, `src/shared/offline/versions.ts`). */
  ifMatch?: VersionedResource;
  /** The entity's version after the write, from the answer (later records of the lane are re-based on it). */
  version?(data: R): number | undefined;
  /** Waits for something before sending (e.g. a hand-in waits for its activities). */
  before?(record: OutboxRecord<P>, signal: AbortSignal): Promise<void>;
  /** The query that shows this data: read again when the record is thrown away. */
  query?(payload: P): QueryKey;
  /** Puts the server's answer in `query` once sent (`old` is what the cache holds, maybe nothing). */
  merge?(old: C | undefined, data: R, payload: P): C | undefined;
};

/**
 * Declares (and registers) a kind of write sent as one API request; see docs/architecture.md
 * "One file per write operation". `onSent`/`onDiscarded`, when given, replace what `query` and
 * `merge` would do.
 */
export function defineRequestKind<P, R, C = R>(definition: RequestKindDefinition<P, R, C>, registry?: OutboxKindRegistry): OutboxKind<P, R> {
  const { request, ifMatch, version, before, query, merge, ...kind } = definition;
  return defineOutboxKind<P, R>(
    {
      onSent:
        query && merge
          ? (record, result) => queryClient.setQueryData<C>(query(record.payload), (old) => merge(old, result.data, record.payload))
          : undefined,
      onDiscarded: query ? (record) => void queryClient.invalidateQueries({ queryKey: query(record.payload) }) : undefined,
      ...kind,
      async send(record, { signal }) {
        if (before) await before(record, signal);
        const { method = 'PUT', path, body, schema } = request(record.payload);
        const { data } = await apiRequest({
          method,
          path,
          body,
          schema,
          idempotencyKey: record.id,
          ifMatch: ifMatch ? ifMatchFor(record, ifMatch) : undefined,
          signal,
        });
        // a 204 (a delete) has no body
        const result = (data ?? null) as R;
        return { version: version?.(result), data: result };
      },
    },
    registry,
  );
}

/** `merge` for a resource the answer replaces as a whole (a profile, a draft). */
export const replaceWith = <R>(_old: unknown, data: R): R => data;
