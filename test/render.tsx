import type { ReactElement } from 'react';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { QueryClient } from '@tanstack/react-query';
import { queryClient } from '#src/shared/api/query-client.ts';
import { Providers } from '#src/app/providers.tsx';
import { routes } from '#src/app/router.tsx';
import { initI18n } from '#src/shared/i18n/i18n.ts';
import { wireApiToSession } from '#src/app/start.ts';
import { startSessionServices } from '#src/app/session-services.ts';
import { sessionStore } from '#src/shared/auth/session-store.ts';
import { sessionSchema, type Session } from '#src/shared/auth/schemas.ts';
import type { LanguageCode } from '#src/shared/i18n/languages.ts';

/** A fresh QueryClient per test: no retries, so errors show at once. */
export function createTestQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } } });
}

/** Signs in through the real API (the MSW handlers) and stores the session like the app does. */
export async function signInAs(personaId: string, publicComputer = false): Promise<Session> {
  const response = await fetch('http://localhost:3000/api/auth/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ personaId, publicComputer }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  const session = sessionSchema.parse(await response.json());
  sessionStore.set(session);
  return session;
}

/** Renders the whole app (real routes, layout and providers) at `path`. */
export async function renderApp(path: string, { language = 'nl' as LanguageCode } = {}) {
  const i18n = await initI18n(language);
  wireApiToSession();
  // the app's own QueryClient, so what features write into it on a confirmed write is what renders
  queryClient.clear();
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
 * Signs in as a persona, starts the session's services (outbox, persisted reads) like the app
 * does, renders the app at `path` and waits for its heading. `test/setup.ts` stops the services
 * and empties the outbox after each test.
 */
export async function openScreen(persona: string, path: string, heading: string | RegExp) {
  const session = await signInAs(persona);
  await startSessionServices(queryClient, session);
  const utils = await renderApp(path);
  await screen.findByRole('heading', { level: 1, name: heading });
  return utils;
}
