import { setupServer } from 'msw/node';
import { handlers } from './handlers/index.ts';

/**
 * Vitest host: the handlers intercept `fetch` in the test process. The store
 * stays in memory (the default adapter); `test/setup.ts` resets it after each test.
 */
export const server = setupServer(...handlers);
