import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import '#src/shared/ui/styles/index.css';
import { initI18n } from '#src/shared/i18n/i18n.ts';
import { Providers } from './providers.tsx';
import { createRouter } from './router.tsx';
import { startApp } from './start.ts';

async function main() {
  if (import.meta.env.DEV && import.meta.env.VITE_MOCKS !== 'off') {
    // The mock backend runs only in development; it never ships in the build.
    const { startMockWorker } = await import('../../mocks/browser.ts');
    await startMockWorker();
  }
  const i18n = await initI18n();
  const { queryClient } = await startApp();
  const router = createRouter();
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root');
  createRoot(root).render(
    <StrictMode>
      <Providers queryClient={queryClient} i18n={i18n}>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>,
  );
}

void main();
