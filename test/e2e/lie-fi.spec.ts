import { expect, test, type Page, ANNA, configureMock, editProfile, heading, navigateTo, profileInputOf, readOutbox, resetMock, serverProfile, startControlled, summaryValue, syncStatus, writesTo } from './support.ts';

/**
 * Lie-fi (issue 13, item 9): the browser says it is online, the API does not answer (the mock
 * server drops every connection; `vite preview`'s proxy, like a gateway in front of a real API,
 * answers 502). Screens seen before keep their last known data with "Je ziet de gegevens van …",
 * and what can be changed offline can be changed then too.
 */

test.beforeEach(async () => {
  await resetMock();
});

const STALE = /Je ziet de gegevens van/;
const WELCOME = 'Welkom! Ik ben Marieke';

async function expectLastKnown(page: Page, text: string | RegExp): Promise<void> {
  await expect(page.locator('main')).toContainText(text);
  await expect(page.locator('main').getByText(STALE)).toBeVisible();
  await expect(page.getByText('Dit konden we niet laden')).toHaveCount(0);
}

test('the API does not answer while the browser says online: profile and messages show their last known data; a profile change reaches the server once when it answers again', async ({ page }) => {
  test.slow();
  // the repro: sign in, open /profiel, then /werkmap, wait 2 s, make the API unreachable
  await startControlled(page, ANNA.name);
  await page.goto('/profiel');
  await expect(summaryValue(page, 'Woonplaats')).toHaveText('Groningen');
  await page.goto('/berichten');
  await expect(page.getByTestId('conversation')).toContainText(WELCOME);
  await page.goto('/werkmap');
  await expect(heading(page, 'Werkmap')).toBeVisible();
  await page.waitForTimeout(2_000);
  await configureMock({ unreachable: true });
  expect(await page.evaluate(() => navigator.onLine)).toBe(true);

  // "Mijn gegevens" from the menu
  await navigateTo(page, 'Mijn gegevens');
  await expect(heading(page, 'Mijn gegevens')).toBeVisible();
  await expectLastKnown(page, 'anna.devries@example.nl');
  await expect(summaryValue(page, 'Woonplaats')).toHaveText('Groningen');

  await navigateTo(page, /^Berichten/);
  await expect(heading(page, 'Berichten')).toBeVisible();
  await expectLastKnown(page, WELCOME);

  // a reload (the shell from the service worker) after the failed refreshes still finds both
  await page.reload();
  await expect(heading(page, 'Berichten')).toBeVisible();
  await expectLastKnown(page, WELCOME);
  await navigateTo(page, 'Mijn gegevens');
  await expectLastKnown(page, 'anna.devries@example.nl');

  // a profile change can be started and is kept on the device
  const before = await serverProfile(ANNA.id);
  await editProfile(page, { town: 'Haren' });
  await expect(page.getByText('Opgeslagen op dit apparaat')).toBeVisible();
  await expect(page.getByTestId('profile-sync-state')).toHaveText('Wacht op verbinding');
  await expect(summaryValue(page, 'Woonplaats')).toHaveText('Haren');
  const queued = await readOutbox(page);
  expect(queued.map((record) => [record.lane, profileInputOf(record).town])).toEqual([[ANNA.lane, 'Haren']]);
  expect(await writesTo(ANNA.lane)).toHaveLength(0);

  // the API answers again: the change reaches the server exactly once
  await configureMock({ unreachable: false });
  await expect(syncStatus(page)).toHaveText('Alles is verstuurd', { timeout: 45_000 });
  await expect(page.getByTestId('profile-sync-state')).toHaveText('Verstuurd');
  const writes = await writesTo(ANNA.lane);
  expect(writes.map((write) => write.idempotencyKey)).toEqual([queued[0]!.id]);
  const after = await serverProfile(ANNA.id);
  expect(after.town).toBe('Haren');
  expect(after.version).toBe(before.version + 1);
});
