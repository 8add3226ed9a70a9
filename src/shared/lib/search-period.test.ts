import { describe, expect, it } from 'vitest';
import { isWithinSearchPeriod, searchPeriodDaysLeft, searchPeriodEnd, searchPeriodStatus } from './search-period.ts';

describe('searchPeriodEnd: four weeks, the last day included', () => {
  it.each([
    ['the example from the rules', '2026-12-04', '2026-12-31'],
    ['within a month', '2026-03-01', '2026-03-28'],
    ['over a 30-day month end', '2026-04-15', '2026-05-12'],
    ['over a 31-day month end', '2026-01-20', '2026-02-16'],
    ['over the year end', '2026-12-10', '2027-01-06'],
    ['starting on the last day of the year', '2026-12-31', '2027-01-27'],
    ['through February in a leap year', '2028-02-10', '2028-03-08'],
    ['through February in an ordinary year', '2027-02-10', '2027-03-09'],
    ['starting on a leap day', '2028-02-29', '2028-03-27'],
  ])('%s: %s → %s', (_, start, end) => {
    expect(searchPeriodEnd(start)).toBe(end);
  });
});

describe('the days of the zoekperiode', () => {
  it('counts days left including today', () => {
    expect(searchPeriodDaysLeft('2026-12-04', '2026-12-04')).toBe(28);
    expect(searchPeriodDaysLeft('2026-12-04', '2026-12-07')).toBe(25);
    expect(searchPeriodDaysLeft('2026-12-04', '2026-12-31')).toBe(1);
    expect(searchPeriodDaysLeft('2026-12-04', '2027-01-01')).toBe(0);
    expect(searchPeriodDaysLeft('2026-12-04', '2026-12-01')).toBe(28);
  });

  it('includes both the first and the last day', () => {
    expect(isWithinSearchPeriod('2026-12-04', '2026-12-03')).toBe(false);
    expect(isWithinSearchPeriod('2026-12-04', '2026-12-04')).toBe(true);
    expect(isWithinSearchPeriod('2026-12-04', '2026-12-31')).toBe(true);
    expect(isWithinSearchPeriod('2026-12-04', '2027-01-01')).toBe(false);
  });

  it('is running up to and including the last day, then ended', () => {
    expect(searchPeriodStatus(null, '2026-12-31')).toBe('notApplied');
    expect(searchPeriodStatus('2026-12-04', '2026-12-31')).toBe('running');
    expect(searchPeriodStatus('2026-12-04', '2027-01-01')).toBe('ended');
  });
});
