import { describe, expect, it } from 'vitest';
import { comparePartialDates, formatPartialDate, isEndBeforeStart, isPartialDate, parsePartialDate, partialDateSchema } from './partial-date.ts';

const NOW = new Date('2026-06-01T12:00:00Z');

describe('isPartialDate', () => {
  it('takes a year, a month or a real day from 1900 to ten years ahead', () => {
    for (const ok of ['1900', '2020', '2020-01', '2020-12-31', '2024-02-29', '2036', '2036-12-31']) expect(isPartialDate(ok, NOW)).toBe(true);
    for (const bad of ['20', '1899', '2037', '2020-13', '2020-1', '2020-00', '2020-02-32', '2021-02-29', '2020-04-31', 'mei 2020', '']) {
      expect(isPartialDate(bad, NOW)).toBe(false);
    }
  });

  it('is what the schema checks, with the given message', () => {
    const schema = partialDateSchema('validation.x.date');
    expect(schema.safeParse('2020-05').success).toBe(true);
    const result = schema.safeParse('1820');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('validation.x.date');
    expect(schema.safeParse('2021-02-29').success).toBe(false);
  });
});

describe('parsePartialDate', () => {
  it.each([
    ['2021', '2021'],
    ['5-2021', '2021-05'],
    ['05/2021', '2021-05'],
    ['12-5-2021', '2021-05-12'],
    ['12.5.2021', '2021-05-12'],
    ['2021-5', '2021-05'],
    ['2021-05-12', '2021-05-12'],
    [' ', null],
    ['31-2-2021', undefined],
    ['13-2021', undefined],
    ['1850', undefined],
    ['mei', undefined],
  ] as const)('%j → %j', (text, expected) => {
    expect(parsePartialDate(text, NOW)).toBe(expected);
  });
});

describe('comparing', () => {
  it('orders earliest first, a shorter date before the longer ones it starts', () => {
    const dates = ['2020-04', '2020-03-01', '2019', '2020', '2020-03'];
    expect([...dates].sort(comparePartialDates)).toEqual(['2019', '2020', '2020-03', '2020-03-01', '2020-04']);
  });

  it('finds an end before the start on what both give', () => {
    expect(isEndBeforeStart('2021-05', '2021-02')).toBe(true);
    expect(isEndBeforeStart('2021', '2020-12')).toBe(true);
    expect(isEndBeforeStart('2021-05', '2021')).toBe(false);
    expect(isEndBeforeStart('2021', '2021-01')).toBe(false);
    expect(isEndBeforeStart('2021-05', null)).toBe(false);
  });
});

describe('formatPartialDate', () => {
  it('says as much as the date gives', () => {
    expect(formatPartialDate('2021', 'nl-NL')).toBe('2021');
    expect(formatPartialDate('2021-05', 'nl-NL')).toBe('mei 2021');
    expect(formatPartialDate('2021-05-12', 'nl-NL')).toBe('12 mei 2021');
    expect(formatPartialDate('2021-05', 'en-GB')).toBe('May 2021');
  });
});
