import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import '#src/shared/ui/styles/index.css';
import { initI18n } from '#src/shared/i18n/i18n.ts';
import { appElement } from './providers.tsx';
import { sessionStore } from '#src/shared/auth/session-store.ts';
import { createRouter, preloadScreen, warmScreensFor } from './router.tsx';
import { routerReady } from './router-ready.ts';
import { startApp } from './start.ts';
import { showConfigError } from './config-error.ts';
import { PRERENDER_OFF_CLASS, prerenderedSignInFits, replayEarlyClick } from './prerender/fits.ts';

function storage(name: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return window[name];
  } catch {
    return null;
  }
}

async function main() {
  // zod without eval under the Content-Security-Policy, before any chunk makes a schema; loaded,
  // not imported, so zod's core stays out of the first download (src/shared/lib/zod-strict-csp.ts)
  await import('#src/shared/lib/zod-strict-csp.ts');
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root');
  // the municipality's configuration first (API address, languages, switches, theme); the
  // prerendered sign-in page is already painted meanwhile (it shows nothing configurable)
  const configLoader = import('#src/shared/config/load-config.ts');
  // the first screen's chunk downloads meanwhile (asked for after the loader: it comes first)
  preloadScreen(location.pathname);
  const config = await (await configLoader).loadAppConfig();
  if (!config.ok) {
    showConfigError(root, config.reason);
    return;
  }
  // index.html holds the sign-in page, prerendered by the build (docs/decisions/012-prerendered-sign-in.md).
  // Hydrate it when it is the page the app shows (the boot script made the same choice before the
  // first paint); otherwise render from scratch in its place.
  const hydrate = root.hasChildNodes() && prerenderedSignInFits(location.pathname, storage('localStorage'), storage('sessionStorage'));
  // `/` sends nobody-signed-in to the sign-in page: go there at once, so the first render is that page
  if (hydrate && location.pathname === '/') history.replaceState(history.state, '', `/inloggen${location.search}${location.hash}`);
  const i18n = await initI18n();
  // the first screen's chunk and texts load while the saved data is restored
  const router = createRouter();
  const { queryClient } = await startApp();
  const app = appElement(router, queryClient, i18n, RouterProvider);
  if (hydrate) {
    await routerReady(router);
    hydrateRoot(root, app);
    replayEarlyClick();
  } else {
    // the first render is the screen itself, not a fallback that React would then hold for 300 ms
    await routerReady(router);
    root.replaceChildren();
    document.documentElement.classList.remove(PRERENDER_OFF_CLASS);
    createRoot(root).render(app);
  }
  // the staff screens are cached at runtime: load them all a moment after the first screen (and after a sign-in)
  const warm = () => setTimeout(() => warmScreensFor(sessionStore.get()?.user.role), 1_000);
  if (document.readyState === 'complete') warm();
  else window.addEventListener('load', warm, { once: true });
  sessionStore.subscribe(warm);
}

void main();
