import {
  ANNA,
  MARIEKE,
  editProfile,
  expect,
  expectNoAxeViolations,
  heading,
  mockState,
  resetMock,
  signIn,
  startControlled,
  summaryValue,
  syncStatus,
  test,
  waitForQueryPersist,
  writesTo,
} from './support.ts';

/**
 * Signing in and out at the OpenID providers (issue 18): the mock backend's providers, with the
 * test DigiD page as their login screen — the only way to sign in (every end-to-end test signs in
 * there, `signIn` in support.ts).
 */

test.beforeEach(async () => {
  await resetMock();
});

test('a client signs in with DigiD on a public computer and out again, at the provider too: the next sign-in asks who it is', async ({ page }) => {
  await page.goto('/inloggen');
  await page.getByRole('checkbox', { name: 'Ik gebruik een openbare computer' }).check();
  await page.getByRole('button', { name: 'Inloggen met DigiD' }).click();
  await expect(page).toHaveURL(/\/oidc\/digid\/interaction\//);
  await expect(page.getByText('Dit is niet de echte DigiD')).toBeVisible();
  await expectNoAxeViolations(page, 'provider login');
  // only clients at DigiD
  await expect(page.getByRole('button', { name: `Inloggen als ${MARIEKE.name}` })).toHaveCount(0);
  await page.getByRole('button', { name: `Inloggen als ${ANNA.name}` }).click();
  await expect(heading(page, 'Mijn zoekperiode')).toBeVisible();
  // on a public computer the session lives in sessionStorage, without the token (docs/decisions/014)
  expect(await page.evaluate(() => localStorage.getItem('werkmap.session'))).toBeNull();
  expect(await page.evaluate(() => sessionStorage.getItem('werkmap.session'))).toMatch(/"publicComputer":true/);
  expect(await page.evaluate(() => sessionStorage.getItem('werkmap.session'))).not.toMatch(/eyJ/);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('werkmap.oidc.')))).toEqual([]);

  await page.getByRole('link', { name: 'Uitloggen' }).click();
  await expect(heading(page, 'Je bent uitgelogd')).toBeVisible();
  await expect(page).toHaveURL(/\/uitgelogd$/);
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('werkmap.')))).toEqual([]);
  await expect.poll(async () => (await mockState()).sessions.filter((s) => s.userId === ANNA.id).length).toBe(0);

  // the next person at this computer, who does not tick the box (so the app does not ask the
  // provider to ask, prompt=login): the provider's session ended with the sign-out, so it asks who
  // signs in instead of signing Anna in again
  await page.getByRole('link', { name: 'Inloggen' }).first().click();
  await expect(page.getByRole('checkbox', { name: 'Ik gebruik een openbare computer' })).not.toBeChecked();
  await page.getByRole('button', { name: 'Inloggen met DigiD' }).click();
  await expect(page.getByText('Dit is niet de echte DigiD')).toBeVisible();
  await expect(page).toHaveURL(/\/oidc\/digid\/interaction\//);
  await expect(heading(page, 'Inloggen met DigiD')).toBeVisible();
});

test('a coach signs in as an employee and out again', async ({ page }) => {
  await signIn(page, MARIEKE.name);
  await expect(heading(page, 'Mijn cliënten')).toBeVisible();
  await page.getByRole('link', { name: 'Uitloggen' }).click();
  await expect(heading(page, 'Je bent uitgelogd')).toBeVisible();
});

test('a cancelled sign-in is explained in plain Dutch', async ({ page }) => {
  await page.goto('/inloggen');
  await page.getByRole('checkbox', { name: 'Ik gebruik een openbare computer' }).check();
  await page.getByRole('button', { name: 'Inloggen met DigiD' }).click();
  await page.getByRole('button', { name: 'Annuleren en terug naar Werkmap' }).click();
  await expect(heading(page, 'Je bent niet ingelogd')).toBeVisible();
  await expect(page.getByText('Je hebt het inloggen afgebroken.')).toBeVisible();
  await expectNoAxeViolations(page, 'sign-in cancelled');
  await page.getByRole('link', { name: 'Opnieuw inloggen' }).click();
  await expect(heading(page, 'Inloggen')).toBeVisible();
});

test('offline with the tokens gone: the app opens with its data, a write waits and is sent once after signing in again', async ({ page, context }) => {
  await startControlled(page, ANNA.name);
  await page.goto('/profiel');
  await expect(summaryValue(page, 'Woonplaats')).toHaveText('Groningen');
  await waitForQueryPersist(page);

  // the browser was closed (the tokens lived in sessionStorage), and there is no network
  await page.evaluate(() => {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith('werkmap.oidc')) sessionStorage.removeItem(key);
  });
  await context.setOffline(true);
  await page.reload();
  await expect(summaryValue(page, 'Woonplaats')).toHaveText('Groningen');
  await editProfile(page, { town: 'Haren' });
  await expect(page.getByTestId('profile-sync-state')).toHaveText('Wacht op verbinding');

  await context.setOffline(false);
  await expect(heading(page, 'Log opnieuw in')).toBeVisible();
  expect(await writesTo(ANNA.lane)).toHaveLength(0);
  await page.getByRole('button', { name: 'Opnieuw inloggen' }).click();
  // one's own device: the provider's session still knows Anna, so one click signs her in again
  await page.getByRole('button', { name: 'Inloggen met DigiD' }).click();
  await expect(page).toHaveURL(/\/profiel$/);
  await expect(syncStatus(page)).toHaveText('Alles is verstuurd');
  await expect(summaryValue(page, 'Woonplaats')).toHaveText('Haren');
  expect(await writesTo(ANNA.lane)).toHaveLength(1);
});
