import { expect, test, type Page } from '@playwright/test';
import { ANNA, MARIEKE, expectNoAxeViolations, expectNoHorizontalScroll, heading, mockState, readOutbox, resetMock, signIn, startControlled, waitForQueryPersist } from './support.ts';

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
  await page.getByLabel('Wat heb je gedaan?').selectOption({ label: 'Gesolliciteerd op een vacature' });
  await page.getByLabel('Werkgever of organisatie').fill(employer);
  await page.getByLabel('Functie', { exact: true }).fill('Kok');
  await page.getByLabel('Hoe heb je het gedaan?').selectOption({ label: 'Per e-mail' });
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(heading(page, employer)).toBeVisible();
  if (withPhoto) {
    await page.getByLabel('Bewijs toevoegen').setInputFiles({ name: 'uitnodiging.png', mimeType: 'image/png', buffer: PNG });
    await expect(page.getByRole('listitem').filter({ hasText: 'uitnodiging.jpg' })).toContainText('Wacht op verbinding');
    await expectNoAxeViolations(page, 'activity with proof');
  }
  await page.getByRole('link', { name: 'Terug naar je werkmap' }).click();
  await expect(heading(page, 'Werkmap')).toBeVisible();
}

test('five activities logged offline reach the server once each; hand in; the coach answers; the client sees it', async ({ page, context, browser }) => {
  await startControlled(page, ANNA.name);
  await page.getByRole('link', { name: 'Solliciteren' }).click();
  await expect(heading(page, 'Werkmap')).toBeVisible();
  await expect(page.getByTestId('norm-card')).toContainText('3 van 4 activiteiten');
  await expectNoAxeViolations(page, 'werkmap');
  await expectNoHorizontalScroll(page, 'werkmap');
  await waitForQueryPersist(page);

  await context.setOffline(true);
  await page.getByRole('link', { name: 'Nieuwe activiteit' }).click();
  await expect(page.getByLabel('Wat heb je gedaan?')).toBeVisible();
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
  await expect(heading(coachPage, 'Mijn werkzoekenden')).toBeVisible();
  await coachPage.getByRole('link', { name: `Werkmap ${ANNA.name}` }).click();
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
  await coach.close();

  // the client is told, and sees it with the activity
  await page.goto('/werkmap');
  await expect(page.getByText('Je e-coach heeft gereageerd')).toBeVisible();
  await page.getByRole('link', { name: 'Restaurant 3' }).first().click();
  await expect(heading(page, 'Restaurant 3')).toBeVisible();
  await expect(page.getByText('Hier staat geen contactpersoon bij. Wie heb je gemaild?')).toBeVisible();
  await expectNoAxeViolations(page, 'activity with feedback');
});

test('by keyboard only: a new activity, a duplicate warning, saved anyway', async ({ page }) => {
  await startControlled(page, ANNA.name);
  await page.goto('/werkmap/nieuw');
  await expect(page.getByLabel('Wat heb je gedaan?')).toBeVisible();
  await page.getByLabel('Wat heb je gedaan?').focus();
  await page.keyboard.press('ArrowDown'); // "Gesolliciteerd op een vacature"
  await expect(page.getByLabel('Werkgever of organisatie')).toBeVisible();
  // date: today is filled in (three fields), then employer
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('Tab');
  await expect(page.getByLabel('Werkgever of organisatie')).toBeFocused();
  await page.keyboard.type('Zorggroep Noorderlicht');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Administratief medewerker');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Link of nummer van de vacature (niet verplicht)')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByText('Heb je dit al eerder opgeschreven?')).toBeVisible();
  await page.getByLabel('Hoe heb je het gedaan?').focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('button', { name: 'Opslaan' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Toch opslaan' })).toBeVisible();
  await page.getByRole('button', { name: 'Toch opslaan' }).focus();
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Zorggroep Noorderlicht')).toBeVisible();
  await expect.poll(async () => (await annaActivityWrites()).length).toBe(1);
});
