import { test as base, expect, type BrowserContext, type ConsoleMessage, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AxeResults, RunOptions } from 'axe-core';
import type { DbSnapshot } from '#mocks/db.ts';
import type { MockConfigInput, SwitchState } from '#mocks/switches.ts';
import type { Session } from '#src/shared/auth/schemas.ts';
import { describeViolations, type Violation } from '#mocks/conformance.ts';
import { axeExceptions } from './axe-exceptions.ts';
import { baseOutDir, currentLane } from './lanes.ts';

/**
 * Shared helpers for the end-to-end tests: the mock API server's test endpoints
 * (reset, state, switches), signing in at the mock's OpenID providers (their test DigiD page), warming up
 * the service worker, reading the outbox, and axe.
 */

/** This worker's own mock API server (see lanes.ts). */
export const MOCK_API_URL = `http://127.0.0.1:${currentLane.mockPort}`;
/** The folder this worker's `vite preview` serves (the update test swaps a new build into it). */
export const OUT_DIR = currentLane.outDir;
/** The second build (`<dir>-next`), the "new version" for the update test. */
export const NEXT_DIR = `${baseOutDir}-next`;

// ----------------------------------------------------------------- the test object

export { expect };
export type { Locator, Page };

/**
 * Every end-to-end test runs with this `test`:
 * - afterwards, the answers the mock backend gave during the test (and the requests it accepted)
 *   must agree with docs/openapi.json (mocks/conformance.ts);
 * - the app runs under the Content-Security-Policy of deploy/security-headers.ts (`vite preview`
 *   sends it), and a test fails on any violation in its browser context: the browser's own console
 *   error ("Refused to …, because it violates the following Content Security Policy directive") or
 *   a `securitypolicyviolation` event (also for what the page caught, such as an eval probe).
 *   Fix a violation in the app, not in the policy (docs/deploy.md).
 */
export const test = base.extend<{ contract: void; cspGuard: void }>({
  contract: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a test uses from this pattern
    async ({}, use) => {
      await mockFetch('/__mock/violations'); // what an earlier test of this lane left is not this test's
      await use();
      const violations = (await (await mockFetch('/__mock/violations')).json()) as Violation[];
      expect(violations.length === 0 ? '' : describeViolations(violations)).toBe('');
    },
    { auto: true },
  ],
  cspGuard: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} in ${event.sourceFile || event.documentURI}:${event.lineNumber}`);
        });
      });
      const onConsole = (message: ConsoleMessage) => {
        if (message.type() === 'error' && /Content Security Policy|CSP violation/i.test(message.text())) violations.push(message.text());
      };
      context.on('console', onConsole);
      await use();
      context.off('console', onConsole);
      expect([...new Set(violations)].join('\n'), 'Content-Security-Policy violations').toBe('');
    },
    { auto: true },
  ],
});

export const ANNA = { id: 'client-anna', name: 'Anna de Vries', lane: 'profile:client-anna' } as const;
export const MARIEKE = { id: 'coach-marieke', name: 'Marieke Bakker' } as const;
export const RIA = { id: 'helper-stip-1', name: 'Ria Kamminga' } as const;

// ----------------------------------------------------------------- mock API

async function mockFetch(path: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(`${MOCK_API_URL}${path}`, init);
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${path} -> ${response.status}: ${await response.text()}`);
  return response;
}

/** Back to the seed and default switches. */
export async function resetMock(): Promise<void> {
  await mockFetch('/__mock/reset', { method: 'POST' });
}

export async function mockState(): Promise<DbSnapshot> {
  return (await (await mockFetch('/__mock/state')).json()) as DbSnapshot;
}

/** Sets failure switches; returns all switches as they are now (`{}` only reads them). */
export async function configureMock(config: MockConfigInput): Promise<SwitchState> {
  const response = await mockFetch('/__mock/config', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(config),
  });
  return (await response.json()) as SwitchState;
}

/** The applied writes to one resource (e.g. `profile:client-anna`), in order. */
export async function writesTo(resource: string) {
  return (await mockState()).writeLog.filter((entry) => entry.resource === resource);
}

