import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { server } from '#mocks/node.ts';
import { observeExchanges } from '#mocks/http.ts';
import { contractConformance, describeViolations } from '#mocks/conformance.ts';
import { resetDb } from '#mocks/db.ts';
import { sessionStore } from '#src/shared/auth/session-store.ts';
import { getAppOutbox } from '#src/shared/offline/outbox.ts';
import { resetConnectivity } from '#src/shared/api/connectivity.ts';
import { resetAppConfig } from '#src/shared/config/app-config.ts';

// CI machines are small (2 cores) and run several test files at once; the first visit to a lazy
// route transforms its module then, which took over 5 s on a loaded machine: give findBy* room.
configure({ asyncUtilTimeout: 10_000 });

// Node's BroadcastChannel reaches every worker thread of the Vitest process, so another test file's
// outbox was "another tab" of this one: its 'sent' made this file's screens read everything again
// (the teamleider's figures were read and logged twice on a loaded machine), its 'paused-for-login'
// could pause this file's outbox. Each test file gets channels of its own.
const channelScope = crypto.randomUUID();
const NodeBroadcastChannel = globalThis.BroadcastChannel;
globalThis.BroadcastChannel = class extends NodeBroadcastChannel {
  constructor(name: string) {
    super(`${channelScope}:${name}`);
  }
};

// Every answer of the mock backend, and every request it accepts, is checked against docs/openapi.json:
// a mismatch fails the test that caused it (after the clean-up below, so the next test starts clean).
const conformance = contractConformance();
beforeAll(() => {
  server.listen({ onUnhandledFrame: 'error' });
  observeExchanges(conformance.observe);
});
afterEach(async () => {
  const violations = await conformance.take();
  cleanup();
  // A test that started session services leaves an outbox: empty it and stop the
  // services, so nothing queued in one test is sent during the next.
  const outbox = getAppOutbox();
  if (outbox) {
    await outbox.clear();
    const [{ startSessionServices }, { queryClient }] = await Promise.all([
      import('#src/app/session-services.ts'),
      import('#src/shared/api/query-client.ts'),
    ]);
    await startSessionServices(queryClient, null);
  }
  // The reads kept on the "device" (IndexedDB), also when the test stopped its services itself:
  // the next test's person would see them first (a previous test's intake draft was submitted).
  const { openWerkmapDbConnection, QUERY_CACHE_STORE } = await import('#src/shared/offline/db.ts');
  const clearReads = async () => {
    const db = await openWerkmapDbConnection();
    await db.clear(QUERY_CACHE_STORE);
    db.close();
  };
  // a test that stubbed or blocked IndexedDB must not hang the next one
  await Promise.race([clearReads().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 2_000))]);
  server.resetHandlers();
  // a test whose requests failed left the app "offline" with a check pending
  resetConnectivity();
  resetDb();
  resetAppConfig();
  sessionStore.clear();
  localStorage.clear();
  sessionStorage.clear();
  await conformance.take(); // what the clean-up itself sent is not the test's
  if (violations.length > 0) throw new Error(describeViolations(violations));
});
afterAll(() => {
  observeExchanges(null);
  server.close();
});
