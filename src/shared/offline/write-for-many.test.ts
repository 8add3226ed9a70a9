import { act, renderHook } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '#src/shared/auth/session-store.ts';
import type { Session } from '#src/shared/auth/schemas.ts';
import { StorageFullError } from './errors.ts';
import { createMemoryOutboxStore } from './memory-store.ts';
import type { Outbox, OutboxKind } from './outbox.ts';
import { OutboxProvider } from './react.ts';
import { FakeServer, makeOutbox, testKinds } from './test-helpers.ts';
import { useOutboxWrite } from './use-outbox-write.ts';
import { useWriteForMany, type ForManyResult } from './write-for-many.ts';

type Note = { text: string; clientId?: string; noteId?: string; at?: string };

let box: Outbox;
let noteKind: OutboxKind<Note>;

beforeEach(() => {
  const { registry } = testKinds(new FakeServer());
  noteKind = registry.get('note.add') as OutboxKind<Note>;
  box = makeOutbox({ registry, store: createMemoryOutboxStore(), isOnline: () => false });
  sessionStore.set({ token: 't'.repeat(40), user: { id: 'coach', role: 'coach' } } as unknown as Session);
});

afterEach(() => {
  sessionStore.clear();
  box.dispose();
  vi.restoreAllMocks();
});

const wrapper = ({ children }: { children?: ReactNode }) => createElement(OutboxProvider, { outbox: box }, children);

function useNoteForMany() {
  const { write, error } = useOutboxWrite(noteKind, (note) => `notes:${note.noteId}`);
  return { ...useWriteForMany(write), error };
}

/** Lets the `nth` save (1-based) fail as on a full disk, the others through. */
function failSave(nth: number) {
  vi.restoreAllMocks();
  const enqueue = box.enqueue.bind(box);
  let calls = 0;
  vi.spyOn(box, 'enqueue').mockImplementation((input) => {
    calls += 1;
    return calls === nth ? Promise.reject(new StorageFullError()) : enqueue(input);
  });
}

const CLIENTS = ['anna', 'bram', 'cem', 'dewi'];

async function send(result: { current: ReturnType<typeof useNoteForMany> }, text: string, clients = CLIENTS): Promise<ForManyResult> {
  let done: ForManyResult = { saved: [], missing: [], failed: [] };
  await act(async () => {
    done = await result.current.writeForMany(clients, text, (clientId, noteId, at) => ({ payload: { text, clientId, noteId, at } }));
  });
  return done;
}

async function saved() {
  return (await box.list()).map((record) => record.payload as Note);
}

describe('useWriteForMany', () => {
  it('saves one record per client, each with its own entity id, all with the same moment', async () => {
    const { result } = renderHook(useNoteForMany, { wrapper });
    expect(await send(result, 'Spreekuur dicht')).toEqual({ saved: CLIENTS, missing: [], failed: [] });
    const notes = await saved();
    expect(notes.map((n) => n.clientId)).toEqual(CLIENTS);
    expect(new Set(notes.map((n) => n.noteId)).size).toBe(4);
    expect(new Set(notes.map((n) => n.at)).size).toBe(1);
  });

  it('after a save that stopped part-way, a retry saves only for the others: each client exactly once', async () => {
    const { result } = renderHook(useNoteForMany, { wrapper });
    failSave(3);
    expect(await send(result, 'Spreekuur dicht')).toEqual({ saved: ['anna', 'bram'], missing: ['cem', 'dewi'], failed: [] });
    expect(result.current.missing).toEqual(['cem', 'dewi']);
    expect(result.current.error).toMatch(/fullDisk/);
    const first = await saved();
    expect(first.map((n) => n.clientId)).toEqual(['anna', 'bram']);

    // the retry fails again after one more; then it goes through
    failSave(2);
    expect(await send(result, 'Spreekuur dicht')).toEqual({ saved: ['anna', 'bram', 'cem'], missing: ['dewi'], failed: [] });
    vi.restoreAllMocks();
    expect(await send(result, 'Spreekuur dicht')).toEqual({ saved: CLIENTS, missing: [], failed: [] });
    expect(result.current.missing).toEqual([]);
    const notes = await saved();
    expect(notes.map((n) => n.clientId)).toEqual(CLIENTS);
    // the bulk kept its moment, and its ids for the clients saved before
    expect(new Set(notes.map((n) => n.at)).size).toBe(1);
    expect(notes.slice(0, 2)).toEqual(first);
  });

  it('gives a client whose save failed the same entity id on the retry', async () => {
    const { result } = renderHook(useNoteForMany, { wrapper });
    const ids: string[] = [];
    const enqueue = box.enqueue.bind(box);
    vi.spyOn(box, 'enqueue').mockImplementation((input) => {
      ids.push((input.payload as Note).noteId ?? '');
      return ids.length === 1 ? Promise.reject(new StorageFullError()) : enqueue(input);
    });
    await send(result, 'Hallo', ['anna']);
    await send(result, 'Hallo', ['anna']);
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
  });

  it('starts a new bulk for another text, and after one saved for everyone', async () => {
    const { result } = renderHook(useNoteForMany, { wrapper });
    failSave(2);
    await send(result, 'Eerste tekst', ['anna', 'bram']);
    vi.restoreAllMocks();
    // the coach changed the text: a new bulk, for everyone selected
    expect(await send(result, 'Andere tekst', ['anna', 'bram'])).toEqual({ saved: ['anna', 'bram'], missing: [], failed: [] });
    // the same text again after it was saved for all: sent again on purpose (a new bulk)
    await send(result, 'Andere tekst', ['anna']);
    expect((await saved()).map((n) => `${n.text}/${n.clientId}`)).toEqual(['Eerste tekst/anna', 'Andere tekst/anna', 'Andere tekst/bram', 'Andere tekst/anna']);
  });

  it('a client added to the selection on the retry gets it too, once', async () => {
    const { result } = renderHook(useNoteForMany, { wrapper });
    failSave(2);
    await send(result, 'Hallo', ['anna', 'bram']);
    vi.restoreAllMocks();
    expect(await send(result, 'Hallo', ['anna', 'bram', 'cem'])).toEqual({ saved: ['anna', 'bram', 'cem'], missing: [], failed: [] });
    expect((await saved()).map((n) => n.clientId)).toEqual(['anna', 'bram', 'cem']);
  });
});
