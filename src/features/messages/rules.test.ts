import { describe, expect, it } from 'vitest';
import { deliveryState, groupByDay, nextPollDelay, POLL_BASE_MS, POLL_MAX_MS, unreadCount } from './rules.ts';

describe('polling back-off', () => {
  it('starts at 15 s, doubles while nothing changes or polls fail, caps at 5 minutes, and resets on news', () => {
    const schedule: number[] = [];
    let delay: number | null = null;
    for (const outcome of ['unchanged', 'unchanged', 'error', 'unchanged', 'unchanged', 'unchanged', 'unchanged'] as const) {
      delay = nextPollDelay(delay, outcome);
      schedule.push(delay);
    }
    expect(schedule).toEqual([15_000, 30_000, 60_000, 120_000, 240_000, POLL_MAX_MS, POLL_MAX_MS]);
    expect(nextPollDelay(POLL_MAX_MS, 'changed')).toBe(POLL_BASE_MS);
    expect(nextPollDelay(null, 'error')).toBe(POLL_BASE_MS);
  });
});

describe('unread and delivery', () => {
  const at = '2026-01-01T10:00:00Z';
  const messages = [
    { senderRole: 'coach' as const, readAt: null },
    { senderRole: 'coach' as const, readAt: at },
    { senderRole: 'client' as const, readAt: null },
    { senderRole: 'helper' as const, readAt: null },
  ];
  it("counts only the other side's unread messages (a helper writes on the client's side)", () => {
    expect(unreadCount(messages, 'client')).toBe(1);
    expect(unreadCount(messages, 'coach')).toBe(2);
  });
  it('says sent, delivered or read', () => {
    expect(deliveryState({ deliveredAt: null, readAt: null })).toBe('sent');
    expect(deliveryState({ deliveredAt: at, readAt: null })).toBe('delivered');
    expect(deliveryState({ deliveredAt: at, readAt: at })).toBe('read');
  });
  it('groups per day, oldest first', () => {
    const groups = groupByDay([{ sentAt: '2026-01-01T09:00:00Z' }, { sentAt: '2026-01-01T20:00:00Z' }, { sentAt: '2026-01-02T08:00:00Z' }], (iso) => iso.slice(0, 10));
    expect(groups.map((g) => [g.day, g.messages.length])).toEqual([
      ['2026-01-01', 2],
      ['2026-01-02', 1],
    ]);
  });
});
