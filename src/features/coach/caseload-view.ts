import type { ServiceLine } from '#src/shared/lib/domain.ts';
import type { CaseloadEntry, Signal } from './schemas.ts';

/** Sorting and filtering the caseload (pure, so it is tested without a screen and fast for 150 rows). */

export const SORT_KEYS = [
  'name',
  'serviceLine',
  'searchPeriodEnd',
  'progress',
  'lastActivityAt',
  'lastContactAt',
  'unreadMessages',
  'openTasks',
  'signals',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';
export type CaseloadSort = { key: SortKey; direction: SortDirection };

export type CaseloadFilters = { serviceLine: '' | 'none' | ServiceLine; signal: '' | Signal; query: string };
export const NO_CASELOAD_FILTERS: CaseloadFilters = { serviceLine: '', signal: '', query: '' };

const normalise = (value: string) =>
  value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim();

export function filterCaseload(entries: readonly CaseloadEntry[], filters: CaseloadFilters): CaseloadEntry[] {
  const words = normalise(filters.query).split(/\s+/).filter(Boolean);
  return entries.filter((entry) => {
    if (filters.serviceLine === 'none' ? entry.serviceLine !== null : filters.serviceLine && entry.serviceLine !== filters.serviceLine) return false;
    if (filters.signal && !entry.signals.includes(filters.signal)) return false;
    if (words.length > 0) {
      const name = normalise(entry.name);
      if (!words.every((word) => name.includes(word))) return false;
    }
    return true;
  });
}

/** The value a column sorts on; null sorts last in both directions. */
function valueOf(entry: CaseloadEntry, key: SortKey, serviceLineLabel: (line: ServiceLine | null) => string): string | number | null {
  switch (key) {
    case 'name':
      return entry.name;
    case 'serviceLine':
      return serviceLineLabel(entry.serviceLine);
    case 'searchPeriodEnd':
      return entry.searchPeriodEnd;
    case 'progress':
      return entry.progress.required === 0 ? null : entry.progress.count / entry.progress.required;
    case 'lastActivityAt':
      return entry.lastActivityAt;
    case 'lastContactAt':
      return entry.lastContactAt;
    case 'unreadMessages':
      return entry.unreadMessages;
    case 'openTasks':
      return entry.overdueTasks * 1000 + entry.openTasks;
    case 'signals':
      return entry.signals.length;
  }
}

export function sortCaseload(
  entries: readonly CaseloadEntry[],
  sort: CaseloadSort,
  serviceLineLabel: (line: ServiceLine | null) => string = (line) => line ?? '',
  locale = 'nl',
): CaseloadEntry[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyed = entries.map((entry) => ({ entry, value: valueOf(entry, sort.key, serviceLineLabel) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value !== b.value) return a.value === null ? 1 : -1;
    } else {
      const order = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator.compare(String(a.value), String(b.value));
      if (order !== 0) return sign * order;
    }
    return collator.compare(a.entry.name, b.entry.name);
  });
  return keyed.map((k) => k.entry);
}

/** A column's first click: names A→Z, counts and signals most first, dates oldest first. */
export function firstDirection(key: SortKey): SortDirection {
  return key === 'unreadMessages' || key === 'openTasks' || key === 'signals' ? 'descending' : 'ascending';
}

export function nextSort(current: CaseloadSort, key: SortKey): CaseloadSort {
  if (current.key !== key) return { key, direction: firstDirection(key) };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
