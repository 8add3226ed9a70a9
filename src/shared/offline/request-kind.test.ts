import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { apiPath } from '#src/shared/api/path.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { createOutboxKindRegistry } from './kinds.ts';
import { defineRequestKind, replaceWith } from './request-kind.ts';
import type { OutboxRecord } from './types.ts';

const apiRequest = vi.hoisted(() => vi.fn());
vi.mock('#src/shared/api/client.ts', () => ({ apiRequest }));

const noteSchema = z.object({ id: z.string(), text: z.string(), version: z.number() });
type Note = z.infer<typeof noteSchema>;
type Payload = { clientId: string; noteId: string; text: string };

const record = (baseVersion?: number): OutboxRecord<Payload> => ({
  seq: 1,
  id: 'rec-1',
  ownerId: 'anna',
  lane: 'note:n/1',
  kind: 'note.put',
  schemaVersion: 1,
  payload: { clientId: 'c 1', noteId: 'n/1', text: 'hallo' },
  baseVersion,
  createdAt: '2026-01-01T00:00:00.000Z',
  attempts: 0,
  nextAttemptAt: 0,
  status: 'sending',
});

beforeEach(() => {
  apiRequest.mockReset();
  queryClient.clear();
});

describe('apiPath', () => {
  it('encodes every interpolated part, not the template', () => {
    expect(apiPath`/clients/${'c 1'}/notes/${'n/1'}`).toBe('/clients/c%201/notes/n%2F1');
    expect(apiPath`/portfolio/shares`).toBe('/portfolio/shares');
  });
});

describe('defineRequestKind', () => {
  const kind = defineRequestKind<Payload, Note, Note[]>(
    {
      kind: 'note.put',
      schemaVersion: 1,
      request: ({ clientId, noteId, text }) => ({ path: apiPath`/clients/${clientId}/notes/${noteId}`, body: { text }, schema: noteSchema }),
      ifMatch: 'entity',
      version: (note) => note.version,
      query: ({ clientId }) => ['notes', clientId],
      merge: (list, note) => [...(list ?? []).filter((n) => n.id !== note.id), note],
    },
    createOutboxKindRegistry(),
  );

  it('sends one PUT with the record id as Idempotency-Key, If-Match from the base version and the signal', async () => {
    const note = { id: 'n/1', text: 'hallo', version: 4 };
    apiRequest.mockResolvedValue({ data: note });
    const signal = new AbortController().signal;
    await expect(kind.send(record(3), { signal })).resolves.toEqual({ version: 4, data: note });
    expect(apiRequest).toHaveBeenCalledWith({
      method: 'PUT',
      path: '/clients/c%201/notes/n%2F1',
      body: { text: 'hallo' },
      schema: noteSchema,
      idempotencyKey: 'rec-1',
      ifMatch: '"3"',
      signal,
    });
    // a create of an entity (base version 0) sends no If-Match
    await kind.send(record(0), { signal });
    expect(apiRequest.mock.calls[1]?.[0]).toMatchObject({ ifMatch: undefined });
  });

  it('merges the answer into its query once sent, and reads the query again when the record is thrown away', async () => {
    queryClient.setQueryData<Note[]>(['notes', 'c 1'], [{ id: 'x', text: 'oud', version: 1 }]);
    kind.onSent?.(record(), { data: { id: 'n/1', text: 'hallo', version: 1 } });
    expect(queryClient.getQueryData(['notes', 'c 1'])).toEqual([
      { id: 'x', text: 'oud', version: 1 },
      { id: 'n/1', text: 'hallo', version: 1 },
    ]);
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    kind.onDiscarded?.(record());
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['notes', 'c 1'] });
  });

  it('answers a 204 (a delete) with null, and leaves cache updates to the kind when it has no query', async () => {
    const remove = defineRequestKind<Payload, null>(
      { kind: 'note.delete', schemaVersion: 1, request: ({ noteId }) => ({ method: 'DELETE', path: apiPath`/notes/${noteId}` }) },
      createOutboxKindRegistry(),
    );
    apiRequest.mockResolvedValue({ data: undefined });
    await expect(remove.send(record(), { signal: new AbortController().signal })).resolves.toEqual({ version: undefined, data: null });
    expect(remove.onSent).toBeUndefined();
    expect(remove.onDiscarded).toBeUndefined();
    expect(replaceWith(['old'], 'new')).toBe('new');
  });
});