export async function serverProfile(clientId: string) {
  const profile = (await mockState()).profiles.find((p) => p.clientId === clientId);
  if (!profile) throw new Error(`no profile for ${clientId}`);
  return profile;
}

/** A session straight from the mock API (as "another device"; its test endpoint, as if signed in at the provider). */
export async function apiSession(personaId: string): Promise<Session> {
  const response = await mockFetch('/__mock/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ personaId }),
  });
  return (await response.json()) as Session;
}

/** Changes a client's profile from "another device": a PUT on the current version. */
export async function changeProfileElsewhere(personaId: string, clientId: string, changes: Record<string, unknown>): Promise<void> {
  const { token } = await apiSession(personaId);
  const current = await serverProfile(clientId);
  const { clientId: _c, version, updatedAt: _u, updatedBy: _b, ...input } = current;
  await mockFetch(`/api/clients/${clientId}/profile`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'If-Match': `"${version}"` },
    body: JSON.stringify({ ...input, ...changes }),
  });
}

// ------------------------------------------------------------------ browser

/**
 * The page is controlled by the service worker afterwards. With registerType
 * 'prompt' there is no clientsClaim: the first page is only controlled after a reload.
 */
export async function warmServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** Whether the persona signs in with DigiD (a client) rather than as an employee. */
async function signsInWithDigid(personaName: string): Promise<boolean> {
  const personas = (await (await mockFetch('/api/auth/personas')).json()) as Array<{ name: string; role: string }>;
  return personas.find((persona) => persona.name === personaName)?.role === 'client';
}

/**
 * From the sign-in page as the given persona: with DigiD (a client) or as an employee, at the mock
 * backend's OpenID provider (mocks/oidc/provider.ts), whose login page is the test persona picker;
 * back in the app through `/inloggen/terug` (Authorization Code + PKCE, docs/decisions/014).
 */
export async function signIn(page: Page, personaName: string, options: { publicComputer?: boolean; from?: string } = {}): Promise<void> {
  if (!page.url().includes('/inloggen')) await page.goto(options.from ?? '/inloggen');
  if (options.publicComputer) await page.getByRole('checkbox', { name: 'Ik gebruik een openbare computer' }).check();
  const withDigid = await signsInWithDigid(personaName);
  await page.getByRole('button', { name: withDigid ? 'Inloggen met DigiD' : 'Inloggen als medewerker' }).click();
  const inApp = (url: URL) => !url.pathname.startsWith('/inloggen') && !url.pathname.startsWith('/oidc/');
  // the provider's login page; or, when its session still knows someone (one's own device, signed
  // in before in this browser), straight back to the app
  await page.waitForURL((url) => url.pathname.includes('/interaction/') || inApp(url));
  if (!inApp(new URL(page.url()))) {
    await expect(page.getByText('Dit is niet de echte DigiD')).toBeVisible();
    await page.getByRole('button', { name: `Inloggen als ${personaName}` }).click();
    // signed in (the session stored) once the app has left the sign-in screens (and the provider's)
    await page.waitForURL(inApp);
  }
  const signedIn = () => page.evaluate(() => (JSON.parse(localStorage.getItem('werkmap.session') ?? sessionStorage.getItem('werkmap.session') ?? '{}') as { user?: { name?: string } }).user?.name);
  await expect.poll(signedIn, { message: 'signed in as this persona (not as whom the provider remembered)' }).toBe(personaName);
}

/** The access token the app holds: in the OIDC client's store in the tab's sessionStorage (docs/decisions/014). */
export async function accessToken(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((name) => name.startsWith('werkmap.oidc.user:'));
    return key ? (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { access_token?: string }).access_token : undefined;
  });
}

/**
 * Another tab of the same browser, at `path`, for the person signed in there. The tokens live in a
 * tab's own sessionStorage (docs/decisions/014), so the new tab asks to sign in again; on one's own
 * device the provider's session still knows the person, so that is one click (no login page).
 */
