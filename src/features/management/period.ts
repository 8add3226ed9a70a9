import { z } from 'zod';
import { addDays } from '#src/shared/lib/dates.ts';

/**
 * The period a teamleider looks at (issue 21): a month (`2026-11`), a quarter (`2026-Q3`) or a
 * year (`2026`). One rule for the mock server and the screen: a period runs from its first day up
 * to and including its last day, and is made of whole calendar months.
 */

export type PeriodKind = 'month' | 'quarter' | 'year';
export type Period = {
  id: string;
  kind: PeriodKind;
  /** First day, ISO date. */
  start: string;
  /** Last day (inclusive), ISO date. */
  end: string;
  /** The months in it, `YYYY-MM`, in order. */
  months: string[];
};

export const periodIdSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/);

function month(year: number, index: number): string {
  return `${year}-${String(index + 1).padStart(2, '0')}`;
}

/** The last day of a month `YYYY-MM`. */
function monthEnd(ym: string): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return addDays(`${m === 12 ? y + 1 : y}-${String((m % 12) + 1).padStart(2, '0')}-01`, -1);
}

/** `2026-Q3` → 1 July to 30 September 2026; null for anything that is not a period. */
export function parsePeriod(id: string): Period | null {
  if (!periodIdSchema.safeParse(id).success) return null;
  const year = Number(id.slice(0, 4));
  let first: number;
  let count: number;
  let kind: PeriodKind;
  if (id.length === 4) [kind, first, count] = ['year', 0, 12];
  else if (id[5] === 'Q') [kind, first, count] = ['quarter', (Number(id[6]) - 1) * 3, 3];
  else [kind, first, count] = ['month', Number(id.slice(5, 7)) - 1, 1];
  const months = Array.from({ length: count }, (_, i) => month(year, first + i));
  return { id, kind, start: `${months[0]}-01`, end: monthEnd(months[months.length - 1] as string), months };
}

/** The period of a kind that holds `date`. */
export function periodOf(date: string, kind: PeriodKind): string {
  const year = date.slice(0, 4);
  if (kind === 'year') return year;
  if (kind === 'month') return date.slice(0, 7);
  return `${year}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The periods to choose from: the last 12 months, the last 4 quarters and 2 years up to `today`'s, newest first. */
export function periodChoices(today: string): Record<PeriodKind, string[]> {
  const months: string[] = [];
  let day = `${today.slice(0, 7)}-01`;
  for (let i = 0; i < 12; i += 1) {
    months.push(day.slice(0, 7));
    day = `${addDays(day, -1).slice(0, 7)}-01`;
  }
  const quarters = [...new Set(months.map((ym) => periodOf(`${ym}-01`, 'quarter')))].slice(0, 4);
  const year = Number(today.slice(0, 4));
  return { month: months, quarter: quarters, year: [String(year), String(year - 1)] };
}

/** Whether an ISO date falls in the period (both ends included). */
export function inPeriod(period: Pick<Period, 'start' | 'end'>, date: string | null | undefined): date is string {
  return date != null && date >= period.start && date <= period.end;
}
