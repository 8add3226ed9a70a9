import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { server } from '#mocks/node.ts';
import { resetDb } from '#mocks/db.ts';
import { sessionStore } from '#src/shared/auth/session-store.ts';

// CI machines are small (2 cores) and run several test files at once: give findBy* room.
configure({ asyncUtilTimeout: 5_000 });

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetDb();
  sessionStore.clear();
  localStorage.clear();
  sessionStorage.clear();
});
afterAll(() => server.close());
