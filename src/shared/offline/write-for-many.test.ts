import { act, renderHook, waitFor } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '#src/shared/auth/session-store.ts';
import type { Session } from '#src/shared/auth/schemas.ts';
import { ApiError } from '#src/shared/api/errors.ts';
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
  const writer = useOutboxWrite(noteKind, (note) => `notes:${note.noteId}`);
  return { ...useWriteForMany(writer), error: writer.error };
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

  it('a changed text replaces what still waits (one version each), and starts a new bulk after one saved for everyone', async () => {
    const { result } = renderHook(useNoteForMany, { wrapper });
    failSave(2);
    await send(result, 'Eerste tekst', ['anna', 'bram']);
    const [first] = await saved();
    vi.restoreAllMocks();
    // the coach changed the text: anna's first one still waits on the device, the changed one takes its place
    expect(await send(result, 'Andere tekst', ['anna', 'bram'])).toEqual({ saved: ['anna', 'bram'], missing: [], failed: [] });
    const notes = await saved();
    expect(notes.map((n) => `${n.text}/${n.clientId}`)).toEqual(['Andere tekst/anna', 'Andere tekst/bram']);
    expect(notes[0]?.noteId).toBe(first?.noteId);
    // the same text again after it was saved for all: sent again on purpose (a new bulk)
    await send(result, 'Andere tekst', ['anna']);
    expect((await saved()).map((n) => `${n.text}/${n.clientId}`)).toEqual(['Andere tekst/anna', 'Andere tekst/bram', 'Andere tekst/anna']);
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

describe('useWriteForMany with confirm (sent at once, the coach sees who did not get it)', () => {
  let server: FakeServer;
  let broken: boolean;

  beforeEach(() => {
    box.dispose();
    server = new FakeServer();
    const { registry } = testKinds(server);
    noteKind = registry.get('note.add') as OutboxKind<Note>;
    box = makeOutbox({ registry, store: createMemoryOutboxStore(), ownerId: 'coach' });
    // the server answers 500 for bram until it is mended
    broken = true;
    server.failNext(...Array.from({ length: 20 }, () => (request: { payload: unknown }) => (broken && (request.payload as Note).clientId === 'bram' ? new ApiError('server', { status: 500 }) : undefined)));
  });

  function useConfirmedNotes() {
    const writer = useOutboxWrite(noteKind, (note) => `notes:${note.noteId}`);
    return useWriteForMany(writer, { confirm: true });
  }

  async function sendConfirmed(result: { current: ReturnType<typeof useConfirmedNotes> }, text: string): Promise<ForManyResult> {
    let done: ForManyResult = { saved: [], missing: [], failed: [] };
    await act(async () => {
      done = await result.current.writeForMany(['anna', 'bram'], text, (clientId, noteId, at) => ({ payload: { text, clientId, noteId, at } }));
    });
    return done;
  }

  /** What the server applied, per client: exactly once each means one entry per client. */
  const applied = () =>
    server.applied
      .map((key) => server.requests.find((request) => request.key === key)?.payload as Note)
      .map((n) => `${n.clientId}: ${n.text}`)
      .sort();

  it('holds the record the server did not take: the outbox does not send it by itself, so the list stays true', async () => {
    const { result } = renderHook(useConfirmedNotes, { wrapper });
    expect(await sendConfirmed(result, 'Kom dinsdag')).toEqual({ saved: ['anna'], missing: [], failed: [{ clientId: 'bram', reason: 'server' }] });
    expect((await box.list()).map((r) => [(r.payload as Note).clientId, r.status])).toEqual([['bram', 'held']]);
    // the server works again; whatever makes the outbox send (its timer, coming online, "Nu versturen") leaves it
    broken = false;
    await act(async () => {
      await box.sendNow();
    });
    expect(applied()).toEqual(['anna: Kom dinsdag']);
    expect(result.current.failed).toEqual([{ clientId: 'bram', reason: 'server' }]);
  });

  it('a changed text goes only to the client it did not reach, in the place of the held record (the same note id)', async () => {
    const { result } = renderHook(useConfirmedNotes, { wrapper });
    await sendConfirmed(result, 'Kom dinsdag');
    broken = false;
    expect(await sendConfirmed(result, 'Kom woensdag')).toEqual({ saved: ['anna', 'bram'], missing: [], failed: [] });
    expect(applied()).toEqual(['anna: Kom dinsdag', 'bram: Kom woensdag']);
    const bram = server.requests.filter((request) => (request.payload as Note).clientId === 'bram');
    expect(bram.map((request) => (request.payload as Note).text)).toEqual(['Kom dinsdag', 'Kom woensdag']);
    expect(new Set(bram.map((request) => (request.payload as Note).noteId)).size).toBe(1);
    expect(await box.list()).toEqual([]);
  });

  it('a changed text that fails again is held in its turn; the next change replaces that one', async () => {
    const { result } = renderHook(useConfirmedNotes, { wrapper });
    await sendConfirmed(result, 'Kom dinsdag');
    expect((await sendConfirmed(result, 'Kom woensdag')).failed).toEqual([{ clientId: 'bram', reason: 'server' }]);
    broken = false;
    expect(await sendConfirmed(result, 'Kom donderdag')).toEqual({ saved: ['anna', 'bram'], missing: [], failed: [] });
    expect(applied()).toEqual(['anna: Kom dinsdag', 'bram: Kom donderdag']);
  });

  it('the same text again sends the held record again (the same Idempotency-Key); the list follows the outbox', async () => {
    const { result } = renderHook(useConfirmedNotes, { wrapper });
    await sendConfirmed(result, 'Kom dinsdag');
    const [held] = await box.list();
    broken = false;
    // tried again elsewhere (Wijzigingen: "Opnieuw proberen"): bram has it, and leaves the list
    await act(async () => {
      await box.retry(held!.id);
      await box.drain();
    });
    await waitFor(() => expect(result.current.failed).toEqual([]));
    // pressing the button again sends nothing twice
    expect(await sendConfirmed(result, 'Kom dinsdag')).toEqual({ saved: ['anna', 'bram'], missing: [], failed: [] });
    expect(applied()).toEqual(['anna: Kom dinsdag', 'bram: Kom dinsdag']);
    expect(server.requestsFor(held!.id)).toHaveLength(2);
  });
});
