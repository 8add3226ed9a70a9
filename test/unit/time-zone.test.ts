import { describe, expect, it } from 'vitest';
import { todayIso } from '#src/shared/lib/dates.ts';
import { todayIso as serverToday } from '#mocks/clock.ts';

describe('the tests run on a Dutch device (vite.config.ts sets the time zone for Vitest)', () => {
  it('uses Europe/Amsterdam, like the end-to-end tests', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Europe/Amsterdam');
  });

  it("has the app's today equal to the mock server's (the Dutch calendar day), at any hour", () => {
    // 23:30 UTC on a winter day is already the next day in the Netherlands
    const lateEvening = new Date('2026-12-07T23:30:00Z');
    expect(todayIso(lateEvening)).toBe('2026-12-08');
    expect(todayIso()).toBe(serverToday());
  });
});
