import type { Browser, Page } from '@playwright/test';
import { todayIso } from '#mocks/clock.ts';
import { FEATURED_TITLE, jobPostingsFile } from '#test/fixtures/job-postings.ts';
import { expect, test, MARIEKE, expectNoAxeViolations, heading, mockState, resetMock, signIn, waitForQueryPersist } from './support.ts';

/**
 * The regisseur werk (issue 19), on a desktop: imports a JSON-LD file of 50 JobPostings of which
 * 3 are invalid (reported per entry, the 47 imported once); opens one, sees only consenting
 * candidates with the reasons in words, proposes it to three; each client sees the proposal and
 * answers (one applies from it); the regisseur records the outcomes — "aangenomen" offline, kept over
 * a reload and sent exactly once; the outcome, the application and the proposal show on the coach's
 * client page, in the timeline and on the client's vacancies page.
 */

test.use({ viewport: { width: 1280, height: 800 } });
test.describe.configure({ timeout: 240_000 });

test.beforeEach(async () => {
  await resetMock();
});

const BROKER = 'Renate Wubbels';
const CLIENTS = [
  { id: 'client-jayden', name: 'Jayden Pieters', interested: true },
  { id: 'client-sanne', name: 'Sanne Mulder', interested: true },
  { id: 'client-piet', name: 'Piet Hoekstra', interested: false },
] as const;

async function as(browser: Browser, persona: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signIn(page, persona);
  return page;
}

