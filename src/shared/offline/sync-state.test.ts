import { describe, expect, it } from 'vitest';
import type { OutboxStatus } from './types.ts';
import { firstProblem, needsAttention, overlayList, pushTo, recordSyncState, syncStateOf } from './sync-state.ts';

const rec = (status: OutboxStatus, id: string = status) => ({ id, status });

describe('sync state', () => {
  it('a refused, conflicting or held record needs attention; waiting, sending and paused ones do not', () => {
    expect(['pending', 'sending', 'paused', 'conflict', 'rejected', 'held'].map((s) => needsAttention(rec(s as OutboxStatus)))).toEqual([false, false, false, true, true, true]);
    expect(recordSyncState(rec('sending'))).toBe('pending');
    expect(recordSyncState(rec('rejected'))).toBe('problem');
  });

  it('is sent without unsent records, a problem when one needs attention, else pending', () => {
    expect(syncStateOf([])).toBe('sent');
    expect(syncStateOf([rec('pending'), rec('sending')])).toBe('pending');
    expect(syncStateOf([rec('pending'), rec('conflict')])).toBe('problem');
  });

  it('finds the first record that needs attention', () => {
    expect(firstProblem([rec('pending'), rec('rejected', 'a'), rec('conflict', 'b')])?.id).toBe('a');
    expect(firstProblem([rec('pending')])).toBeUndefined();
  });

  it('groups values per key in order', () => {
    const map = new Map<string, number[]>();
    pushTo(map, 'a', 1);
    pushTo(map, 'b', 2);
    pushTo(map, 'a', 3);
    expect([...map]).toEqual([
      ['a', [1, 3]],
      ['b', [2]],
    ]);
  });
});

describe('overlayList', () => {
  const server = [{ id: 'x', v: 1 }, { id: 'y', v: 1 }, { id: 'z', v: 1 }];

  it('keeps the server order, then adds entities that exist only on this device, once', () => {
    const out = overlayList(server, ['new1', 'y', 'new2', 'new1'], (base, id) => ({ id, base: base?.v ?? null }));
    expect(out).toEqual([
      { id: 'x', base: 1 },
      { id: 'y', base: 1 },
      { id: 'z', base: 1 },
      { id: 'new1', base: null },
      { id: 'new2', base: null },
    ]);
  });

  it('leaves out what the view drops (deleted on this device)', () => {
    expect(overlayList(server, ['gone'], (base, id) => (id === 'y' || id === 'gone' ? null : id))).toEqual(['x', 'z']);
  });

  it('passes the server entity for known ids and undefined for new ones', () => {
    const calls: [string, boolean][] = [];
    overlayList(server.slice(0, 1), ['n'], (base, id) => (calls.push([id, base !== undefined]), null));
    expect(calls).toEqual([
      ['x', true],
      ['n', false],
    ]);
  });
});
