import { describe, expect, it } from 'vitest';
import type { OutboxRecord } from '#src/shared/offline/types.ts';
import { ActivitiesNotSentYet, blockersOf, waitForActivities, type HandInPayload } from './hand-in.ts';

const rec = (seq: number, lane: string, status: OutboxRecord['status'] = 'pending', ownerId = 'u1') =>
  ({ seq, id: `r${seq}`, lane, status, ownerId, kind: 'activity.put' }) as OutboxRecord;

const handIn = (activityIds?: string[]) =>
  ({ seq: 10, ownerId: 'u1', payload: { clientId: 'c', submissionId: 's', input: { periodStart: '2026-01-01', periodEnd: '2026-01-28', activityIds } } }) as Pick<
    OutboxRecord<HandInPayload>,
    'seq' | 'ownerId' | 'payload'
  >;

function fakeOutbox(initial: OutboxRecord[]) {
  const listeners = new Set<() => void>();
  let records = initial;
  return {
    list: () => Promise.resolve(records),
    subscribe: (l: () => void) => (listeners.add(l), () => listeners.delete(l)),
    set(next: OutboxRecord[]) {
      records = next;
      for (const l of listeners) l();
    },
  };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('a hand-in waits for its activities', () => {
  it('counts only earlier writes of the same owner to the handed-in activities', () => {
    const records = [rec(1, 'activity:a'), rec(2, 'activity:b'), rec(3, 'activity:z'), rec(4, 'activity:a', 'pending', 'u2'), rec(11, 'activity:a')];
    expect(blockersOf(handIn(['a', 'b']), records).map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(blockersOf(handIn(), records)).toEqual([]);
  });

  it('waits while they are being sent, and goes once they are', async () => {
    const outbox = fakeOutbox([rec(1, 'activity:a', 'sending'), rec(2, 'activity:b', 'sending')]);
    let gone = false;
    const waiting = waitForActivities(handIn(['a', 'b']), outbox, new AbortController().signal).then(() => (gone = true));
    outbox.set([rec(2, 'activity:b', 'sending')]);
    await tick();
    expect(gone).toBe(false);
    outbox.set([]);
    await waiting;
    expect(gone).toBe(true);
  });

  it('fails this attempt when one waits (offline), is refused, or after the time limit: the outbox tries again later', async () => {
    await expect(waitForActivities(handIn(['a']), fakeOutbox([rec(1, 'activity:a')]), new AbortController().signal)).rejects.toBeInstanceOf(ActivitiesNotSentYet);
    const outbox = fakeOutbox([rec(1, 'activity:a', 'sending')]);
    const refused = waitForActivities(handIn(['a']), outbox, new AbortController().signal);
    await tick();
    outbox.set([rec(1, 'activity:a', 'rejected')]);
    await expect(refused).rejects.toBeInstanceOf(ActivitiesNotSentYet);
    const slow = fakeOutbox([rec(1, 'activity:a', 'sending')]);
    await expect(waitForActivities(handIn(['a']), slow, new AbortController().signal, 10)).rejects.toBeInstanceOf(ActivitiesNotSentYet);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const waiting = waitForActivities(handIn(['a']), fakeOutbox([rec(1, 'activity:a', 'sending')]), controller.signal);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
  });
});
