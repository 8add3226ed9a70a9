import type { ReactElement } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { QueryClient } from '@tanstack/react-query';
import { queryClient } from '#src/shared/api/query-client.ts';
import { Providers } from '#src/app/providers.tsx';
import { routes } from '#src/app/router.tsx';
import { initI18n } from '#src/shared/i18n/i18n.ts';
import { wireApiToSession } from '#src/app/start.ts';
import { startSessionServices } from '#src/app/session-services.ts';
import { sessionStore } from '#src/shared/auth/session-store.ts';
import type { Session } from '#src/shared/auth/schemas.ts';
import { createTestSession } from '#mocks/handlers/auth.ts';
import type { LanguageCode } from '#src/shared/i18n/languages.ts';

/** A fresh QueryClient per test: no retries, so errors show at once. */
export function createTestQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } } });
}

/**
 * Signs in as a persona as if at the provider (the mock's `createTestSession`: a session with a
 * properly signed token, no HTTP) and stores the session like the app does.
 */
export async function signInAs(personaId: string, publicComputer = false): Promise<Session> {
  const session = await createTestSession(personaId, publicComputer);
  // as the app does after the provider sent it back: it asks who is signed in (the mock's
  // schedule runs before that request, as before any)
  await fetch('http://localhost:3000/api/auth/session', { headers: { Authorization: `Bearer ${session.token}` } });
  sessionStore.set(session);
  return session;
}

/**
 * Renders the whole app (real routes, layout and providers) at `path`. `keepCache` keeps what is
 * in the app's QueryClient (the reads restored from the device, see `reloadApp`).
 */
export async function renderApp(path: string, { language = 'nl' as LanguageCode, keepCache = false } = {}) {
  const i18n = await initI18n(language);
  wireApiToSession();
  // the app's own QueryClient, so what features write into it on a confirmed write is what renders
  if (!keepCache) queryClient.clear();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const utils = render(
    <Providers queryClient={queryClient} i18n={i18n}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...utils, router, queryClient, i18n };
}

export async function renderWithProviders(ui: ReactElement, { language = 'nl' as LanguageCode } = {}) {
  const i18n = await initI18n(language);
  const queryClient = createTestQueryClient();
  return { ...render(<Providers queryClient={queryClient} i18n={i18n}>{ui}</Providers>), queryClient, i18n };
}

/**
 * Signs in as a persona and starts the session's services (outbox, persisted reads) like the app
 * does. `test/setup.ts` stops the services and empties the outbox after each test.
 */
export async function startSession(persona: string, publicComputer = false): Promise<Session> {
  const session = await signInAs(persona, publicComputer);
  await startSessionServices(queryClient, session);
  return session;
}

/**
 * Stops the session's services (the outbox and the persisted reads; no wipe, no sign-out on the
 * server): to change persons within a test. After each test `test/setup.ts` does it anyway.
 */
export async function endSession(): Promise<void> {
  await startSessionServices(queryClient, null);
}

/**
 * Signs in as a persona, starts the session's services (outbox, persisted reads) like the app
 * does, renders the app at `path` and waits for its heading. `test/setup.ts` stops the services
 * and empties the outbox after each test.
 */
export async function openScreen(persona: string, path: string, heading: string | RegExp) {
  const session = await startSession(persona);
  const utils = await renderApp(path);
  await screen.findByRole('heading', { level: 1, name: heading });
  return { ...utils, session };
}

/**
 * A reload of the page on this device: the rendered app goes, the services stop and the memory is
 * empty; then, as at start, the session's services start again (the reads kept on the device are
 * restored before the first render) and the app renders at `path`.
 */
export async function reloadApp(path: string) {
  cleanup();
  const session = sessionStore.get();
  await startSessionServices(queryClient, null);
  queryClient.clear();
  await startSessionServices(queryClient, session);
  return renderApp(path, { keepCache: true });
}
