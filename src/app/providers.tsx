import { StrictMode, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { RouterProvider, type DataRouter } from 'react-router';

export function Providers({ queryClient, i18n, children }: { queryClient: QueryClient; i18n: I18n; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </I18nextProvider>
  );
}

/**
 * The whole app: the same element in the browser (main.tsx) and in the build's prerender
 * (prerender/render.tsx), so the prerendered sign-in page hydrates without a mismatch.
 * `Provider` is react-router/dom's RouterProvider in the browser (it flushes navigations synchronously).
 */
export function appElement(router: DataRouter, queryClient: QueryClient, i18n: I18n, Provider: typeof RouterProvider = RouterProvider) {
  return (
    <StrictMode>
      <Providers queryClient={queryClient} i18n={i18n}>
        <Provider router={router} />
      </Providers>
    </StrictMode>
  );
}
