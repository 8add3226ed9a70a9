import MiniSearch, { type Options } from 'minisearch';
import { FIELDS, fieldOf, normaliseTerm, queryWords, type Field } from './search.ts';
import type { Vacancy } from './schemas.ts';

/**
 * The vacancy explorer's search index (decision 010), a module of its own so that MiniSearch is not
 * precached: the explorer loads it (`loadSearchIndex` in search.ts), and fetching the offline set
 * warms it into the service worker's screens cache, so whoever has the vacancies on the device can
 * search them offline too (decision 012).
 */

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

/**
 * Ids of the vacancies that match, best first; null for a query too short to search (everything
 * matches). A word of one letter (just typed after a space) is left out until the next letter.
 */
export function searchIds(index: VacancyIndex, query: string): string[] | null {
  const words = queryWords(query);
  if (!words) return null;
  return index.search(words.join(' ')).map((result) => String(result.id));
}

