import MiniSearch, { type Options } from 'minisearch';
import { addDays, daysBetween } from '#src/shared/lib/dates.ts';
import { distanceKm, type Point } from './distance.ts';
import { occupationByIsco } from './occupations.ts';
import { educationRank, type EducationLevel, type EmploymentType, type Vacancy } from './schemas.ts';

/**
 * Search on the device (decision 010): a MiniSearch index over the offline set — title,
 * occupation (with its other names), employer, place and skills; typo-tolerant (fuzzy) and
 * finding words as they are typed (prefix). Filters and sorting are plain functions.
 */

const FIELDS = ['title', 'occupation', 'employer', 'place', 'skills'] as const;
type Field = (typeof FIELDS)[number];

/** Lower case without accents, so "hygiene" finds "hygiëne" and "cafe" finds "café". */
export function normaliseTerm(term: string): string {
  return term.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

function fieldOf(vacancy: Vacancy, field: Field): string {
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

const OPTIONS: Options<Vacancy> = {
  fields: [...FIELDS],
  storeFields: [],
  extractField: (document, field) => (field === 'id' ? document.id : fieldOf(document, field as Field)),
  processTerm: (term) => normaliseTerm(term),
  searchOptions: {
    boost: { title: 3, occupation: 2 },
    // one typo per ~5 letters ("ordepicker", "schoonmaaker") in words of 4 letters or more; prefixes while typing
    fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
    prefix: true,
    combineWith: 'AND',
  },
};

export type VacancyIndex = MiniSearch<Vacancy>;

export function buildIndex(vacancies: readonly Vacancy[]): VacancyIndex {
  const index = new MiniSearch<Vacancy>(OPTIONS);
  index.addAll(vacancies);
  return index;
}

/** Fewer letters than this: no search yet (one letter matches nearly everything, slowly). */
export const MIN_QUERY_LENGTH = 2;

/**
 * Ids of the vacancies that match, best first; null for a query too short to search (everything
 * matches). A word of one letter (just typed after a space) is left out until the next letter.
 */
export function searchIds(index: VacancyIndex, query: string): string[] | null {
  const words = query.trim().split(/\s+/).filter((word) => word.length >= MIN_QUERY_LENGTH);
  if (words.length === 0) return null;
  return index.search(words.join(' ')).map((result) => String(result.id));
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
