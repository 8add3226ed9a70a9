import { setupServer } from 'msw/node';
import { handlers } from './handlers/index.ts';
import { initDb } from './db.ts';

/**
 * Vitest host: the handlers intercept `fetch` in the test process. The store
 * stays in memory (the default adapter), seeded here, before any test file runs
 * (`test/setup.ts` imports this module); `test/setup.ts` resets it after each test.
 */
initDb();
export const server = setupServer(...handlers);
