import { expect, test, type Page, ANNA, editProfile, expectNoAxeViolations, heading, resetMock, signIn } from './support.ts';

/**
 * Public computer (STIP) and the inactivity timeout: the warning comes before the end, focus moves
 * into it, one action keeps the session; at the end a public computer keeps nothing.
 */

test.beforeEach(async () => {
  await resetMock();
});

/** Everything the origin keeps in the four browser stores, as text. */
async function deviceStorage(page: Page) {
  return page.evaluate(async () => {
    const local = Object.fromEntries(Object.entries(localStorage));
    const session = Object.fromEntries(Object.entries(sessionStorage));
    const databases = (await indexedDB.databases()).map((d) => d.name);
    const cacheNames = await caches.keys();
    // the app's own files stay (src/shared/offline/app-caches.ts: the precache, the screens and
    // languages loaded at runtime); anything else they hold that is not a hashed asset is a leak
    const appCaches = ['werkmap-screens', 'werkmap-languages'];
    const cached: string[] = [];
    for (const name of cacheNames.filter((n) => !n.startsWith('workbox-precache'))) {
      const cache = await caches.open(name);
      const urls = (await cache.keys()).map((r) => r.url);
      cached.push(...(appCaches.includes(name) ? urls.filter((url) => !new URL(url).pathname.startsWith('/assets/')) : urls));
    }
    return { local, session, databases, cacheNames, cached };
  });
}

test('on a public computer nothing personal is kept, and the timeout warns first and wipes everything', async ({ page }) => {
  await page.clock.install();
  await signIn(page, ANNA.name, { publicComputer: true });
  await expect(heading(page, 'Mijn zoekperiode')).toBeVisible();
  await page.goto('/profiel');
  await editProfile(page, { town: 'Haren' });
  await expect(page.getByTestId('profile-sync-state')).toHaveText('Verstuurd');

  // while signed in: no session in localStorage, no IndexedDB database of ours
  let stored = await deviceStorage(page);
  expect(Object.keys(stored.local).filter((k) => k !== 'werkmap.language')).toEqual([]);
  expect(stored.databases).not.toContain('werkmap');

  // 7 minutes without activity: the warning (at least two minutes before the end)
  await page.clock.fastForward('07:01');
  const dialog = page.getByRole('dialog', { name: 'Blijf je ingelogd?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Over 3 minuten word je uitgelogd');
  await expect(dialog).toContainText('openbare computer');
  await expect(dialog.getByRole('button', { name: 'Ingelogd blijven' })).toBeFocused();
  await expectNoAxeViolations(page, 'timeout warning');

  // one action keeps the session
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await page.clock.fastForward('05:00');
  await expect(dialog).toBeHidden();
  await expect(heading(page, 'Mijn gegevens')).toBeVisible();

  // then nothing for ten minutes: signed out, with a page that says what happened
  await page.clock.fastForward('10:01');
  await expect(heading(page, 'Je bent automatisch uitgelogd')).toBeVisible();
  await expect(page.getByText('Dit was een openbare computer')).toBeVisible();
  await expectNoAxeViolations(page, 'timed out');

  stored = await deviceStorage(page);
  // only the mark that the next sign-in must ask who it is (nothing personal; decision 014)
  expect(Object.keys(stored.local).filter((k) => k !== 'werkmap.language')).toEqual(['werkmap.ask-who-signs-in']);
  expect(stored.session).toEqual({});
  expect(stored.databases).not.toContain('werkmap');
  expect(stored.cached).toEqual([]);
  expect(JSON.stringify(stored)).not.toContain('Haren');
  expect(JSON.stringify(stored)).not.toContain('Anna');

  // the next person sees a clean sign-in page
  await page.goto('/');
  await expect(heading(page, 'Inloggen')).toBeVisible();
  await expect(page.getByRole('banner')).not.toContainText('Anna');
});

test('a token renewal that answers after the public computer\'s wipe stores nothing', async ({ page }) => {
  await page.clock.install();
  await signIn(page, ANNA.name, { publicComputer: true });
  await expect(heading(page, 'Mijn zoekperiode')).toBeVisible();

  // the renewal reaches the provider (the refresh token rotates) but its answer is held
  let renewals = 0;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let delivered!: () => void;
  const answered = new Promise<void>((resolve) => (delivered = resolve));
  await page.route(
    (url) => url.pathname.startsWith('/oidc/'),
    async (route) => {
      if (route.request().method() !== 'POST' || !route.request().postData()?.includes('grant_type=refresh_token')) return route.fallback();
      renewals += 1;
      const response = await route.fetch();
      await released;
      await route.fulfill({ response });
      delivered();
    },
  );

  // the access token lasts 15 minutes and is renewed a minute before; the person stays active
  await page.clock.fastForward('07:01');
  await page.getByRole('button', { name: 'Ingelogd blijven' }).click();
  await page.clock.fastForward('07:00');
  await expect.poll(() => renewals).toBe(1);
  // then ten minutes without activity end the session while the renewal is under way
  await page.clock.fastForward('03:01');
  await expect(heading(page, 'Je bent automatisch uitgelogd')).toBeVisible();
  await expect.poll(async () => (await deviceStorage(page)).session).toEqual({});

  release();
  await answered;
  await page.clock.runFor(2_000);
  const stored = await deviceStorage(page);
  expect(stored.session).toEqual({});
  expect(JSON.stringify(stored)).not.toContain('access_token');
});

test('on one\'s own device the timeout keeps what was saved and brings the person back after signing in', async ({ page }) => {
  await page.clock.install();
  await signIn(page, ANNA.name);
  await page.goto('/profiel');
  await expect(heading(page, 'Mijn gegevens')).toBeVisible();
  await page.clock.fastForward('27:01');
  await expect(page.getByRole('dialog', { name: 'Blijf je ingelogd?' })).toContainText('blijft bewaard');
  await page.clock.fastForward('03:00');
  await expect(heading(page, 'Je bent automatisch uitgelogd')).toBeVisible();
  await expect(page.getByText('Wat je hebt opgeslagen, is bewaard.')).toBeVisible();
  await page.getByRole('link', { name: 'Opnieuw inloggen' }).click();
  // the provider's session still knows Anna, but after the timeout it asks who signs in
  // (prompt=login), so someone who picks up the unlocked phone cannot get in with one click
  await page.getByRole('button', { name: 'Inloggen met DigiD' }).click();
  await expect(page.getByText('Dit is niet de echte DigiD')).toBeVisible();
  await page.getByRole('button', { name: `Inloggen als ${ANNA.name}` }).click();
  await expect(heading(page, 'Mijn gegevens')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('werkmap.ask-who-signs-in'))).toBeNull();
});
