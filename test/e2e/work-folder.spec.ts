import { expect, test, type Locator, type Page, ANNA, MARIEKE, expectNoAxeViolations, expectNoHorizontalScroll, heading, mockState, readOutbox, resetMock, signIn, startControlled, waitForQueryPersist } from './support.ts';

/**
 * The werkmap: five activities logged offline reach the server exactly once after a reload and
 * coming online; the period is handed in; the coach gives feedback; the client sees it. Axe on
 * every screen, at 360×740; one activity by keyboard only.
 */

test.beforeEach(async () => {
  await resetMock();
});

async function annaActivityWrites() {
  return (await mockState()).writeLog.filter((w) => w.resource.startsWith('activity:') && w.userId === ANNA.id);
}

/** A 2×2 PNG, as a phone's screenshot would be (scaled and turned into a JPEG on the device). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');

async function logActivity(page: Page, employer: string, withPhoto = false) {
  await page.getByRole('link', { name: 'Nieuwe activiteit' }).click();
  await expect(heading(page, 'Nieuwe activiteit')).toBeVisible();
  await page.getByRole('radio', { name: 'Gesolliciteerd op een vacature' }).check();
  await page.getByLabel('Werkgever of organisatie').fill(employer);
  await page.getByLabel('Functie', { exact: true }).fill('Kok');
  await page.getByLabel('Hoe heb je het gedaan?').selectOption({ label: 'Per e-mail' });
  // proof in the same form: kept with the activity, sent after it, once
  if (withPhoto) await page.getByLabel('Bestand kiezen').setInputFiles({ name: 'uitnodiging.png', mimeType: 'image/png', buffer: PNG });
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(heading(page, employer)).toBeVisible();
  if (withPhoto) {
    await expect(page.getByRole('listitem').filter({ hasText: 'uitnodiging.jpg' })).toContainText('Wacht op verbinding');
    await expectNoAxeViolations(page, 'activity with proof');
  }
  await page.getByRole('link', { name: 'Terug naar je werkmap' }).click();
  await expect(heading(page, 'Werkmap')).toBeVisible();
}

test('five activities logged offline reach the server once each; hand in; the coach answers; the client sees it', async ({ page, context, browser }) => {
  test.slow(); // a long journey: about 40 s on the CI machine, near the default limit
  await startControlled(page, ANNA.name);
  await page.getByRole('link', { name: 'Solliciteren' }).click();
  await expect(heading(page, 'Werkmap')).toBeVisible();
  await expect(page.getByTestId('norm-card')).toContainText('3 van 4 activiteiten');
  await expectNoAxeViolations(page, 'werkmap');
  await expectNoHorizontalScroll(page, 'werkmap');
  await waitForQueryPersist(page);

  await context.setOffline(true);
  await page.getByRole('link', { name: 'Nieuwe activiteit' }).click();
  await expect(page.getByRole('group', { name: 'Wat heb je gedaan?' })).toBeVisible();
  await expectNoAxeViolations(page, 'new activity');
  await expectNoHorizontalScroll(page, 'new activity');
  await page.getByRole('link', { name: 'Terug' }).click();
  for (let i = 1; i <= 5; i += 1) await logActivity(page, `Restaurant ${i}`, i === 2);
  expect((await readOutbox(page)).filter((r) => r.lane.startsWith('activity:'))).toHaveLength(6);
  await expect(page.getByText('Wacht op verbinding')).toHaveCount(5);

  await page.reload();
  await expect(heading(page, 'Werkmap')).toBeVisible();
  await expect(page.getByText('Wacht op verbinding')).toHaveCount(5);
  expect(await annaActivityWrites()).toHaveLength(0);

  await context.setOffline(false);
  await expect(page.getByText('Wacht op verbinding')).toHaveCount(0, { timeout: 30_000 });
  const writes = await annaActivityWrites();
  expect(writes).toHaveLength(5);
  expect(new Set(writes.map((w) => w.resource)).size).toBe(5);
  // the photo: on the server exactly once, scaled to a JPEG on the device
  await expect.poll(async () => (await mockState()).writeLog.filter((w) => w.resource.startsWith('proof:')).length).toBe(1);
  const withProof = (await mockState()).activities.filter((a) => a.proofs.length > 0 && a.clientId === ANNA.id);
  expect(withProof.map((a) => [a.employer, a.proofs.map((p) => [p.name, p.type])])).toEqual([['Restaurant 2', [['uitnodiging.jpg', 'image/jpeg']]]]);
  await expect(page.getByTestId('norm-card')).toContainText('8 van 4 activiteiten');

  // hand in the period
  await page.getByRole('link', { name: 'Periode indienen' }).click();
  await expect(heading(page, 'Periode indienen')).toBeVisible();
  await expectNoAxeViolations(page, 'hand in');
  await page.getByRole('button', { name: 'Indienen' }).click();
  await expect(page.getByText('Je hebt de periode ingediend')).toBeVisible();
  await expect.poll(async () => (await mockState()).submissions.filter((s) => s.clientId === ANNA.id).length).toBe(1);
  const submission = (await mockState()).submissions.find((s) => s.clientId === ANNA.id)!;
  expect(submission.activityIds).toHaveLength(9);

  // the coach answers on one of them
  const coach = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const coachPage = await coach.newPage();
  await signIn(coachPage, MARIEKE.name);
  await expect(heading(coachPage, 'Mijn cliënten')).toBeVisible();
  await coachPage.getByRole('table').getByRole('link', { name: ANNA.name, exact: true }).click();
  await coachPage.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Werkmap en feedback' }).click();
  await expect(heading(coachPage, `Werkmap van ${ANNA.name}`)).toBeVisible();
  await expectNoAxeViolations(coachPage, 'coach werkmap');
  const card = coachPage.getByRole('article').filter({ has: coachPage.getByRole('heading', { name: 'Restaurant 3' }) });
  await card.getByText('Reageren').click();
  await card.getByLabel('Niet akkoord').check();
  await card.getByLabel('Toelichting').fill('Hier staat geen contactpersoon bij. Wie heb je gemaild?');
  await card.getByRole('button', { name: 'Reactie opslaan' }).click();
  await expect
    .poll(async () => (await mockState()).writeLog.filter((w) => w.resource.startsWith('feedback:') && w.userId === MARIEKE.id).length)
    .toBe(1);
  // the coach looks at the photo: fetched with the token, shown inline
  await coachPage.getByLabel('Welke activiteiten wil je zien?').selectOption({ label: 'Alle activiteiten' });
  const withPhoto = coachPage.getByRole('article').filter({ has: coachPage.getByRole('heading', { name: 'Restaurant 2' }) });
  await withPhoto.getByRole('button', { name: 'Bekijk bewijs: uitnodiging.jpg' }).click();
  const photo = withPhoto.getByRole('img', { name: 'Bewijs: uitnodiging.jpg' });
  await expect(photo).toBeVisible();
  expect(await photo.getAttribute('src')).toMatch(/^blob:/);
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await coach.close();

  // the client is told on the home screen, and sees it with the activity
  await page.goto('/');
  await expect(page.getByText('Je e-coach heeft gereageerd')).toBeVisible();
  await page.getByRole('link', { name: 'Bekijk je werkmap' }).click();
  await expect(heading(page, 'Werkmap')).toBeVisible();
  await expect(page.getByText('Je e-coach heeft gereageerd')).toBeVisible();
  await page.getByRole('link', { name: 'Restaurant 3' }).first().click();
  await expect(heading(page, 'Restaurant 3')).toBeVisible();
  await expect(page.getByText('Hier staat geen contactpersoon bij. Wie heb je gemaild?')).toBeVisible();
  await expectNoAxeViolations(page, 'activity with feedback');
  // read on the server, so another device knows
  await expect
    .poll(async () => (await mockState()).activities.find((a) => a.employer === 'Restaurant 3' && a.clientId === ANNA.id)?.feedback[0]?.seenAt ?? null)
    .not.toBeNull();
});

/** Presses Tab (or Shift+Tab) until `target` has focus: how a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 40) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

test('by keyboard only: from the werkmap to a new activity, a duplicate warning, saved anyway', async ({ page }) => {
  await startControlled(page, ANNA.name);
  await page.goto('/werkmap');
  await expect(heading(page, 'Werkmap')).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'Nieuwe activiteit' }));
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Nieuwe activiteit')).toBeVisible();
  const type = page.getByRole('radio', { name: 'Gesolliciteerd op een vacature' });
  await tabTo(page, type);
  await page.keyboard.press('Space');
  await expect(type).toBeChecked();
  // date: today is filled in (three fields), then employer
  const employer = page.getByLabel('Werkgever of organisatie');
  await tabTo(page, employer);
  await page.keyboard.type('Zorggroep Noorderlicht');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Administratief medewerker');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Link of nummer van de vacature (niet verplicht)')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByText('Heb je dit al eerder opgeschreven?')).toBeVisible();
  const how = page.getByLabel('Hoe heb je het gedaan?');
  await tabTo(page, how);
  await page.keyboard.press('ArrowDown');
  await expect(how.locator('option:checked')).not.toHaveText('Kies');
  // one back and forth again: the order is the order on screen
  await page.keyboard.press('Shift+Tab');
  await expect(how).not.toBeFocused();
  await page.keyboard.press('Tab');
  await expect(how).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Opslaan' }));
  await page.keyboard.press('Enter');
  const anyway = page.getByRole('button', { name: 'Toch opslaan' });
  await expect(anyway).toBeVisible();
  await tabTo(page, anyway);
  await page.keyboard.press('Space');
  await expect(heading(page, 'Zorggroep Noorderlicht')).toBeVisible();
  await expect.poll(async () => (await annaActivityWrites()).length).toBe(1);
});

test("the coach sets the norm and a holiday; the client's counter follows", async ({ page, browser }) => {
  const nextYear = new Date().getFullYear() + 1;
  await startControlled(page, MARIEKE.name);
  await page.goto(`/coach/clienten/${ANNA.id}/werkmap`);
  await expect(heading(page, `Werkmap van ${ANNA.name}`)).toBeVisible();
  await page.getByRole('link', { name: 'Norm, vakantie en ontheffingen aanpassen' }).click();
  await expect(heading(page, `Norm van ${ANNA.name}`)).toBeVisible();
  await page.getByLabel('Aantal activiteiten per periode').fill('5');
  await page.getByRole('button', { name: 'Vakantie of ontheffing toevoegen' }).click();
  const period = page.getByRole('group', { name: 'Vrije periode 1' });
  await period.getByLabel('Soort').selectOption({ label: 'Vakantie' });
  for (const [legend, day] of [['Van', '5'], ['Tot en met', '7']] as const) {
    const date = period.getByRole('group', { name: legend });
    await date.getByLabel('Dag').fill(day);
    await date.getByLabel('Maand').fill('1');
    await date.getByLabel('Jaar').fill(String(nextYear));
  }
  await expectNoAxeViolations(page, 'norm form');
  await expectNoHorizontalScroll(page, 'norm form');
  await page.getByRole('button', { name: 'Norm opslaan' }).click();
  await expect(page.getByTestId('norm-sync-state')).toContainText('Verstuurd');
  expect((await mockState()).writeLog.filter((w) => w.resource === `norm:${ANNA.id}`)).toHaveLength(1);

  const client = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const clientPage = await client.newPage();
  await startControlled(clientPage, ANNA.name);
  await expect(clientPage.getByText('3 van 5 activiteiten gedaan')).toBeVisible();
  await clientPage.goto('/werkmap');
  await expect(clientPage.getByTestId('norm-card')).toContainText('3 van 5 activiteiten');
  await client.close();
});
