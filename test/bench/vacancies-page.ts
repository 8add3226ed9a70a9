// Bundled for the browser by test/bench/vacancies.ts: the explorer's search and the seed generator.
import { buildIndex, searchIds } from '#src/features/vacancies/search-index.ts';
import { generateVacancies } from '#mocks/seed-vacancies.ts';

export { buildIndex, generateVacancies, searchIds };
