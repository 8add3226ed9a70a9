import { addDays, daysBetween } from './dates.ts';

/**
 * The zoekperiode: four weeks from the aanvraag in which the client first looks for work alone.
 * ONE rule for the mock server and every screen: the period runs from the start date up to and
 * including start + 27 days (four weeks from 4 December run to and including 31 December).
 */

/** The zoekperiode lasts four weeks. */
export const SEARCH_PERIOD_DAYS = 28;

/** The last day (inclusive) of a period of `days` days that begins on `start`. */
export function lastDayOf(start: string, days: number): string {
  return addDays(start, days - 1);
}

/** The zoekperiode's last day (inclusive): `searchPeriodEnd('2026-12-04')` is `'2026-12-31'`. */
export function searchPeriodEnd(start: string): string {
  return lastDayOf(start, SEARCH_PERIOD_DAYS);
}

/** The zoekperiode that begins on `start`, as the API sends it. */
export function searchPeriodFrom(start: string): { start: string; end: string } {
  return { start, end: searchPeriodEnd(start) };
}

/** Whether `date` falls in the zoekperiode that begins on `start` (both ends included). */
export function isWithinSearchPeriod(start: string, date: string): boolean {
  return date >= start && date <= searchPeriodEnd(start);
}

/** Days left including today: 28 on the first day, 1 on the last, 0 once it is over. */
export function searchPeriodDaysLeft(start: string, today: string): number {
  const end = searchPeriodEnd(start);
  if (today > end) return 0;
  return daysBetween(today < start ? start : today, end) + 1;
}

export type SearchPeriodStatus = 'notApplied' | 'running' | 'ended';

/** Not applied yet (no start), running (up to and including the last day) or ended. */
export function searchPeriodStatus(start: string | null, today: string): SearchPeriodStatus {
  if (!start) return 'notApplied';
  return today > searchPeriodEnd(start) ? 'ended' : 'running';
}
