import { expect, test, ANNA, editProfile, expectNoAxeViolations, heading, resetMock, serverProfile, signIn, warmServiceWorker } from './support.ts';

/**
 * Public computer, offline, unsent work at sign-out: the page says plainly that it cannot be
 * kept, and offers to wait and try again, or to print what would be lost (in plain words).
 */

test.beforeEach(async () => {
  await resetMock();
});

test('on a public computer, unsent work can be printed before signing out, or sent after waiting', async ({ page, context }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  // the app shell (and each screen's code) comes from the service worker when offline
  await page.goto('/inloggen');
  await warmServiceWorker(page);
  await signIn(page, ANNA.name, { publicComputer: true });
  await page.getByRole('link', { name: 'Mijn gegevens', exact: true }).click();
  await expect(heading(page, 'Mijn gegevens')).toBeVisible();
  // a public computer keeps no read cache: the details must have loaded before the network goes
  await expect(page.getByRole('button', { name: 'Gegevens wijzigen' })).toBeVisible();
  await context.setOffline(true);
  await editProfile(page, { town: 'Haren', phone: '06 11112222' });
  await expect(page.getByTestId('profile-sync-state')).toHaveText('Wacht op verbinding');

  await page.getByRole('link', { name: 'Uitloggen' }).click();
  await expect(heading(page, 'Nog niet alles is verstuurd')).toBeVisible();
  await expect(page.getByText('Dit is een openbare computer: wat nog niet verstuurd is, kunnen we hier niet bewaren.')).toBeVisible();
  await expectNoAxeViolations(page, 'sign-out with unsent work on a public computer');
  await page.getByRole('link', { name: 'Afdrukken wat verloren gaat' }).click();

  await expect(heading(page, 'Wat nog niet is verstuurd')).toBeVisible();
  const change = page.getByTestId('unsent-change');
  await expect(change).toHaveCount(1);
  await expect(change).toContainText('Haren');
  await expect(change).toContainText('06 11112222');
  await expect(change).not.toContainText('client-anna');
  await expectNoAxeViolations(page, 'print what would be lost');
  await page.getByRole('button', { name: 'Afdrukken', exact: true }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  // back online: waiting and trying again sends it; nothing is lost
  await context.setOffline(false);
  await page.getByRole('button', { name: 'Wachten en opnieuw proberen' }).click();
  await expect(page.getByText('Alles is verstuurd. Er gaat niets verloren.')).toBeVisible();
  expect((await serverProfile(ANNA.id)).town).toBe('Haren');
});
