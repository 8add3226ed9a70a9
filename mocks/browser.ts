import { handlers } from './handlers/index.ts';
import { initDb, localStoragePersistence, resetDb, saveDb, snapshotDb, type DbSnapshot } from './db.ts';
import { keepKeysIn } from './oidc/tokens.ts';
import { configureSwitches, getSwitches, resetSwitches, type MockConfigInput, type SwitchState } from './switches.ts';

/**
 * Development host: MSW's worker through msw 3's Vite integration
 * (`virtual:msw`). The store is written through to localStorage, so a demo
 * survives a reload. Start it from the app entry behind `import.meta.env.DEV`:
 *
 *   if (import.meta.env.DEV && import.meta.env.VITE_MOCKS !== 'off') {
 *     const { startMockWorker } = await import('../../mocks/browser.ts');
 *     await startMockWorker();
 *   }
 *
 * `?mock-reset` in the URL reseeds the store (the flag is then removed).
 * In the console: `__mock.reset()`, `__mock.configure({ latencyMs: 800 })`,
 * `__mock.configure({ unreachable: true })`, `__mock.state()`.
 */

export type MockControls = {
  /** Back to the seed and default switches. */
  reset(): void;
  configure(config: MockConfigInput): SwitchState;
  state(): DbSnapshot;
  switches(): SwitchState;
};

declare global {
  interface Window {
    __mock?: MockControls;
  }
}

const STORAGE_KEY = 'werkmap.mock-db';

export async function startMockWorker(): Promise<MockControls> {
  // the demo's store as it was left (or a fresh seed), before the first request
  initDb(localStoragePersistence(window.localStorage, STORAGE_KEY));
  // the key that signs the access tokens, kept too: a reload must not end the demo's session
  keepKeysIn(window.localStorage, 'werkmap.mock-oidc-key');

  const url = new URL(window.location.href);
  if (url.searchParams.has('mock-reset')) {
    resetDb();
    url.searchParams.delete('mock-reset');
    window.history.replaceState(window.history.state, '', url);
  }

  const { network } = await import('virtual:msw');
  // Non-/api requests (modules, assets) are not ours: let them through silently.
  // `quiet`: MSW would otherwise log every request and response body (tokens, personal data) to the console.
  network.configure({ handlers, onUnhandledFrame: 'bypass', context: { quiet: true } });
  await network.enable();

  // Write-through happens after every write; flush once more when the page goes away.
  window.addEventListener('pagehide', () => saveDb());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') saveDb();
  });

  const controls: MockControls = {
    reset() {
      resetSwitches();
      resetDb();
    },
    configure: configureSwitches,
    state: snapshotDb,
    switches: getSwitches,
  };
  window.__mock = controls;
  return controls;
}
