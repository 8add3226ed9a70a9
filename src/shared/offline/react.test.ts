import { act, renderHook, waitFor } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryOutboxStore } from './memory-store.ts';
import { setAppOutbox, type Outbox } from './outbox.ts';
import { EMPTY_OUTBOX_SNAPSHOT, OutboxProvider, drainNow, useOutboxSnapshot, usePendingFor, useRecordSync, useUnsentCount } from './react.ts';
import { FakeServer, makeOutbox, testKinds } from './test-helpers.ts';

let server: FakeServer;
let box: Outbox;

beforeEach(() => {
  server = new FakeServer();
  const { registry } = testKinds(server);
  box = makeOutbox({ registry, store: createMemoryOutboxStore(), isOnline: () => false });
});

afterEach(() => {
  setAppOutbox(null);
  box.dispose();
});

const wrapper = ({ children }: { children?: ReactNode }) => createElement(OutboxProvider, { outbox: box }, children);

describe('react hooks', () => {
  it('useRecordSync says pending for a record that was just committed, and sent only once it left the outbox', async () => {
    const record = await box.enqueue({ lane: 'notes:1', kind: 'note.add', payload: { text: 'x' }, ownerId: 'anna' });
    // the first render comes before any snapshot holds the record: still "pending", never "sent"
    const { result } = renderHook(() => useRecordSync(record.id), { wrapper });
    expect(result.current).toBe('pending');
    await waitFor(() => expect(box.list()).resolves.toHaveLength(1));
    expect(result.current).toBe('pending');
    await act(async () => {
      await box.drain();
    });
    await waitFor(() => expect(result.current).toBe('sent'));
    expect(renderHook(() => useRecordSync(null), { wrapper }).result.current).toBeNull();
  });

  it('usePendingFor shows the unsent records of one lane until the server confirmed them', async () => {
    const { result } = renderHook(() => ({ lane: usePendingFor('profile:anna'), snapshot: useOutboxSnapshot() }), { wrapper });
    await act(async () => {
      await box.enqueue({ lane: 'profile:anna', kind: 'profile.update', payload: { town: 'Ede' }, baseVersion: 0, ownerId: 'anna' });
      await box.enqueue({ lane: 'notes:1', kind: 'note.add', payload: { text: 'x' }, ownerId: 'anna' });
    });
    await waitFor(() => expect(result.current.lane).toHaveLength(1));
    expect(result.current.lane[0]).toMatchObject({ payload: { town: 'Ede' }, status: 'pending' });
    expect(result.current.snapshot).toMatchObject({ unsent: 2, counts: { pending: 2 } });

    await act(async () => {
      await box.drain();
    });
    await waitFor(() => expect(result.current.lane).toEqual([]));
    expect(result.current.snapshot.unsent).toBe(0);
    expect(result.current.snapshot.lastSyncAt).not.toBeNull();
  });

  it('follows the app outbox without a provider, and drainNow drains it', async () => {
    const { result } = renderHook(() => useUnsentCount());
    expect(result.current).toBe(0);
    act(() => setAppOutbox(box));
    await act(async () => {
      await box.enqueue({ lane: 'notes:1', kind: 'note.add', payload: { text: 'x' }, ownerId: 'anna' });
    });
    await waitFor(() => expect(result.current).toBe(1));
    await act(async () => {
      await drainNow();
    });
    await waitFor(() => expect(result.current).toBe(0));
    expect(server.requests).toHaveLength(1);
    act(() => setAppOutbox(null));
    expect(result.current).toBe(0);
  });

  it('gives an empty snapshot while nobody is signed in', () => {
    const { result } = renderHook(() => useOutboxSnapshot(), {
      wrapper: ({ children }) => createElement(OutboxProvider, { outbox: null }, children),
    });
    expect(result.current).toBe(EMPTY_OUTBOX_SNAPSHOT);
  });
});
