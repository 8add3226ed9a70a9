import { describe, expect, it } from 'vitest';
import { inPeriod, parsePeriod, periodChoices, periodOf } from './period.ts';

describe('parsePeriod', () => {
  it.each([
    ['2026-11', 'month', '2026-11-01', '2026-11-30', 1],
    ['2026-02', 'month', '2026-02-01', '2026-02-28', 1],
    ['2028-02', 'month', '2028-02-01', '2028-02-29', 1],
    ['2026-12', 'month', '2026-12-01', '2026-12-31', 1],
    ['2026-Q1', 'quarter', '2026-01-01', '2026-03-31', 3],
    ['2026-Q3', 'quarter', '2026-07-01', '2026-09-30', 3],
    ['2026-Q4', 'quarter', '2026-10-01', '2026-12-31', 3],
    ['2026', 'year', '2026-01-01', '2026-12-31', 12],
  ])('%s is a %s from %s to %s', (id, kind, start, end, months) => {
    const period = parsePeriod(id);
    expect(period).toMatchObject({ id, kind, start, end });
    expect(period?.months).toHaveLength(months);
  });

  it.each(['', '2026-13', '2026-00', '2026-Q5', '2026-Q0', '26-Q1', '2026-1', '2026-11-01', 'Q3-2026'])('refuses %j', (id) => {
    expect(parsePeriod(id)).toBeNull();
  });

  it('lists the months of a quarter in order', () => {
    expect(parsePeriod('2026-Q3')?.months).toEqual(['2026-07', '2026-08', '2026-09']);
  });
});

describe('periods', () => {
  it('finds the period a date falls in', () => {
    expect(periodOf('2026-12-07', 'month')).toBe('2026-12');
    expect(periodOf('2026-12-07', 'quarter')).toBe('2026-Q4');
    expect(periodOf('2026-03-31', 'quarter')).toBe('2026-Q1');
    expect(periodOf('2026-04-01', 'quarter')).toBe('2026-Q2');
    expect(periodOf('2026-12-07', 'year')).toBe('2026');
  });

  it('offers the last 12 months, 4 quarters and 2 years, newest first', () => {
    const choices = periodChoices('2026-12-07');
    expect(choices.month).toHaveLength(12);
    expect(choices.month[0]).toBe('2026-12');
    expect(choices.month[11]).toBe('2026-01');
    expect(choices.quarter).toEqual(['2026-Q4', '2026-Q3', '2026-Q2', '2026-Q1']);
    expect(choices.year).toEqual(['2026', '2025']);
    expect(periodChoices('2026-02-15').quarter).toEqual(['2026-Q1', '2025-Q4', '2025-Q3', '2025-Q2']);
  });

  it('counts both ends as in the period', () => {
    const q3 = parsePeriod('2026-Q3') as NonNullable<ReturnType<typeof parsePeriod>>;
    expect(inPeriod(q3, '2026-07-01')).toBe(true);
    expect(inPeriod(q3, '2026-09-30')).toBe(true);
    expect(inPeriod(q3, '2026-06-30')).toBe(false);
    expect(inPeriod(q3, '2026-10-01')).toBe(false);
    expect(inPeriod(q3, null)).toBe(false);
  });
});