export async function openAnotherTab(context: BrowserContext, path: string): Promise<Page> {
  const tab = await context.newPage();
  await tab.goto(path);
  await expect(heading(tab, 'Log opnieuw in')).toBeVisible();
  const role = await tab.evaluate(() => (JSON.parse(localStorage.getItem('werkmap.session') ?? '{}') as { user?: { role?: string } }).user?.role);
  await tab.getByRole('button', { name: 'Opnieuw inloggen' }).click();
  await tab.getByRole('button', { name: role === 'client' ? 'Inloggen met DigiD' : 'Inloggen als medewerker' }).click();
  await tab.waitForURL((url) => url.pathname === path);
  return tab;
}

/** public/config.json, the configuration the tests' app gets unless a test serves another. */
export function publicConfig(): { oidc: Record<string, unknown>; features: Record<string, boolean> } & Record<string, unknown> {
  return JSON.parse(readFileSync(fileURLToPath(new URL('../../public/config.json', import.meta.url)), 'utf8')) as ReturnType<typeof publicConfig>;
}

const isConfigJson = (url: URL) => url.pathname === '/config.json';

/**
 * Serves the app of this context `body` as /config.json from now on, or public/config.json again
 * (null). Through the context, so that the service worker's fetch of config.json is answered too
 * (Playwright routes what a service worker fetches through the context, not through the page).
 */
export async function serveConfig(context: BrowserContext, body: string | null): Promise<void> {
  await context.unroute(isConfigJson);
  if (body !== null) await context.route(isConfigJson, (route) => route.fulfill({ contentType: 'application/json', body }));
}

/** Opens the sign-in page, makes the service worker control it, and signs in. */
export async function startControlled(page: Page, personaName: string): Promise<void> {
  await page.goto('/inloggen');
  await warmServiceWorker(page);
  await signIn(page, personaName);
}

/**
 * Chooses a language in the header's language switch (a disclosure: the button opens the list).
 * `navLabel` is the switch's name in the current language ("Taal", "Language", ...).
 */
export async function chooseLanguage(page: Page, navLabel: string, language: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: navLabel });
  await nav.getByRole('button', { expanded: false }).click();
  await nav.getByRole('listitem').getByRole('button', { name: language }).click();
  // switched (and the choice stored right after) once the closed switch names the new language
  await expect(page.getByRole('navigation').getByRole('button', { expanded: false, name: new RegExp(`: ${language}$`) })).toBeVisible();
}

/** The language the switch marks as current (aria-current on the open list). */
export async function currentLanguage(page: Page, navLabel: string): Promise<string | null> {
  const nav = page.getByRole('navigation', { name: navLabel });
  await nav.getByRole('button', { expanded: false }).click();
  const current = await nav.locator('[aria-current="true"]').textContent();
  await page.keyboard.press('Escape');
  return current;
}

/** The header's main navigation ("Hoofdmenu"; `navLabel` in another language): a "Menu" button opens it on narrow screens. */
export function mainNav(page: Page, navLabel = 'Hoofdmenu'): Locator {
  return page.getByRole('navigation', { name: navLabel });
}

/** Opens the main navigation when it sits behind the "Menu" button (narrow screens); a no-op when it shows inline. */
export async function openMenu(page: Page, navLabel = 'Hoofdmenu'): Promise<void> {
  const toggle = mainNav(page, navLabel).getByRole('button'); // the navigation's only button
  // a second tap only when the first was undone: seen once in a full run right after an in-app
  // navigation (not reproduced; the tap-after-sign-in case has its own test in navigation.spec.ts)
  await expect(async () => {
    if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(mainNav(page, navLabel).getByRole('list')).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 10_000 });
}

/** Goes to a main section through the header's navigation ("Mijn gegevens", "Werkmap", "Berichten" …), at any width. */
export async function navigateTo(page: Page, name: string | RegExp): Promise<void> {
  await openMenu(page);
  await mainNav(page).getByRole('link', { name }).click();
}

export function heading(page: Page, name: string): Locator {
  return page.getByRole('heading', { level: 1, name });
}

export function syncStatus(page: Page): Locator {
  return page.getByTestId('sync-status');
}

export type ProfileEdit = Partial<Record<'preferredName' | 'phone' | 'email' | 'town', string>> & {
  benefitApplicationDate?: { day: string; month: string; year: string };
};

