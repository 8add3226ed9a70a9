import { describe, expect, it } from 'vitest';
import { laneHeads, nextDueAt } from './outbox.ts';
import type { OutboxRecord, OutboxStatus } from './types.ts';

const rec = (seq: number, lane: string, extra: { status?: OutboxStatus; ownerId?: string; nextAttemptAt?: number } = {}): OutboxRecord => ({
  seq,
  id: `r${seq}`,
  ownerId: extra.ownerId ?? 'anna',
  lane,
  kind: 'note.add',
  schemaVersion: 1,
  payload: {},
  createdAt: '2026-03-01T10:00:00.000Z',
  attempts: 0,
  nextAttemptAt: extra.nextAttemptAt ?? 0,
  status: extra.status ?? 'pending',
});

describe('laneHeads: the record each lane sends next', () => {
  it('is the oldest record (by seq, whatever the order given) of each lane, per owner', () => {
    const records = [rec(5, 'notes:1'), rec(2, 'profile:anna'), rec(3, 'notes:1'), rec(4, 'notes:1', { ownerId: 'henk' }), rec(6, 'notes:2')];
    expect(laneHeads(records).map((r) => r.id)).toEqual(['r2', 'r3', 'r4', 'r6']);
    expect(laneHeads([])).toEqual([]);
  });
});

describe('nextDueAt: when the sync timer must fire', () => {
  it('is the earliest nextAttemptAt of the heads that can be sent', () => {
    expect(nextDueAt([rec(1, 'a', { nextAttemptAt: 900 }), rec(2, 'b', { nextAttemptAt: 400, status: 'sending' }), rec(3, 'c', { nextAttemptAt: 700 })])).toBe(400);
  });

  it('ignores records behind a head and lanes stopped by a conflict or a refusal; null when nothing waits for time', () => {
    // the later record of lane a is due sooner, but it waits for its head
    expect(nextDueAt([rec(1, 'a', { nextAttemptAt: 900 }), rec(2, 'a', { nextAttemptAt: 100 })])).toBe(900);
    expect(nextDueAt([rec(1, 'a', { status: 'conflict', nextAttemptAt: 100 }), rec(2, 'a', { nextAttemptAt: 50 }), rec(3, 'b', { status: 'rejected' })])).toBeNull();
    expect(nextDueAt([rec(1, 'a', { status: 'paused' })])).toBeNull();
    expect(nextDueAt([])).toBeNull();
  });
});
