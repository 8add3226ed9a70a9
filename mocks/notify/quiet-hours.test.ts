import { describe, expect, it } from 'vitest';
import { DEFAULT_QUIET_HOURS } from '#src/features/notifications/schemas.ts';
import { instantAt, isQuiet, pushTime } from './quiet-hours.ts';

const at = (iso: string) => new Date(iso);

describe('quiet hours (Europe/Amsterdam)', () => {
  it.each([
    // winter: UTC+1
    ['2026-12-07T20:59:00Z', false], // 21:59
    ['2026-12-07T21:00:00Z', true], // 22:00
    ['2026-12-07T23:30:00Z', true], // 00:30
    ['2026-12-08T06:59:00Z', true], // 07:59
    ['2026-12-08T07:00:00Z', false], // 08:00
    // summer: UTC+2
    ['2026-07-01T19:59:00Z', false], // 21:59
    ['2026-07-01T20:00:00Z', true], // 22:00
    ['2026-07-02T06:00:00Z', false], // 08:00
  ])('%s quiet: %s', (instant, quiet) => {
    expect(isQuiet(at(instant), DEFAULT_QUIET_HOURS)).toBe(quiet);
  });

  it('outside quiet hours a push goes at once', () => {
    expect(pushTime(at('2026-12-07T12:00:00Z'), DEFAULT_QUIET_HOURS).toISOString()).toBe('2026-12-07T12:00:00.000Z');
  });

  it('before midnight it waits for 08:00 the next morning', () => {
    expect(pushTime(at('2026-12-07T22:15:00Z'), DEFAULT_QUIET_HOURS).toISOString()).toBe('2026-12-08T07:00:00.000Z');
  });

  it('after midnight it waits for 08:00 the same morning', () => {
    expect(pushTime(at('2026-12-08T02:00:00Z'), DEFAULT_QUIET_HOURS).toISOString()).toBe('2026-12-08T07:00:00.000Z');
  });

  it('on the night summer time ends (25 October 2026) 08:00 is 07:00 UTC, not 06:00', () => {
    // 23:30 on Saturday 24 October (UTC+2) waits until 08:00 on Sunday (UTC+1)
    expect(pushTime(at('2026-10-24T21:30:00Z'), DEFAULT_QUIET_HOURS).toISOString()).toBe('2026-10-25T07:00:00.000Z');
  });

  it('on the night summer time begins (29 March 2026) 08:00 is 06:00 UTC', () => {
    expect(pushTime(at('2026-03-28T22:00:00Z'), DEFAULT_QUIET_HOURS).toISOString()).toBe('2026-03-29T06:00:00.000Z');
  });

  it('other hours, and none when from equals to', () => {
    expect(isQuiet(at('2026-12-07T12:30:00Z'), { from: '13:00', to: '14:00' })).toBe(true); // 13:30
    expect(pushTime(at('2026-12-07T12:30:00Z'), { from: '13:00', to: '14:00' }).toISOString()).toBe('2026-12-07T13:00:00.000Z');
    expect(isQuiet(at('2026-12-07T23:00:00Z'), { from: '08:00', to: '08:00' })).toBe(false);
  });

  it('turns a local time into the instant, both sides of a switch', () => {
    expect(instantAt('2026-03-29', '01:30').toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(instantAt('2026-03-29', '03:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(instantAt('2026-10-25', '04:00').toISOString()).toBe('2026-10-25T03:00:00.000Z');
  });
});
