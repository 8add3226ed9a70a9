import { addDays, daysBetween } from '#src/shared/lib/dates.ts';
import { distanceKm, type Point } from './distance.ts';
import { occupationByIsco } from './occupations.ts';
import { educationRank, type EducationLevel, type EmploymentType, type Vacancy } from './schemas.ts';

/**
 * Search on the device (decision 010): a MiniSearch index over the offline set — title,
 * occupation (with its other names), employer, place and skills; typo-tolerant (fuzzy) and
 * finding words as they are typed (prefix). The index (MiniSearch, ~5 KiB gzip) is in
 * `search-index.ts`, loaded on demand (`loadSearchIndex`) and not precached (decision 012); until it
 * is there, or when it cannot be loaded offline, `plainSearchIds` finds the same fields word for word.
 * Filters and sorting are plain functions.
 */

export const FIELDS = ['title', 'occupation', 'employer', 'place', 'skills'] as const;
export type Field = (typeof FIELDS)[number];

/** Lower case without accents, so "hygiene" finds "hygiëne" and "cafe" finds "café". */
export function normaliseTerm(term: string): string {
  return term.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

export function fieldOf(vacancy: Vacancy, field: Field): string {
  switch (field) {
    case 'title':
      return vacancy.title;
    case 'occupation': {
      const occupation = occupationByIsco(vacancy.occupation.isco);
      return [vacancy.occupation.name, ...(occupation?.synonyms ?? [])].join(' ');
    }
    case 'employer':
      return vacancy.hiringOrganization.name;
    case 'place':
      return vacancy.jobLocation?.place ?? '';
    case 'skills':
      return vacancy.skills.join(' ');
  }
}

/** Fewer letters than this: no search yet (one letter matches nearly everything, slowly). */
export const MIN_QUERY_LENGTH = 2;

/** The words of a query that are searched for, or null for a query too short to search (everything matches). */
export function queryWords(query: string): string[] | null {
  const words = query.trim().split(/\s+/).filter((word) => word.length >= MIN_QUERY_LENGTH);
  return words.length === 0 ? null : words;
}

/**
 * Without the index (not loaded yet, or not on the device offline): the vacancies whose fields hold
 * every word (also inside a longer word; no typos forgiven), in the list's order; null as `searchIds`.
 */
export function plainSearchIds(vacancies: readonly Vacancy[], query: string): string[] | null {
  const words = queryWords(query)?.map(normaliseTerm);
  if (!words) return null;
  return vacancies.filter((vacancy) => {
    const text = normaliseTerm(FIELDS.map((field) => fieldOf(vacancy, field)).join(' '));
    return words.every((word) => text.includes(word));
  }).map((vacancy) => vacancy.id);
}

/** The MiniSearch index's module: loaded with the explorer, and warmed when the offline set is fetched. */
export function loadSearchIndex() {
  return import('./search-index.ts');
}

// --- filters and sorting -----------------------------------------------------

export type Filters = {
  /** Straight-line km from the home place; null: any distance. */
  maxKm: number | null;
  /** At most this many hours a week wanted: hide vacancies that ask more as their minimum. */
  maxHours: number | null;
  /** Any of these contract types (empty: all). */
  contracts: EmploymentType[];
  /** The person's level: hide vacancies that ask for more (null: all). */
  education: EducationLevel | null;
  /** Hide vacancies that need a driving licence. */
  noLicence: boolean;
  /** Posted in the last n days (null: any time). */
  postedWithinDays: number | null;
  /** Only saved vacancies. */
  savedOnly: boolean;
};

export const NO_FILTERS: Filters = { maxKm: null, maxHours: null, contracts: [], education: null, noLicence: false, postedWithinDays: null, savedOnly: false };

export type FilterContext = { home: Point | null; today: string; savedIds: ReadonlySet<string> };

/** Straight-line km from home, or null when either place is unknown (remote work: 0). */
export function distanceFrom(home: Point | null, vacancy: Vacancy): number | null {
  if (vacancy.remote && !vacancy.jobLocation) return 0;
  if (!home || !vacancy.jobLocation) return null;
  return distanceKm(home, vacancy.jobLocation);
}

export function matchesFilters(vacancy: Vacancy, filters: Filters, ctx: FilterContext): boolean {
  if (filters.savedOnly && !ctx.savedIds.has(vacancy.id)) return false;
  if (filters.maxKm !== null) {
    const km = distanceFrom(ctx.home, vacancy);
    if (km !== null && km > filters.maxKm) return false;
  }
  if (filters.maxHours !== null && vacancy.workHours.min > filters.maxHours) return false;
  if (filters.contracts.length > 0 && !vacancy.employmentType.some((t) => filters.contracts.includes(t))) return false;
  if (filters.education !== null && educationRank(vacancy.educationRequirements) > educationRank(filters.education)) return false;
  if (filters.noLicence && vacancy.drivingLicenceRequired) return false;
  if (filters.postedWithinDays !== null && vacancy.datePosted < addDays(ctx.today, -filters.postedWithinDays)) return false;
  return true;
}

export const SORTS = ['fit', 'closing', 'distance', 'newest'] as const;
export type Sort = (typeof SORTS)[number];

/**
 * Sorted copy. `fit`: by the given score (highest first; the matching module's), newest first
 * when there is none or it ties; `closing`: closing soonest first (no closing date last);
 * `distance`: nearest first (unknown last).
 */
export function sortVacancies(list: readonly Vacancy[], sort: Sort, ctx: { home: Point | null; fitScore?: (vacancy: Vacancy) => number }): Vacancy[] {
  const newest = (a: Vacancy, b: Vacancy) => b.datePosted.localeCompare(a.datePosted) || a.id.localeCompare(b.id);
  const copy = [...list];
  switch (sort) {
    case 'fit': {
      const score = ctx.fitScore;
      if (!score) return copy.sort(newest);
      const scores = new Map(copy.map((v) => [v.id, score(v)]));
      return copy.sort((a, b) => (scores.get(b.id) ?? 0) - (scores.get(a.id) ?? 0) || newest(a, b));
    }
    case 'closing':
      return copy.sort((a, b) => (a.validThrough ?? '9999').localeCompare(b.validThrough ?? '9999') || newest(a, b));
    case 'distance': {
      const km = new Map(copy.map((v) => [v.id, distanceFrom(ctx.home, v) ?? Number.POSITIVE_INFINITY]));
      return copy.sort((a, b) => km.get(a.id)! - km.get(b.id)! || newest(a, b));
    }
    case 'newest':
      return copy.sort(newest);
  }
}

/** Days until the closing date (0: today is the last day), or null without one. */
export function daysUntilClosing(vacancy: Vacancy, today: string): number | null {
  if (!vacancy.validThrough) return null;
  return daysBetween(today, vacancy.validThrough);
}

/** A saved vacancy closes within this many days: warn. */
export const CLOSING_SOON_DAYS = 5;
