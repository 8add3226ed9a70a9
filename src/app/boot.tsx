import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { initI18n } from '#src/shared/i18n/i18n.ts';
import { appElement } from './providers.tsx';
import { preloadSignedInShell } from './layout.tsx';
import { sessionStore } from '#src/shared/auth/session-store.ts';
import { createRouter, preloadScreen, preloadScreenTexts, warmScreensFor } from './router.tsx';
import { screenDataReady } from './screen-data.ts';
import { routerReady } from './router-ready.ts';
import { startApp } from './start.ts';
import { loadOutboxKindsAfter } from './session-services.ts';
import { afterFirstScreen } from './first-screen.ts';
import { showConfigError } from './config-error.ts';
import { PRERENDER_OFF_CLASS, prerenderedSignInFits, replayEarlyClick } from './prerender/fits.ts';

function storage(name: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return window[name];
  } catch {
    return null;
  }
}

/**
 * Lets the browser run its own tasks (paint, input) before the next step of the start: without it
 * reading the configuration, the texts, the saved data and the first render ran as one long task
 * of the main thread (Lighthouse's Total Blocking Time, issue 15).
 */
function yieldToMain(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Where a full page load spends its time (`npm run bench` prints the split, issue 15). */
const mark = (phase: string) => performance.mark(`werkmap:${phase}`);

/**
 * The app's start, after React (src/app/main.tsx): `configFile` is the request for /config.json that
 * main.tsx made at the very start of the page.
 */
export async function boot(configFile: Promise<Response>): Promise<void> {
  mark('shell');
  // the first screen's texts, which gate its render (the language is known from this device)
  preloadScreenTexts(location.pathname);
  // zod without eval under the Content-Security-Policy, before any chunk makes a schema; loaded,
  // not imported, so zod's core stays out of the first download (src/shared/lib/zod-strict-csp.ts)
  await import('#src/shared/lib/zod-strict-csp.ts');
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root');
  // the municipality's configuration first (API address, languages, switches, theme); the
  // prerendered sign-in page is already painted meanwhile (it shows nothing configurable).
  // The first screen's chunks download meanwhile, asked for once config.json is: asked for
  // together with the loader, its two dozen requests held up the loader's own chunks and the file
  // on HTTP/1.1 (a full load of /coach waited 0.7 s for config.json, issue 15).
  const config = await import('#src/shared/config/load-config.ts').then((loader) => {
    const read = loader.loadAppConfig(() => configFile);
    preloadScreen(location.pathname);
    return read;
  });
  mark('config');
  await yieldToMain();
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
  mark('texts');
  await yieldToMain();
  // the first screen's chunk and texts load while the saved data is restored
  const router = createRouter();
  // the outbox kinds (one chunk, 50–100 ms to evaluate) once the first screen is painted and the
  // browser idle, not between the screen's texts and its render (or once something is written)
  loadOutboxKindsAfter(Promise.race([afterFirstScreen(), new Promise((resolve) => setTimeout(resolve, 10_000))]));
  const { queryClient } = await startApp();
  mark('restored');
  // the shell's lazy parts, after the screen's texts (the router asked for them meanwhile): asked for
  // before them, they held up the texts on HTTP/1.1 and so the first render (issue 15)
  preloadSignedInShell(sessionStore.get());
  // the screen's main read (its route's loader) starts now, while its chunk and texts load
  screenDataReady(queryClient);
  const app = appElement(router, queryClient, i18n, RouterProvider);
  await routerReady(router);
  mark('route');
  await yieldToMain();
  if (hydrate) {
    // not as a transition: hydrating in slices lets an update from a store (sync priority) arrive
    // before the page is hydrated, and React then throws the prerendered page away and renders it anew
    hydrateRoot(root, app);
    replayEarlyClick();
  } else {
    // the first render is the screen itself, not a fallback that React would then hold for 300 ms;
    // a transition too, rendered in slices (a signed-in screen is a bigger tree than the sign-in page)
    root.replaceChildren();
    document.documentElement.classList.remove(PRERENDER_OFF_CLASS);
    const reactRoot = createRoot(root);
    startTransition(() => {
      reactRoot.render(app);
    });
  }
  // the staff screens are cached at runtime: load them all a moment after the first screen (and after a sign-in)
  const warm = () => setTimeout(() => warmScreensFor(sessionStore.get()?.user.role), 1_000);
  if (document.readyState === 'complete') warm();
  else window.addEventListener('load', warm, { once: true });
  sessionStore.subscribe(warm);
}