test('import, rank, propose, answer, and the outcome on the regisseur’s and the coach’s screens', async ({ page, browser }) => {
  // --- the regisseur imports the file
  await signIn(page, BROKER);
  await expect(heading(page, 'Vacatures en kandidaten')).toBeVisible();
  await page.getByRole('link', { name: 'Vacatures importeren (JSON-LD)' }).click();
  await expect(heading(page, 'Vacatures importeren')).toBeVisible();
  await page.getByLabel('Bestand').setInputFiles({ name: 'vacatures.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(jobPostingsFile(todayIso())) });
  await expect(page.getByText('47 vacatures zijn toegevoegd.')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('3 vacatures zijn niet toegevoegd', { exact: false })).toBeVisible();
  const problems = page.getByTestId('import-problem');
  await expect(problems).toHaveCount(3);
  await expect(problems.nth(0)).toContainText('Vacature 10 in het bestand');
  await expect(problems.nth(0)).toContainText('Veld title:');
  await expect(problems.nth(1)).toContainText('Vacature 25 in het bestand');
  await expect(problems.nth(2)).toContainText('Vacature 40 in het bestand');
  await expectNoAxeViolations(page, 'import report');
  let state = await mockState();
  expect(state.vacancies.filter((v) => v.title === FEATURED_TITLE)).toHaveLength(1);
  expect(state.writeLog.filter((w) => w.resource.startsWith('vacancy-import:'))).toHaveLength(1);

  // --- opens the imported orderpicker vacancy: only consenting candidates, with reasons
  await page.getByRole('link', { name: 'Naar de vacatures', exact: true }).click();
  await page.getByLabel('Zoek op titel, werkgever of plaats').fill(FEATURED_TITLE);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByRole('link', { name: FEATURED_TITLE }).first().click();
  await expect(heading(page, FEATURED_TITLE)).toBeVisible();
  const candidates = page.getByTestId('candidate');
  await expect(candidates.first()).toBeVisible();
  for (const client of CLIENTS) await expect(candidates.filter({ hasText: client.name })).toHaveCount(1);
  await expect(candidates.filter({ hasText: 'Lotte Jansen' })).toHaveCount(0); // no consent
  const jayden = candidates.filter({ hasText: 'Jayden Pieters' });
  await jayden.getByText('Waarom past Jayden Pieters?').click();
  await expect(jayden.getByText('Orderpicker staat in het zoekprofiel.')).toBeVisible();
  await expectNoAxeViolations(page, 'candidates');

  for (const client of CLIENTS) await page.getByRole('checkbox', { name: `${client.name} voorstellen` }).check();
  await page.getByLabel('Bericht bij het voorstel (mag leeg)').fill('Dit past goed bij wat je zoekt.');
  await page.getByRole('button', { name: 'Voorstellen aan de gekozen kandidaten (3)' }).click();
  await expect(page.getByText('De vacature is voorgesteld aan 3 kandidaten.')).toBeVisible();
  await expect.poll(async () => (await mockState()).vacancyProposals.length, { timeout: 30_000 }).toBe(3);

  // --- each client sees the proposal and answers
  for (const client of CLIENTS) {
    const own = await as(browser, client.name);
    await own.goto('/voorstellen');
    await expect(heading(own, 'Voorstellen van je regisseur werk')).toBeVisible();
    const card = own.getByTestId('proposal').filter({ hasText: FEATURED_TITLE });
    await expect(card.getByText('Je regisseur werk denkt dat deze vacature bij je past, omdat:')).toBeVisible();
    await expect(card.getByText('Dit past goed bij wat je zoekt.')).toBeVisible();
    await card.getByRole('radio', { name: client.interested ? 'Ja, ik heb interesse' : 'Nee, ik heb geen interesse' }).check();
    if (!client.interested) await card.getByLabel('Waarom niet?').fill('Stadskanaal naar Hoogezand is te ver zonder auto.');
    await card.getByRole('button', { name: 'Antwoord versturen' }).click();
    await expect(card.getByText(client.interested ? /Je zei op .* dat je interesse hebt/ : /Je zei op .* dat je geen interesse hebt/)).toBeVisible({ timeout: 30_000 });
    if (client.id === 'client-jayden') {
      // Jayden applies from the proposal: one tap to a logged sollicitatie, which his coach will see
      await card.getByRole('link', { name: new RegExp(FEATURED_TITLE) }).click();
      await own.getByRole('button', { name: 'Ik heb gesolliciteerd' }).click();
      await expect.poll(async () => (await mockState()).vacancyApplications.filter((a) => a.clientId === client.id).length, { timeout: 30_000 }).toBe(1);
    }
    await own.context().close();
  }

  // --- the regisseur sees the answers and records the outcomes
  await page.reload();
  const proposals = page.getByTestId('proposal');
  await expect(proposals).toHaveCount(3);
  await expect(proposals.filter({ hasText: 'Piet Hoekstra' })).toContainText('Stadskanaal naar Hoogezand is te ver');
  await proposals.filter({ hasText: 'Sanne Mulder' }).getByRole('button', { name: 'Gesprek met Sanne Mulder' }).click();
  await proposals.filter({ hasText: 'Piet Hoekstra' }).getByRole('button', { name: 'Piet Hoekstra is afgewezen' }).click();
  await expect(proposals.filter({ hasText: 'Sanne Mulder' }).getByText('Gesprek', { exact: true })).toBeVisible({ timeout: 30_000 });
  await waitForQueryPersist(page);

  // offline (a train, a basement office): "aangenomen" is kept on the device, also after a reload
  await page.context().setOffline(true);
  await proposals.filter({ hasText: 'Jayden Pieters' }).getByRole('button', { name: 'Jayden Pieters is aangenomen' }).click();
  await page.reload();
  await expect(heading(page, FEATURED_TITLE)).toBeVisible();
  await expect(page.getByTestId('proposal')).toHaveCount(3);
  await expect(proposals.filter({ hasText: 'Jayden Pieters' })).toContainText('Wacht op verbinding');
  expect((await mockState()).placements).toHaveLength(0);

  // online again: recorded exactly once
  await page.context().setOffline(false);
  await expect(proposals.filter({ hasText: 'Jayden Pieters' }).getByText('Aangenomen')).toBeVisible({ timeout: 30_000 });
  await expect.poll(async () => (await mockState()).placements.length, { timeout: 30_000 }).toBe(1);
  state = await mockState();
  expect(state.placements[0]).toMatchObject({ clientId: 'client-jayden' });
  const hired = state.vacancyProposals.find((p) => p.clientId === 'client-jayden')!;
  expect(hired.steps.filter((step) => step.status === 'hired')).toHaveLength(1);
  expect(state.writeLog.filter((w) => w.resource === `proposal:${hired.id}`)).toHaveLength(2); // proposed, then hired

  // --- the coach sees the outcome on the client's page
  const coach = await as(browser, MARIEKE.name);
  await coach.goto('/coach/clienten/client-jayden');
  // on the client page: the counts, and the application and the proposal's steps in the timeline
  await expect(coach.getByRole('link', { name: 'Vacatures, sollicitaties en voorstellen' }).locator('xpath=..')).toContainText('gesolliciteerd: 1, voorgesteld: 1');
  const timeline = coach.getByRole('region', { name: 'Tijdlijn' });
  await expect(timeline.getByText('Gesolliciteerd via Vacatures: verstuurd')).toBeVisible();
  await expect(timeline.getByText('Vacature van de regisseur werk: aangenomen')).toBeVisible();
  await coach.getByRole('link', { name: 'Vacatures, sollicitaties en voorstellen' }).click();
  await expect(heading(coach, 'Vacatures, sollicitaties en voorstellen')).toBeVisible();
  await expect(coach.getByTestId('application').filter({ hasText: FEATURED_TITLE })).toContainText('Verstuurd');
  const seen = coach.getByTestId('proposal').filter({ hasText: FEATURED_TITLE });
  await expect(seen.locator('.status-tag')).toHaveText('Aangenomen');
  await expect(seen).toContainText('Heeft interesse');
  await expectNoAxeViolations(coach, 'coach proposals');
  await coach.context().close();
});
