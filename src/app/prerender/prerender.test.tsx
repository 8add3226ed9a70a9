import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hydrateRoot, type Root } from 'react-dom/client';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createTestQueryClient } from '#test/render.tsx';
import { initI18n, LANGUAGE_STORAGE_KEY } from '#src/shared/i18n/i18n.ts';
import { SESSION_KEY } from '#src/shared/auth/session-store.ts';
import { appConfig, setAppConfig } from '#src/shared/config/app-config.ts';
import { appElement } from '../providers.tsx';
import { routes } from '../router.tsx';
import { routerReady } from '../router-ready.ts';
import { bootScript, DEFERRED_SHELL, keepEarlyClicks, PRERENDER_OFF_CLASS, prerenderedSignInFits, replayEarlyClick, startShell } from './fits.ts';
import { renderSignIn } from './render.tsx';

// The sign-in page the build puts in index.html (issue 15) is the page the app hydrates: the same
// markup, no hydration mismatch (React reports one with console.error or onRecoverableError).

// signing in leaves for the OpenID provider (a redirect): here only where it would go
const startOidcSignIn = vi.hoisted(() => vi.fn(async () => {}));
vi.mock('#src/shared/auth/oidc.ts', async (original) => ({ ...(await original<object>()), startOidcSignIn }));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
  localStorage.clear();
});

