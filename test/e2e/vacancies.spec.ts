import { expect, test, ANNA, expectNoAxeViolations, expectNoHorizontalScroll, heading, mockState, navigateTo, resetMock, startControlled, waitForQueryPersist } from './support.ts';

/**
 * Issue 19 on a phone (360×740): the client fills in the zoekprofiel, sees vacancies that fit with
 * the reasons, saves one; offline finds it again by searching with a typo and taps "Ik heb
 * gesolliciteerd", and changes the zoekprofiel (kept over a reload); back online the werkmap holds
 * exactly one activity, linked to the vacancy, and the zoekprofiel's change reached the server once.
 */

test.use({ viewport: { width: 360, height: 740 } });

test.beforeEach(async () => {
  await resetMock();
});

/** The word with its fourth letter left out: one typo. */
const typo = (word: string) => word.slice(0, 3) + word.slice(4);

test('zoekprofiel, "Past bij jou", Bewaren; offline: search with a typo and apply; online: one linked werkmap activity', async ({ page, context }) => {
  await startControlled(page, ANNA.name);
  await navigateTo(page, 'Vacatures');
  await expect(heading(page, 'Vacatures')).toBeVisible();

  // the zoekprofiel: consent off by default
  await page.getByRole('link', { name: 'Mijn zoekprofiel' }).click();
  await expect(heading(page, 'Mijn zoekprofiel')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Regisseurs werk mogen mij voorstellen bij werkgevers' })).not.toBeChecked();
  await page.getByRole('group', { name: /Welk werk zoek je/ }).getByRole('checkbox', { name: 'Orderpicker' }).check();
  await page.getByLabel('Hoe ver wil je reizen?').fill('30');
  await expectNoAxeViolations(page, 'search profile');
  await page.getByRole('button', { name: 'Zoekprofiel opslaan' }).click();
  await expect(page.getByText('Je zoekprofiel is opgeslagen.')).toBeVisible();
  await expect.poll(async () => (await mockState()).searchProfiles.find((p) => p.clientId === ANNA.id)?.occupations).toEqual(['9321']);

  // vacancies that fit, with the reasons in words
  await page.getByRole('link', { name: 'Naar de vacatures' }).click();
  await expect(heading(page, 'Vacatures')).toBeVisible();
  const first = page.locator('.vacancy-card').first();
  await expect(first).toContainText('Past bij jou, omdat:');
  await expect(first).toContainText('Orderpicker staat in het zoekprofiel.');
  await expectNoAxeViolations(page, 'vacancies');
  await expectNoHorizontalScroll(page, 'vacancies');

  // open it and save it
  const title = (await first.getByRole('heading').textContent())!.trim();
  const facts = (await first.locator('.item-card__meta').textContent())!;
  await first.getByRole('link').click();
  await expect(heading(page, title)).toBeVisible();
  await expect(page.locator('.item-body__text')).toHaveAttribute('lang', 'nl');
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByRole('button', { name: 'Bewaard' })).toBeVisible();
  await expect.poll(async () => (await mockState()).savedVacancies.filter((s) => s.clientId === ANNA.id).length).toBe(1);
  const vacancyId = (await mockState()).savedVacancies[0]!.vacancyId;
  const employer = (await mockState()).vacancies.find((v) => v.id === vacancyId)!;
  expect(employer.title).toBe(title);
  await page.getByRole('link', { name: 'Terug naar alle vacatures' }).click();
  await expect(heading(page, 'Vacatures')).toBeVisible();
  await waitForQueryPersist(page);

  // offline, after a reload: find it by searching with typos (occupation and employer)
  await context.setOffline(true);
  await page.reload();
  await expect(heading(page, 'Vacatures')).toBeVisible();
  const employerWord = facts.split(' · ')[0]!.split(' ').sort((a, b) => b.length - a.length)[0]!;
  await page.getByRole('searchbox', { name: 'Zoek een vacature' }).fill(`ordepicker ${typo(employerWord)}`);
  const saved = page.locator('.vacancy-card').filter({ hasText: 'Bewaard' });
  await expect(saved).toHaveCount(1);
  await expect(saved.getByRole('heading')).toHaveText(title);
  await saved.getByRole('link').click();
  await expect(heading(page, title)).toBeVisible();
  await page.getByRole('button', { name: 'Ik heb gesolliciteerd' }).click();
  await expect(page.getByText(/^Je hebt gesolliciteerd op /)).toBeVisible();
  await expect(page.getByText('Opgeslagen op dit apparaat. We sturen het als je weer internet hebt.')).toBeVisible();
  expect((await mockState()).vacancyApplications).toHaveLength(0);

  // still offline: a change of the zoekprofiel is kept on the device, also after a reload
  await page.goto('/vacatures/zoekprofiel');
  await expect(heading(page, 'Mijn zoekprofiel')).toBeVisible();
  await page.getByLabel('Hoe ver wil je reizen?').fill('40');
  await page.getByRole('button', { name: 'Zoekprofiel opslaan' }).click();
  await expect(page.getByText('Je zoekprofiel is opgeslagen.')).toBeVisible();
  await page.reload();
  await expect(heading(page, 'Mijn zoekprofiel')).toBeVisible();
  await expect(page.getByLabel('Hoe ver wil je reizen?')).toHaveValue('40');
  expect((await mockState()).searchProfiles.find((p) => p.clientId === ANNA.id)?.maxDistanceKm).toBe(30);

  // online again: exactly one activity in the werkmap, linked to the vacancy; the zoekprofiel's change arrives once
  await context.setOffline(false);
  await expect.poll(async () => (await mockState()).vacancyApplications.length, { timeout: 30_000 }).toBe(1);
  await expect.poll(async () => (await mockState()).searchProfiles.find((p) => p.clientId === ANNA.id)?.maxDistanceKm, { timeout: 30_000 }).toBe(40);
  expect((await mockState()).writeLog.filter((w) => w.resource === `search-profile:${ANNA.id}`)).toHaveLength(2);
  const state = await mockState();
  const application = state.vacancyApplications[0]!;
  expect(application).toMatchObject({ clientId: ANNA.id, vacancyId });
  const linked = state.activities.filter((a) => a.clientId === ANNA.id && a.jobTitle === title && a.employer === employer.employer);
  expect(linked).toHaveLength(1);
  expect(linked[0]).toMatchObject({ id: application.activityId, typeId: 'vacancy' });
  expect(state.writeLog.filter((w) => w.resource.startsWith('vacancy-application:'))).toHaveLength(1);

  // the vacancy says so wherever it appears; the werkmap shows the activity
  await page.goto(`/vacatures/${vacancyId}`);
  await page.getByRole('link', { name: 'Bekijk in je werkmap' }).click();
  await expect(heading(page, employer.employer)).toBeVisible();
  await navigateTo(page, 'Vacatures');
  await page.getByRole('link', { name: 'Bewaard en gesolliciteerd' }).click();
  await expect(heading(page, 'Bewaard en gesolliciteerd')).toBeVisible();
  await expect(page.getByText(/^Je hebt gesolliciteerd op /).first()).toBeVisible();
  await expect(page.getByText('Verstuurd', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'saved and applied');
});