const profileLabels = {
  preferredName: 'Hoe mogen we je noemen?',
  phone: 'Telefoonnummer',
  email: 'E-mailadres',
  town: 'Woonplaats',
} as const;

/** Fills the open profile form (only the given fields). */
export async function fillProfileForm(page: Page, edit: ProfileEdit): Promise<void> {
  for (const key of Object.keys(profileLabels) as Array<keyof typeof profileLabels>) {
    const value = edit[key];
    if (value !== undefined) await page.getByRole('textbox', { name: profileLabels[key], exact: true }).fill(value);
  }
  if (edit.benefitApplicationDate) {
    const group = page.getByRole('group', { name: 'Wanneer heb je de uitkering aangevraagd?' });
    await group.getByLabel('Dag', { exact: true }).fill(edit.benefitApplicationDate.day);
    await group.getByLabel('Maand', { exact: true }).fill(edit.benefitApplicationDate.month);
    await group.getByLabel('Jaar', { exact: true }).fill(edit.benefitApplicationDate.year);
  }
}

/** On /profiel: "Gegevens wijzigen", fill, "Opslaan", back on the summary. */
export async function editProfile(page: Page, edit: ProfileEdit): Promise<void> {
  await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
  await expect(heading(page, 'Mijn gegevens wijzigen')).toBeVisible();
  await fillProfileForm(page, edit);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(heading(page, 'Mijn gegevens')).toBeVisible();
}

/** The value shown in the profile's summary list for a label. */
export function summaryValue(page: Page, label: string): Locator {
  return page.locator('.summary-list__row').filter({ has: page.getByRole('term').getByText(label, { exact: true }) }).getByRole('definition');
}

export type StoredOutboxRecord = {
  id: string;
  seq: number;
  lane: string;
  kind: string;
  status: string;
  payload: Record<string, unknown>;
  attempts: number;
  nextAttemptAt: number;
  baseVersion?: number;
  lastError?: unknown;
};

/** The outbox records in this origin's IndexedDB (FIFO), read directly. */
/** Whether the service worker cached a file whose path matches `path` at runtime (the screens' cache: the chunks not precached, issue 15). */
export async function cachedAtRuntime(page: Page, path: RegExp): Promise<boolean> {
  return page.evaluate(async (source) => (await (await caches.open('werkmap-screens')).keys()).some((request) => new RegExp(source).test(new URL(request.url).pathname)), path.source);
}

/** What a queued profile change holds (`profile.update` carries `{ clientId, input }`). */
export function profileInputOf(record: StoredOutboxRecord): Record<string, unknown> {
  return record.payload.input as Record<string, unknown>;
}