describe('the prerendered sign-in page', () => {
  it('holds the Dutch sign-in page with the header, and no inline script or style', async () => {
    const markup = await renderSignIn();
    expect(markup).toContain('<h1 tabindex="-1" class="page-heading">Inloggen</h1>');
    expect(markup).toContain('Inloggen met DigiD');
    expect(markup).toContain('class="site-header__bar"');
    expect(markup).not.toMatch(/<script\b|\sstyle=/i);
  });

  /** index.html's #root with the prerendered page, hydrated as main.tsx does; React's complaints collected. */
  async function hydratePrerendered(beforeHydration?: (container: HTMLElement) => void) {
    const container = document.createElement('div');
    container.id = 'root';
    container.innerHTML = await renderSignIn();
    document.body.append(container);
    beforeHydration?.(container);
    const errors = vi.spyOn(console, 'error');
    const recoverable = vi.fn();
    const i18n = await initI18n('nl');
    const router = createMemoryRouter(routes, { initialEntries: ['/inloggen'] });
    await routerReady(router);
    await act(async () => {
      root = hydrateRoot(container, appElement(router, createTestQueryClient(), i18n, RouterProvider), { onRecoverableError: recoverable });
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    return container;
  }

  it('hydrates without a mismatch and shows the same page', async () => {
    let before = '';
    let heading: Element | null = null;
    const container = await hydratePrerendered((prerendered) => {
      before = prerendered.innerHTML;
      heading = prerendered.querySelector('h1');
    });
    // the same nodes, kept (not replaced), with the same markup, but for the municipality: the
    // prerender is the same for every municipality, the app adds its name once config.json is read
    expect(container.querySelector('h1')).toBe(heading);
    expect(before).not.toContain('site-footer__municipality');
    expect(container.querySelector('.site-footer__municipality')?.textContent).toContain('Werkmap is een dienst van Gemeente Werkstad.');
    container.querySelector('.site-footer__municipality')?.remove();
    expect(container.innerHTML).toBe(before);
  });

  it('hydrates without a mismatch for another municipality too, then shows its name and languages', async () => {
    // the app has read its config.json before it hydrates (main.tsx)
    const container = await hydratePrerendered(() => setAppConfig({ ...appConfig(), municipality: { name: 'Gemeente Zuiderveen' }, languages: ['nl', 'en', 'ar'] }));
    expect(container.querySelector('.site-footer__municipality')?.textContent).toContain('Gemeente Zuiderveen');
    expect([...container.querySelectorAll('.language-switch__list li')].map((li) => li.textContent)).toEqual(['Nederlands', 'English', 'العربية']);
  });

  it("hydrates without a mismatch with a municipality's own providers", async () => {
    let before = '';
    const container = await hydratePrerendered((prerendered) => {
      setAppConfig({ ...appConfig(), oidc: { ...appConfig().oidc, clients: { issuer: 'https://broker.example/digid', clientId: 'wm' } } });
      before = prerendered.querySelector('main')?.innerHTML ?? '';
    });
    // the same page for any provider: only where its buttons go differs
    expect(container.querySelector('main')?.innerHTML).toBe(before);
    expect([...container.querySelectorAll('main button')].map((button) => button.textContent)).toEqual(['Inloggen met DigiD', 'Inloggen als medewerker']);
  });

  it('a box ticked and a button pressed before hydration count: the person signs in on a public computer', async () => {
    const container = document.createElement('div');
    container.id = 'root';
    container.innerHTML = await renderSignIn();
    document.body.append(container);
    keepEarlyClicks();
    container.querySelector<HTMLInputElement>('#public-computer')?.click();
    container.querySelector<HTMLButtonElement>('.digid-button')?.click();
    const i18n = await initI18n('nl');
    const router = createMemoryRouter(routes, { initialEntries: ['/inloggen'] });
    await routerReady(router);
    await act(async () => {
      root = hydrateRoot(container, appElement(router, createTestQueryClient(), i18n, RouterProvider));
      replayEarlyClick();
    });
    // to the provider, which asks who signs in (a public computer)
    await vi.waitFor(() => expect(startOidcSignIn).toHaveBeenCalledWith('client', true));
  });
});

describe('whether the prerendered page is the one to show', () => {
  const storage = (items: Record<string, string>) => {
    const s = new Map(Object.entries(items));
    return { getItem: (key: string) => s.get(key) ?? null } as Storage;
  };
  const empty = storage({});

  it('is on / and /inloggen for nobody signed in, in Dutch', () => {
    expect(prerenderedSignInFits('/', empty, empty)).toBe(true);
    expect(prerenderedSignInFits('/inloggen', storage({ [LANGUAGE_STORAGE_KEY]: 'nl' }), empty)).toBe(true);
    expect(prerenderedSignInFits('/inloggen', null, null)).toBe(true);
  });

  it('is not for a signed-in person (also on a public computer, also expired), another route or another language', () => {
    expect(prerenderedSignInFits('/', storage({ [SESSION_KEY]: '{}' }), empty)).toBe(false);
    expect(prerenderedSignInFits('/inloggen', empty, storage({ [SESSION_KEY]: '{}' }))).toBe(false);
    expect(prerenderedSignInFits('/werkmap', empty, empty)).toBe(false);
    expect(prerenderedSignInFits('/inloggen/digid', empty, empty)).toBe(false);
    expect(prerenderedSignInFits('/inloggen', storage({ [LANGUAGE_STORAGE_KEY]: 'ar' }), empty)).toBe(false);
  });

  it('the boot script loads the app after the first paint when the page is shown, at once otherwise', () => {
    const shell = () => {
      document.head.innerHTML = `<script type="${DEFERRED_SHELL.script}" crossorigin src="/assets/index-a.js"></script><link rel="${DEFERRED_SHELL.preload}" crossorigin href="/assets/runtime-b.js">`;
    };
    const loaded = () => ({
      scripts: Array.from(document.head.querySelectorAll('script[type="module"]'), (tag) => tag.getAttribute('src')),
      preloads: Array.from(document.head.querySelectorAll('link[rel="modulepreload"]'), (tag) => tag.getAttribute('href')),
    });
    // (the tags in the build's form, DEFERRED_SHELL: startShell writes their values out) not shown: at once
    shell();
    startShell(false);
    expect(loaded()).toEqual({ scripts: ['/assets/index-a.js'], preloads: ['/assets/index-a.js', '/assets/runtime-b.js'] });
    // shown: after the first contentful paint
    shell();
    const paint = { report: (_names: string[]) => {} };
    class PaintObserver {
      static supportedEntryTypes = ['paint'];
      constructor(callback: (list: { getEntriesByName: (name: string) => unknown[] }, observer: { disconnect: () => void }) => void) {
        paint.report = (names) => callback({ getEntriesByName: (name) => names.filter((n) => n === name) }, { disconnect: () => {} });
      }
      observe() {}
    }
    vi.stubGlobal('PerformanceObserver', PaintObserver);
    try {
      startShell(true);
      expect(loaded()).toEqual({ scripts: [], preloads: [] });
      paint.report(['first-paint']);
      expect(loaded()).toEqual({ scripts: [], preloads: [] });
      paint.report(['first-contentful-paint']);
      expect(loaded()).toEqual({ scripts: ['/assets/index-a.js'], preloads: ['/assets/runtime-b.js'] });
    } finally {
      vi.unstubAllGlobals();
      document.head.replaceChildren();
    }
  });

  it('the boot script makes the same choice, before the first paint', () => {
    localStorage.setItem(SESSION_KEY, '{}');
    document.documentElement.classList.remove(PRERENDER_OFF_CLASS);
    new Function(bootScript())();
    expect(document.documentElement.classList.contains(PRERENDER_OFF_CLASS)).toBe(true);
    document.documentElement.classList.remove(PRERENDER_OFF_CLASS);
  });
});
