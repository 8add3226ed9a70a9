/**
 * Whether the sign-in page prerendered into index.html (docs/decisions/012-prerendered-sign-in.md)
 * is the page the app is about to show: on `/` or `/inloggen`, nobody signed in on this device (no
 * stored session at all, also not an expired one), and Dutch (the texts in the HTML). Otherwise the
 * prerendered page must not be seen: the app renders from scratch (a signed-in person's deep link
 * never flashes the sign-in page; a person who chose English never sees Dutch first).
 *
 * Used twice, with the same answer: by the render-blocking boot script in index.html (made from this
 * function's source by the build, see `bootScript`: so it must stay self-contained, with no imports
 * and no references outside its body) to hide the prerendered page before the first paint, and by
 * main.tsx to choose between hydrating it and rendering from scratch. The keys are SESSION_KEY
 * (session-store.ts) and LANGUAGE_STORAGE_KEY (i18n.ts); prerender.test.ts checks that.
 */
export function prerenderedSignInFits(path: string, local: Storage | null, session: Storage | null): boolean {
  if (path !== '/' && path !== '/inloggen') return false;
  try {
    if (local?.getItem('werkmap.session') || session?.getItem('werkmap.session')) return false;
    const language = local?.getItem('werkmap.language');
    return !language || language === 'nl';
  } catch {
    // storage blocked: the app cannot read a session either; the sign-in page it will show is Dutch
    return true;
  }
}

/** The class the boot script puts on <html> when the prerendered page must not be seen (index.css hides #root then). */
export const PRERENDER_OFF_CLASS = 'prerender-off';

/**
 * Until the app has taken the prerendered page over, a button in it does nothing: the boot script
 * keeps the last button pressed (`window.werkmapEarlyClick`), and main.tsx presses it again right
 * after `hydrateRoot` (React then hydrates at once and handles it). A tick in a checkbox needs no
 * help: it stays in the page, and the page reads it when taken over (sign-in.tsx).
 * Self-contained, like `prerenderedSignInFits` (the boot script is made from its source).
 */
export function keepEarlyClicks(): void {
  const w = window as unknown as { werkmapEarlyClick?: Element | null; werkmapBooting?: boolean };
  w.werkmapBooting = true;
  document.addEventListener(
    'click',
    (event) => {
      const button = w.werkmapBooting && event.target instanceof Element ? event.target.closest('#root button') : null;
      if (!button) return;
      event.preventDefault();
      w.werkmapEarlyClick = button;
    },
    true,
  );
}

/** Presses again the button pressed before the app took the page over (see `keepEarlyClicks`). */
export function replayEarlyClick(): void {
  const w = window as unknown as { werkmapEarlyClick?: Element | null; werkmapBooting?: boolean };
  w.werkmapBooting = false;
  const button = w.werkmapEarlyClick;
  w.werkmapEarlyClick = null;
  if (button instanceof HTMLElement && button.isConnected) button.click();
}

/**
 * How the build leaves the app's module script and its module preloads in index.html: inert (a
 * browser neither fetches nor runs a script of an unknown type or a link of an unknown rel), so
 * `startShell` decides when they load.
 */
export const DEFERRED_SHELL = { script: 'werkmap/module', preload: 'werkmap-modulepreload' } as const;

/**
 * Loads the app's shell: the module script and module preloads the build left inert in index.html
 * (`DEFERRED_SHELL`). When the prerendered sign-in page is shown (`afterPaint`), only after its first
 * paint: the shell (157 KiB gzip) then does not share the slow connection with the stylesheet and
 * the boot script the paint waits for (issue 15: Lighthouse's LCP on a first visit). Otherwise at
 * once, as a `<script type="module">` in the HTML would: preloaded now, run once the document is
 * parsed (a module script inserted by a script runs as soon as it arrives, and main.tsx needs #root).
 * Self-contained, like `prerenderedSignInFits` (the boot script is made from its source); the values
 * of `DEFERRED_SHELL` are written out in it for that reason (prerender.test.tsx checks they agree).
 */
export function startShell(afterPaint: boolean): void {
  let started = false;
  const add = (tag: string, attributes: Record<string, string>) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    document.head.appendChild(element);
  };
  const scripts = () => Array.from(document.querySelectorAll('script[type="werkmap/module"]'), (tag) => tag.getAttribute('src') ?? '');
  const run = () => {
    for (const src of scripts()) add('script', { type: 'module', crossorigin: '', src });
  };
  const start = () => {
    if (started) return;
    started = true;
    const preloads = Array.from(document.querySelectorAll('link[rel="werkmap-modulepreload"]'), (tag) => tag.getAttribute('href') ?? '');
    for (const href of afterPaint ? preloads : [...scripts(), ...preloads]) add('link', { rel: 'modulepreload', crossorigin: '', href });
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
    else run();
  };
  if (!afterPaint || document.visibilityState === 'hidden' || !(PerformanceObserver.supportedEntryTypes ?? []).includes('paint')) {
    start();
    return;
  }
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    start();
  }).observe({ type: 'paint', buffered: true });
  // a page that never paints (hidden before its first frame) still starts
  setTimeout(start, 3000);
}

/** The boot script's source: a classic script, loaded render-blocking from the head of index.html. */
export function bootScript(): string {
  return `(function(){var fits=${prerenderedSignInFits.toString()};var s=null,l=null;try{l=window.localStorage;s=window.sessionStorage}catch(e){}var shown=fits(location.pathname,l,s);if(!shown)document.documentElement.classList.add(${JSON.stringify(PRERENDER_OFF_CLASS)});else(${keepEarlyClicks.toString()})();(${startShell.toString()})(shown)})();\n`;
}
