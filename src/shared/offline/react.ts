import { createContext, createElement, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { OUTBOX_STATUSES, type OutboxRecord, type OutboxStatus } from './types.ts';
import { getAppOutbox, subscribeAppOutbox, type Outbox, type OutboxSnapshot } from './outbox.ts';

/**
 * React access to the outbox. By default the hooks follow the app's outbox
 * (`setAppOutbox`, set by src/app after sign-in); `OutboxProvider` overrides it
 * (tests, stories).
 */

const OutboxContext = createContext<Outbox | null | undefined>(undefined);

export function OutboxProvider(props: { outbox: Outbox | null; children?: ReactNode }) {
  return createElement(OutboxContext.Provider, { value: props.outbox }, props.children);
}

const noop = () => {};

/** Shown while nobody is signed in: nothing queued. */
export const EMPTY_OUTBOX_SNAPSHOT: OutboxSnapshot = Object.freeze({
  ready: true,
  ownerId: null,
  records: Object.freeze([]) as readonly OutboxRecord[],
  counts: Object.freeze(Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, 0])) as Record<OutboxStatus, number>),
  unsent: 0,
  lastSyncAt: null,
  online: true,
  pausedForLogin: false,
  draining: false,
});

/** The outbox in use, or null (nobody signed in). */
export function useOutbox(): Outbox | null {
  const provided = useContext(OutboxContext);
  const app = useSyncExternalStore(subscribeAppOutbox, getAppOutbox, getAppOutbox);
  return provided === undefined ? app : provided;
}

/** Counts per status, the owner's records, last sync, online and paused-for-login. */
export function useOutboxSnapshot(): OutboxSnapshot {
  const outbox = useOutbox();
  const subscribe = useCallback((listener: () => void) => (outbox ? outbox.subscribe(listener) : noop), [outbox]);
  const getSnapshot = useCallback(() => (outbox ? outbox.getSnapshot() : EMPTY_OUTBOX_SNAPSHOT), [outbox]);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}

/**
 * The not-yet-confirmed records of one lane (entity), FIFO: lay them over the
 * server data, and show per item whether it is sent.
 */
export function usePendingFor(lane: string): readonly OutboxRecord[] {
  const { records } = useOutboxSnapshot();
  return useMemo(() => records.filter((record) => record.lane === lane), [records, lane]);
}

/**
 * Where one saved record is: `pending` while it is on the device, `sent` once the server
 * confirmed it (it left the outbox), `null` without a record. Never says `sent` merely because
 * the outbox snapshot has not caught up with a record that was just committed.
 */
export function useRecordSync(id: string | null): 'pending' | 'sent' | null {
  const outbox = useOutbox();
  const { records } = useOutboxSnapshot();
  const inSnapshot = id !== null && records.some((record) => record.id === id);
  const [gone, setGone] = useState<string | null>(null);
  useEffect(() => {
    if (id === null || inSnapshot) return;
    let live = true;
    void outbox
      ?.list()
      .then((all) => {
        if (live && !all.some((record) => record.id === id)) setGone(id);
      });
    return () => {
      live = false;
    };
  }, [outbox, id, inSnapshot, records]);
  if (id === null) return null;
  return gone === id ? 'sent' : 'pending';
}

/** How many of the signed-in user's changes have not reached the server. */
export function useUnsentCount(): number {
  return useOutboxSnapshot().unsent;
}

/** "Nu versturen": send the app's outbox now, back-off or not (even when the browser says offline). */
export function drainNow(): Promise<void> {
  return getAppOutbox()?.sendNow() ?? Promise.resolve();
}
