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

/** The boot script's source: a classic script, loaded render-blocking from the head of index.html. */
export function bootScript(): string {
  return `(function(){var fits=${prerenderedSignInFits.toString()};var s=null,l=null;try{l=window.localStorage;s=window.sessionStorage}catch(e){}if(!fits(location.pathname,l,s))document.documentElement.classList.add(${JSON.stringify(PRERENDER_OFF_CLASS)});else(${keepEarlyClicks.toString()})()})();\n`;
}
