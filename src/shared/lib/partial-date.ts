import { z } from 'zod';

/**
 * Partial dates: a year, a month or a day — `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (as JSON Resume).
 * Used by the CV and the portfolio (the CV imports portfolio items, so both take the same dates).
 * One rule for the years: 1900 up to ten years from now (a course or contract may end in the future).
 */
export type PartialDate = string;

export const PARTIAL_DATE_MIN_YEAR = 1900;
/** How far ahead a partial date may go. */
export const PARTIAL_DATE_YEARS_AHEAD = 10;

const SHAPE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export function isAllowedYear(year: number, now: Date = new Date()): boolean {
  return Number.isInteger(year) && year >= PARTIAL_DATE_MIN_YEAR && year <= now.getFullYear() + PARTIAL_DATE_YEARS_AHEAD;
}

/** A real partial date in the allowed years ('2021-02-30' is not). */
export function isPartialDate(value: string, now?: Date): boolean {
  const match = SHAPE.exec(value);
  if (!match || !isAllowedYear(Number(match[1]), now)) return false;
  if (match[3] === undefined) return true;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The schema of a partial date; `error` is the feature's i18n key. */
export function partialDateSchema(error: string) {
  return z
    .string()
    .regex(SHAPE, { error })
    .refine((value) => isPartialDate(value), { error });
}

/**
 * A partial date as a person types it: ISO ('2021', '2021-5', '2021-05-12') or the Dutch way
 * ('2021', '5-2021', '12-5-2021'; also with '/', '.' or a space). '' → null; undefined when it is not a date.
 */
export function parsePartialDate(text: string, now?: Date): PartialDate | null | undefined {
  const value = text.trim();
  if (value === '') return null;
  const iso = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(value);
  const dutch = /^(?:(?:(\d{1,2})[-/. ])?(\d{1,2})[-/. ])?(\d{4})$/.exec(value);
  let year: string;
  let month: string | undefined;
  let day: string | undefined;
  if (iso) [, year = '', month, day] = iso;
  else if (dutch) [, day, month, year = ''] = dutch;
  else return undefined;
  const result = [year, month?.padStart(2, '0'), day?.padStart(2, '0')].filter((part) => part !== undefined).join('-');
  return isPartialDate(result, now) ? result : undefined;
}

/**
 * Orders partial dates, earliest first; where one is the start of the other, the shorter one
 * first ('2020' < '2020-03' < '2020-03-01' < '2020-04').
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * An end before the start, on what both dates give: start '2020-05' and end '2020' is fine
 * (it ended in 2020), start '2020-05' and end '2020-03' is not.
 */
export function isEndBeforeStart(start: PartialDate | null, end: PartialDate | null): boolean {
  if (!start || !end) return false;
  const n = Math.min(start.length, end.length);
  return end.slice(0, n) < start.slice(0, n);
}

/** A partial date as words in `locale`: "2021", "mei 2021", "12 mei 2021". */
export function formatPartialDate(value: PartialDate, locale: string): string {
  const [y, m, d] = value.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (!m) return String(y);
  const date = new Date(Date.UTC(y, m - 1, d ?? 1, 12));
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: d === undefined ? undefined : 'numeric', timeZone: 'UTC' }).format(date);
}
