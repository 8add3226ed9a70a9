import { addDays, daysBetween } from '#src/shared/lib/dates.ts';
import { normaliseText, periodAt, periodOf } from './rules.ts';
import type { Activity, Norm, ResultStatus } from './schemas.ts';

/** Filtering and grouping of the activity list (pure: used by the screens and the benchmark). */

export type ActivityFilters = {
  typeId: string;
  /** A result status, `none` for no result yet, or '' for all. */
  result: '' | 'none' | ResultStatus;
  /** A period index as a string, or '' for all. */
  period: string;
  query: string;
};

export const NO_FILTERS: ActivityFilters = { typeId: '', result: '', period: '', query: '' };

export function latestResult(activity: Pick<Activity, 'results'>): ResultStatus | 'none' {
  return activity.results.at(-1)?.status ?? 'none';
}

/** What the search looks in, normalised once per activity. */
const searchText = new WeakMap<object, string>();
function haystack(activity: Activity): string {
  let text = searchText.get(activity);
  if (text === undefined) {
    text = normaliseText([activity.employer, activity.jobTitle, activity.eventTitle, activity.contactName, activity.vacancy, activity.notes].join(' '));
    searchText.set(activity, text);
  }
  return text;
}

export function filterActivities<A extends Activity>(activities: readonly A[], filters: ActivityFilters, norm: Pick<Norm, 'start' | 'periodDays'>): A[] {
  const words = normaliseText(filters.query).split(' ').filter(Boolean);
  const period = filters.period === '' ? null : Number(filters.period);
  const bounds = period === null || Number.isNaN(period) ? null : periodBounds(norm, period);
  return activities.filter(
    (a) =>
      (!filters.typeId || a.typeId === filters.typeId) &&
      (!filters.result || latestResult(a) === filters.result) &&
      (!bounds || (a.date >= bounds.start && a.date <= bounds.end)) &&
      (words.length === 0 || words.every((word) => haystack(a).includes(word))),
  );
}

function periodBounds(norm: Pick<Norm, 'start' | 'periodDays'>, index: number) {
  return periodAt(norm, index);
}

/** Monday of the ISO week a date is in. */
export function weekStart(iso: string): string {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return addDays(iso, -((day + 6) % 7));
}

/** ISO 8601 week number. */
export function isoWeek(iso: string): number {
  const thursday = addDays(weekStart(iso), 3);
  const jan1 = `${thursday.slice(0, 4)}-01-01`;
  return Math.floor(daysBetween(jan1, thursday) / 7) + 1;
}

export type WeekGroup<A> = { start: string; end: string; week: number; activities: A[] };

/** Groups a newest-first list per week (newest week first), keeping the order inside. */
export function groupByWeek<A extends Pick<Activity, 'date'>>(activities: readonly A[]): WeekGroup<A>[] {
  const groups: WeekGroup<A>[] = [];
  let current: WeekGroup<A> | undefined;
  for (const activity of activities) {
    // string compare first: the date math runs once per week, not once per activity
    if (current && activity.date >= current.start && activity.date <= current.end) {
      current.activities.push(activity);
      continue;
    }
    const start = weekStart(activity.date);
    if (!current || current.start !== start) {
      current = { start, end: addDays(start, 6), week: isoWeek(activity.date), activities: [] };
      groups.push(current);
    }
    current.activities.push(activity);
  }
  return groups;
}

export function periodIndexOf(norm: Pick<Norm, 'start' | 'periodDays'>, date: string): number {
  return periodOf(norm, date).index;
}
