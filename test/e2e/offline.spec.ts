import { expect, test, ANNA, cachedAtRuntime, editProfile, expectNoAxeViolations, heading, navigateTo, profileInputOf, readOutbox, resetMock, serverProfile, startControlled, summaryValue, syncStatus, waitForQueryPersist, writesTo } from './support.ts';

/**
 * Offline: the service worker serves the shell and deep links, the persisted
 * query cache shows the last known data, and profile edits made offline reach
 * the server in order, exactly once.
 */

test.beforeEach(async () => {
  await resetMock();
});

test('guard: with the context offline, requests to /api fail (also from a controlled page)', async ({ page, context }) => {
  await page.goto('/inloggen');
  const personas = () =>
    page.evaluate(() =>
      fetch('/api/auth/personas').then(
        (response) => `status ${response.status}`,
        () => 'failed',
      ),
    );
  expect(await personas()).toBe('status 200');
  // warm up: the service worker controls the page
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  expect(await personas()).toBe('failed');
  await context.setOffline(false);
  expect(await personas()).toBe('status 200');
});

test('offline, a reload shows the shell and the last known data; deep links open', async ({ page, context }) => {
  await startControlled(page, ANNA.name);
  await expect(page.getByRole('list', { name: 'Wat moet je doen?' }).getByRole('listitem')).toHaveCount(4);
  await navigateTo(page, 'Mijn gegevens');
  await expect(summaryValue(page, 'Woonplaats')).toHaveText('Groningen');
  await waitForQueryPersist(page);
  // the rarely used screens were fetched and cached after the sign-in
  await expect.poll(() => cachedAtRuntime(page, /^\/assets\/keep-[\w-]+\.js$/)).toBe(true);

  await context.setOffline(true);
  await expect(syncStatus(page)).toHaveText('Alles is verstuurd');
  await expect(page.getByRole('banner')).toContainText('Geen internet');

  await page.goto('/start');
  await expect(heading(page, 'Mijn zoekperiode')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Wat moet je doen?' }).getByRole('listitem')).toHaveCount(4);
  await expect(page.getByText(/^Je hebt geen internet\. Je ziet de gegevens van \d{1,2}:\d{2}\.$/)).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Geen internet');
  await expectNoAxeViolations(page, 'client home offline');

  await page.reload();
  await expect(heading(page, 'Mijn zoekperiode')).toBeVisible();
  await expect(page.getByText('Hallo Anna de Vries.', { exact: false })).toBeVisible();

  // a deep link typed in the address bar, offline
  await page.goto('/profiel');
  await expect(heading(page, 'Mijn gegevens')).toBeVisible();
  await expect(summaryValue(page, 'Woonplaats')).toHaveText('Groningen');
  await expect(summaryValue(page, 'E-mailadres')).toHaveText('anna.devries@example.nl');
  await expect(page.getByText(/^Je hebt geen internet\. Je ziet de gegevens van/)).toBeVisible();

  // a page never opened before also comes from the precache
  await page.goto('/toegankelijkheid');
  await expect(heading(page, 'Toegankelijkheid')).toBeVisible();
  // another language comes only once chosen online (languages-offline.spec.ts): never chosen on
  // this device, English cannot be chosen offline; the switch says so and the page stays Dutch
  const nav = page.getByRole('navigation', { name: 'Taal' });
  await nav.getByRole('button', { expanded: false }).click();
  await nav.getByRole('listitem').getByRole('button', { name: 'English' }).click();
  await expect(nav.getByRole('status')).toHaveText(
    'Deze taal staat nog niet op dit apparaat en er is nu geen internet. Kies de taal opnieuw als je weer internet hebt.',
  );
  await expect(heading(page, 'Toegankelijkheid')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  // a rarely used screen is not precached (issue 15) but cached at runtime once the app ran online
  // (`warmScreensFor`): never opened, it opens offline too
  await page.goto('/portfolio/bewaren');
  await expect(heading(page, 'Bewaren of meenemen')).toBeVisible();
});

test('profile edited offline, reloaded offline, edited again: both reach the server in order, once each', async ({ page, context }) => {
  await startControlled(page, ANNA.name);
  await expect(heading(page, 'Mijn zoekperiode')).toBeVisible();
  await page.goto('/profiel');
  await expect(summaryValue(page, 'Woonplaats')).toHaveText('Groningen');
  await waitForQueryPersist(page);
  const before = await serverProfile(ANNA.id);
  // the header keeps its height whatever the status says: the page under it never moves when a change is saved or sent
  const headerHeight = () => page.locator('header').first().evaluate((el) => el.getBoundingClientRect().height);
  await expect(syncStatus(page)).toHaveText('Alles is verstuurd');
  const headerAllSent = await headerHeight();

  await context.setOffline(true);
  await editProfile(page, { town: 'Haren', phone: '06 11112222' });
  await expect(page.getByText('Opgeslagen op dit apparaat')).toBeVisible();
  await expect(page.getByTestId('profile-sync-state')).toHaveText('Wacht op verbinding');
  await expect(summaryValue(page, 'Woonplaats')).toHaveText('Haren');
  await expect(syncStatus(page)).toHaveText('1 wijziging wacht');
  expect(await headerHeight()).toBe(headerAllSent);

  await page.reload();
  await expect(heading(page, 'Mijn gegevens')).toBeVisible();
  await expect(summaryValue(page, 'Woonplaats')).toHaveText('Haren');
  await expect(summaryValue(page, 'Telefoonnummer')).toHaveText('06 11112222');
  await expect(page.getByTestId('profile-sync-state')).toHaveText('Wacht op verbinding');
  await expect(syncStatus(page)).toHaveText('1 wijziging wacht');

  // the form opens with the unsent edit; change only the town
  await editProfile(page, { town: 'Zuidlaren' });
  await expect(summaryValue(page, 'Woonplaats')).toHaveText('Zuidlaren');
  await expect(syncStatus(page)).toHaveText('2 wijzigingen wachten');

  const queued = await readOutbox(page);
  expect(queued.map((record) => [record.lane, record.status, profileInputOf(record).town])).toEqual([
    [ANNA.lane, 'pending', 'Haren'],
    [ANNA.lane, 'pending', 'Zuidlaren'],
  ]);
  expect(await writesTo(ANNA.lane)).toHaveLength(0);

  await page.goto('/wijzigingen');
  await expect(page.getByTestId('outbox-waiting')).toHaveCount(2);
  await expectNoAxeViolations(page, 'sync page with waiting changes');

  await context.setOffline(false);
  await expect(syncStatus(page)).toHaveText('Alles is verstuurd');
  await expect(page.getByText('Alles is verstuurd. Er wacht niets op dit apparaat.')).toBeVisible();
  expect(await headerHeight()).toBe(headerAllSent);

  const writes = await writesTo(ANNA.lane);
  expect(writes.map((write) => write.idempotencyKey)).toEqual(queued.map((record) => record.id));
  expect(new Set(writes.map((write) => write.idempotencyKey)).size).toBe(2);
  expect(writes.map((write) => write.version)).toEqual([before.version + 1, before.version + 2]);
  expect(writes.every((write) => write.method === 'PUT' && write.userId === ANNA.id)).toBe(true);
  const after = await serverProfile(ANNA.id);
  // the second edit, made on top of the first: its town, the first one's phone
  expect(after).toMatchObject({ town: 'Zuidlaren', phone: '06 11112222', email: before.email, version: before.version + 2 });
  expect(await readOutbox(page)).toEqual([]);

  await page.goto('/profiel');
  await expect(page.getByTestId('profile-sync-state')).toHaveText('Verstuurd');
  await expect(summaryValue(page, 'Woonplaats')).toHaveText('Zuidlaren');
});