export async function readOutbox(page: Page): Promise<StoredOutboxRecord[]> {
  return page.evaluate(async () => {
    const known = await indexedDB.databases();
    if (!known.some((db) => db.name === 'werkmap')) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('werkmap');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!db.objectStoreNames.contains('outbox')) return [];
      return await new Promise<StoredOutboxRecord[]>((resolve, reject) => {
        const request = db.transaction('outbox', 'readonly').objectStore('outbox').getAll();
        request.onsuccess = () => resolve(request.result as StoredOutboxRecord[]);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  });
}

/** What `waitForQueryPersist` reads in the page: the newest saved read cache and the newest API answer. */
type PersistState = { savedAt: number | null; queries: number; lastAnswerAt: number };

/**
 * Waits until the persisted read cache in IndexedDB (`werkmap` / `query-cache`, key
 * `werkmap-query-cache:<userId>`, src/shared/offline/persist-queries.ts) holds what the page shows:
 * a saved cache whose timestamp is not older than the last answer the API gave this page (resource
 * timing; data is saved as soon as it arrives, other changes within a second), and that did not
 * change between two looks. Polls; it does not sleep a fixed time.
 */
export async function waitForQueryPersist(page: Page): Promise<void> {
  // Date.now() (the save's timestamp) and the performance clock may differ by a few ms.
  const CLOCK_SLACK_MS = 5;
  let previous: number | null = null;
  let last: PersistState | undefined;
  await expect
    .poll(
      async () => {
        last = await page.evaluate(readPersistState);
        const settled = last.savedAt !== null && last.savedAt === previous && last.savedAt >= last.lastAnswerAt - CLOCK_SLACK_MS;
        previous = last.savedAt;
        return settled;
      },
      { message: 'the read cache in IndexedDB should hold what the page shows', timeout: 10_000, intervals: [50, 100] },
    )
    .toBe(true)
    .catch((error: unknown) => {
      throw new Error(`${String(error)}\nlast seen: ${JSON.stringify(last)}`);
    });
}

/** Runs in the page. Never creates the database (opening a missing one would make an empty one). */
async function readPersistState(): Promise<PersistState> {
  const answers = performance
    .getEntriesByType('resource')
    .filter((entry) => {
      const path = new URL(entry.name).pathname;
      return path.startsWith('/api/') && path !== '/api/health';
    })
    .map((entry) => performance.timeOrigin + (entry as PerformanceResourceTiming).responseEnd);
  const lastAnswerAt = answers.length > 0 ? Math.max(...answers) : 0;
  const none: PersistState = { savedAt: null, queries: 0, lastAnswerAt };
  const known = await indexedDB.databases();
  if (!known.some((db) => db.name === 'werkmap')) return none;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('werkmap');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    if (!db.objectStoreNames.contains('query-cache')) return none;
    const store = db.transaction('query-cache', 'readonly').objectStore('query-cache');
    const [keys, values] = await Promise.all(
      [store.getAllKeys(), store.getAll()].map(
        (request) =>
          new Promise<unknown[]>((resolve, reject) => {
            request.onsuccess = () => resolve(request.result as unknown[]);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    let newest = none;
    (keys ?? []).forEach((key, index) => {
      if (typeof key !== 'string' || !key.startsWith('werkmap-query-cache')) return;
      const saved = JSON.parse(String(values?.[index])) as { timestamp?: number; clientState?: { queries?: unknown[] } };
      const savedAt = typeof saved.timestamp === 'number' ? saved.timestamp : null;
      if (savedAt !== null && (newest.savedAt === null || savedAt > newest.savedAt)) {
        newest = { savedAt, queries: saved.clientState?.queries?.length ?? 0, lastAnswerAt };
      }
    });
    return newest;
  } finally {
    db.close();
  }
}

// --------------------------------------------------------------------- axe

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe with the WCAG 2.2 AA tags; fails listing each rule and its targets.
 * axe runs in the page itself (the app has no frames), is injected once per document (a screen
 * reached within the app reuses it), and only violations are collected: @axe-core/playwright's
 * AxeBuilder injected its 550 KB again and opened a blank page for every check, which made axe
 * most of the every-screen gate's time.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const options: RunOptions = {
    runOnly: { type: 'tag', values: AXE_TAGS },
    resultTypes: ['violations'],
    rules: Object.fromEntries(axeExceptions.map((rule) => [rule.id, { enabled: false }])),
  };
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate((runOptions) => (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<AxeResults> } }).axe.run(document, runOptions), options);
  const found = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n${violation.nodes.map((node) => `    ${node.target.join(' ')}`).join('\n')}`,
  );
  expect(found, `axe violations on ${label}:\n${found.join('\n')}`).toEqual([]);
}

/** No horizontal scrolling (WCAG 1.4.10 reflow). */
export async function expectNoHorizontalScroll(page: Page, label: string): Promise<void> {
  const { scrollWidth, clientWidth, outside } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // the innermost elements that stick out, so a failure says what to fix
    const out = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && ![...el.children].some((child) => child.getBoundingClientRect().right > width + 1))
      .slice(0, 3)
      .map((el) => `<${el.tagName.toLowerCase()} class="${String(el.className)}"> to ${Math.round(el.getBoundingClientRect().right)}px`);
    return { scrollWidth: document.documentElement.scrollWidth, clientWidth: width, outside: out };
  });
  expect(scrollWidth, `${label}: page is ${scrollWidth}px wide in a ${clientWidth}px viewport (${outside.join('; ')})`).toBeLessThanOrEqual(clientWidth);
}
