import { act, renderHook, waitFor } from '@testing-library/react';
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

let box: Outbox;
let noteKind: OutboxKind<{ text: string }>;

beforeEach(() => {
  const { registry } = testKinds(new FakeServer());
  noteKind = registry.get('note.add') as OutboxKind<{ text: string }>;
  box = makeOutbox({ registry, store: createMemoryOutboxStore(), isOnline: () => false });
  sessionStore.set({ token: 't'.repeat(40), user: { id: 'anna', role: 'client' } } as unknown as Session);
});

afterEach(() => {
  sessionStore.clear();
  box.dispose();
});

const wrapper = ({ children }: { children?: ReactNode }) => createElement(OutboxProvider, { outbox: box }, children);

describe('useOutboxWrite', () => {
  it("writes as the signed-in person, in the hook's lane, and shows the record as pending", async () => {
    const { result } = renderHook(() => useOutboxWrite(noteKind, 'notes:1'), { wrapper });
    let record: Awaited<ReturnType<typeof result.current.write>> = null;
    await act(async () => {
      record = await result.current.write({ payload: { text: 'hallo' } });
    });
    expect(record).toMatchObject({ ownerId: 'anna', lane: 'notes:1', kind: 'note.add', payload: { text: 'hallo' } });
    await waitFor(() => expect(result.current.pending.map((r) => r.payload.text)).toEqual(['hallo']));
    expect(result.current.saving).toBe(false);
    expect(result.current.error).toBeNull();
  });

  it('resolves only once the snapshot holds the record, so the next screen renders with it', async () => {
    // the device's store answers a read a moment late (IndexedDB on a busy phone)
    const store = createMemoryOutboxStore();
    const slow = { ...store, list: async () => new Promise<Awaited<ReturnType<typeof store.list>>>((resolve) => setTimeout(() => void store.list().then(resolve), 30)) };
    box.dispose();
    box = makeOutbox({ registry: testKinds(new FakeServer()).registry, store: slow, isOnline: () => false });
    const { result } = renderHook(() => useOutboxWrite(noteKind, 'notes:1'), { wrapper });
    let record: Awaited<ReturnType<typeof result.current.write>> = null;
    await act(async () => {
      record = await result.current.write({ payload: { text: 'meteen' } });
      // what runs right after the write (a navigation) sees it
      expect(box.getSnapshot().records.map((r) => r.id)).toEqual([record?.id]);
    });
    expect(result.current.pending.map((r) => r.payload.text)).toEqual(['meteen']);
  });

  it('replaces a refused record atomically', async () => {
    const refused = await box.enqueue({ lane: 'notes:1', kind: noteKind, payload: { text: 'fout' }, ownerId: 'anna' });
    const { result } = renderHook(() => useOutboxWrite(noteKind, 'notes:1'), { wrapper });
    await act(async () => {
      await result.current.replace(refused.id, { payload: { text: 'goed' } });
    });
    expect((await box.list()).map((r) => r.payload)).toEqual([{ text: 'goed' }]);
  });

  it('keeps nothing and says why when the disk is full', async () => {
    vi.spyOn(box, 'enqueue').mockRejectedValueOnce(new StorageFullError());
    const { result } = renderHook(() => useOutboxWrite(noteKind, 'notes:1'), { wrapper });
    let record: unknown = 'unset';
    await act(async () => {
      record = await result.current.write({ payload: { text: 'x' } });
    });
    expect(record).toBeNull();
    expect(result.current.error).toMatch(/fullDisk/);
    act(() => result.current.clearError());
    expect(result.current.error).toBeNull();
  });

  it('records the helper as the actor when they act for a client, and nothing for a read-only authorisation', async () => {
    const actingFor = { clientId: 'client-anna', name: 'Anna', scope: 'write' as const, endsAt: '2099-01-01T00:00:00.000Z' };
    sessionStore.set({ token: 't'.repeat(40), user: { id: 'helper-1', role: 'helper', clientId: 'client-anna' }, actingFor } as unknown as Session);
    const { result } = renderHook(() => useOutboxWrite(noteKind, 'notes:1'), { wrapper });
    await act(async () => {
      await result.current.write({ payload: { text: 'namens Anna' } });
    });
    expect(await box.list()).toMatchObject([{ ownerId: 'helper-1', actorId: 'helper-1', payload: { text: 'namens Anna' } }]);

    sessionStore.set({ token: 't'.repeat(40), user: { id: 'helper-1', role: 'helper', clientId: 'client-anna' }, actingFor: { ...actingFor, scope: 'read' } } as unknown as Session);
    await waitFor(() => expect(result.current.canWrite).toBe(false));
    await act(async () => {
      expect(await result.current.write({ payload: { text: 'mag niet' } })).toBeNull();
    });
    expect(await box.list()).toHaveLength(1);
  });

  it("has no actor of its own for a person's own write", async () => {
    const { result } = renderHook(() => useOutboxWrite(noteKind, 'notes:1'), { wrapper });
    await act(async () => {
      await result.current.write({ payload: { text: 'zelf' } });
    });
    expect((await box.list())[0]?.actorId).toBeUndefined();
  });

  it('writes nothing without a signed-in person', async () => {
    sessionStore.clear();
    const { result } = renderHook(() => useOutboxWrite(noteKind, 'notes:1'), { wrapper });
    await act(async () => {
      expect(await result.current.write({ payload: { text: 'x' } })).toBeNull();
    });
    expect(await box.list()).toEqual([]);
  });
});
