import { readFile } from 'node:fs/promises';
import { jaydenAnswers } from '#src/features/intake/definition/test-answers.ts';
import { expect, test, ANNA, MARIEKE, apiSession, cachedAtRuntime, MOCK_API_URL, expectNoAxeViolations, expectNoHorizontalScroll, heading, mockState, readOutbox, resetMock, signIn, startControlled, waitForQueryPersist } from './support.ts';

/**
 * The e-coach's workspace: the caseload at 1280 px (and still usable at 360 px), sorted by
 * keyboard; a client page; a coach-only note and a participatieladder rung written offline reach the server exactly once;
 * a message to two clients written offline reaches each once after a reload; the three-month review moves a zelfdoener to klantondersteuning and the client sees why on
 * their home; another coach's client is a 403 page without any of their data. Axe on every state.
 */

test.use({ viewport: { width: 1280, height: 800 } });
// a 66-row table and axe on every state take time on a shared two-core machine
test.describe.configure({ timeout: 180_000 });

test.beforeEach(async () => {
  await resetMock();
});

const SANNE = { id: 'client-sanne', name: 'Sanne Mulder' } as const;

test('the caseload: a table at 1280 px, sorted by keyboard, filtered, and usable at 360 px', async ({ page }) => {
  await signIn(page, MARIEKE.name);
  await expect(heading(page, 'Mijn cliënten')).toBeVisible();
  const table = page.getByRole('table', { name: /66 cliënten die jij begeleidt/ });
  await expect(table.getByRole('row')).toHaveCount(67);
  await expectNoAxeViolations(page, 'caseload');
  await expectNoHorizontalScroll(page, 'caseload 1280');

  // by keyboard: Tab to the "Laatste contact" column's button, Enter sorts, Space turns it round
  const header = table.getByRole('columnheader', { name: 'Laatste contact' });
  await page.getByLabel('Zoek op naam').focus();
  const button = header.getByRole('button');
  for (let i = 0; i < 20 && !(await button.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('columnheader', { name: 'Signalen' })).not.toHaveAttribute('aria-sort');
  await page.keyboard.press('Space');
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(table).toHaveAccessibleName(/Gesorteerd op Laatste contact, aflopend/);
  await expectNoAxeViolations(page, 'caseload sorted');

  await page.getByRole('region', { name: /^Signalen/ }).getByRole('button', { name: /Bericht nog niet beantwoord/ }).click();
  await expect(page.getByText(/^\d+ van 66 cliënten getoond$/)).toBeVisible();
  const rows = table.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(0);
  expect(await rows.evaluateAll((all) => all.filter((row) => !row.textContent?.includes('bericht open')).length)).toBe(0);
  await expectNoAxeViolations(page, 'caseload filtered');

  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoHorizontalScroll(page, 'caseload 360');
  await expect(page.getByRole('region', { name: /66 cliënten/ })).toBeVisible();
  await expectNoAxeViolations(page, 'caseload 360');
});

test('a client page; a coach-only note and a rung written offline reach the server exactly once', async ({ page, context }) => {
  await startControlled(page, MARIEKE.name);
  await expect(heading(page, 'Mijn cliënten')).toBeVisible();
  await page.getByRole('table').getByRole('link', { name: ANNA.name, exact: true }).click();
  await expect(heading(page, ANNA.name)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Overzicht' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Tijdlijn' }).getByRole('listitem').first()).toBeVisible();
  await expectNoAxeViolations(page, 'client page');
  await waitForQueryPersist(page);

  await context.setOffline(true);
  const notes = page.getByRole('region', { name: 'Notities' });
  await expect(notes).toContainText('Alleen zichtbaar voor coaches');
  await notes.getByRole('button', { name: 'Notitie opslaan' }).click();
  await expect(page.getByRole('alert')).toContainText('Schrijf een notitie.');
  await expectNoAxeViolations(page, 'note error');
  await notes.getByLabel('Nieuwe notitie').fill('Belde vandaag.\nWil liever in de zorg werken.');
  await notes.getByRole('button', { name: 'Notitie opslaan' }).click();
  await expect(notes.getByText('Nog niet verstuurd')).toBeVisible();
  expect((await readOutbox(page)).filter((r) => r.lane === `coach-client:${ANNA.id}`)).toHaveLength(1);
  await expectNoAxeViolations(page, 'note pending');
  // the participatieladder (issue 21): a rung set offline, with its reason, waits like the note
  const ladder = page.getByRole('region', { name: 'Participatieladder' });
  await expect(ladder).toContainText('Er is nog geen trede bekend.');
  await ladder.getByLabel('Nieuwe trede').selectOption('4');
  await ladder.getByLabel('Reden').fill('Doet vrijwilligerswerk bij de voedselbank.');
  await ladder.getByRole('button', { name: 'Trede opslaan' }).click();
  await expect(ladder.getByText('Trede 4 is opgeslagen op dit apparaat.')).toBeVisible();

  // offline after a reload: the last known page, saying how old it is, with the note still waiting
  await page.reload();
  await expect(heading(page, ANNA.name)).toBeVisible();
  await expect(page.getByText(/Je hebt geen internet. Je ziet de gegevens van/).first()).toBeVisible();
  await expect(notes.getByText('Nog niet verstuurd')).toBeVisible();
  await expect(ladder.getByText('Trede 4 is opgeslagen op dit apparaat.')).toBeVisible();
  await page.getByRole('link', { name: 'Terug naar mijn cliënten' }).click();
  await expect(page.getByRole('table', { name: /66 cliënten/ })).toBeVisible();
  await expect(page.getByText(/Je hebt geen internet/).first()).toBeVisible();
  await expectNoAxeViolations(page, 'caseload offline');
  expect((await mockState()).writeLog.filter((w) => w.resource.startsWith('coachNote:'))).toHaveLength(0);
  // a coach screen never opened online opens offline too: the staff screens are not precached (issue
  // 15), but cached at runtime, all of them warmed once the app runs under the service worker
  await page.goto(`/coach/clienten/${ANNA.id}/taken`);
  await expect(page.locator('main h1').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Er ging iets mis' })).toHaveCount(0);
  await page.goto('/coach');
  await expect(page.getByRole('table', { name: /66 cliënten/ })).toBeVisible();
  // with its stylesheet (coach.css is not in the main one, nor precached: cached at runtime with the screens)
  expect(await cachedAtRuntime(page, /^\/assets\/[\w-]+\.css$/)).toBe(true);
  await expect(page.getByRole('table', { name: /66 cliënten/ })).toHaveCSS('min-inline-size', '1152px');
  // one message to two clients, offline; still waiting after a reload; once online each gets it once
  const bulkText = 'Vrijdag begint het spreekuur een uur later.';
  for (const name of [ANNA.name, SANNE.name]) await page.getByRole('checkbox', { name: `Selecteer ${name}` }).check();
  await page.getByText('Bericht sturen').click();
  await page.getByRole('textbox', { name: 'Je bericht' }).fill(bulkText);
  await page.getByRole('button', { name: 'Stuur naar 2 cliënten' }).click();
  await expect(page.getByText(/opgeslagen voor 2 cliënten/)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('table', { name: /66 cliënten/ })).toBeVisible();
  expect((await readOutbox(page)).filter((r) => r.kind === 'message.send').map((r) => (r.payload as { clientId: string }).clientId).sort()).toEqual([ANNA.id, SANNE.id]);

  await context.setOffline(false);
  await expect.poll(async () => (await mockState()).writeLog.filter((w) => w.resource.startsWith('coachNote:') && w.userId === MARIEKE.id).length, { timeout: 30_000 }).toBe(1);
  await expect.poll(async () => (await mockState()).messages.filter((m) => m.body === bulkText).length, { timeout: 30_000 }).toBe(2);
  expect((await mockState()).messages.filter((m) => m.body === bulkText).map((m) => m.clientId).sort()).toEqual([ANNA.id, SANNE.id]);
  await page.getByRole('table').getByRole('link', { name: ANNA.name, exact: true }).click();
  await expect(notes.getByText(/Wil liever in de zorg werken/)).toBeVisible();
  await expect(notes.getByText('Nog niet verstuurd')).toHaveCount(0);
  // the rung is another write: it may reach the server a moment after the note
  await expect.poll(async () => (await mockState()).writeLog.filter((w) => w.resource === `ladder:${ANNA.id}`).length, { timeout: 30_000 }).toBe(1);
  const state = await mockState();
  expect(state.coachNotes.filter((n) => n.clientId === ANNA.id).map((n) => n.text)).toEqual(['Belde vandaag.\nWil liever in de zorg werken.']);
  expect(state.writeLog.filter((w) => w.resource.startsWith('coachNote:'))).toHaveLength(1);
  // the rung: sent once, in the history with the reason, and the rung the matching reads
  await expect(ladder.getByRole('table')).toContainText('Doet vrijwilligerswerk bij de voedselbank.');
  await expect(ladder.getByRole('img')).toHaveAccessibleName(/^Nu trede 4: Onbetaald werk/);
  expect(state.writeLog.filter((w) => w.resource === `ladder:${ANNA.id}`)).toHaveLength(1);
  expect(state.ladderRungs.find((r) => r.clientId === ANNA.id)?.rung).toBe(4);

  // the client page on a phone
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoHorizontalScroll(page, 'client page 360');
  await expectNoAxeViolations(page, 'client page 360');
});

test('the three-month review moves a zelfdoener to klantondersteuning; the client sees why', async ({ page, browser }) => {
  await signIn(page, MARIEKE.name);
  await page.goto(`/coach/clienten/${SANNE.id}`);
  await expect(heading(page, SANNE.name)).toBeVisible();
  await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Evaluatie na drie maanden' }).click();
  await expect(heading(page, `Evaluatie van ${SANNE.name}`)).toBeVisible();
  await expectNoAxeViolations(page, 'review');
  await page.getByRole('button', { name: 'Evaluatie opslaan' }).click();
  await expect(page.getByRole('alert')).toContainText('Kies hoe het verder gaat.');
  await expectNoAxeViolations(page, 'review errors');

  const answers: Array<[string, string]> = [
    ['Heeft de cliënt genoeg gesolliciteerd (de norm)?', 'Deels'],
    ['Heeft de cliënt de werkmap bijgehouden, met bewijs?', 'Ja'],
    ['Was de cliënt bereikbaar en reageerde op berichten en taken?', 'Nee'],
  ];
  for (const [question, answer] of answers) await page.getByRole('group', { name: question }).getByLabel(answer, { exact: true }).check();
  await page.getByLabel('Naar klantondersteuning').check();
  const reason = 'Je reageert niet vaak op berichten. Bij klantondersteuning krijg je een vaste klantmanager die je meer helpt.';
  await page.getByLabel('Reden').fill(reason);
  // the participatieladder: the register's rung is chosen already; the coach sees another one now
  const rung = page.getByRole('group', { name: 'Op welke trede staat de cliënt nu?' });
  await expect(rung.getByLabel('6 – Betaald werk', { exact: true })).toBeChecked();
  await rung.getByLabel('5 – Betaald werk met ondersteuning').check();
  await expectNoAxeViolations(page, 'review filled');
  await page.getByRole('button', { name: 'Evaluatie opslaan' }).click();
  await expect.poll(async () => (await mockState()).clients.find((c) => c.id === SANNE.id)?.serviceLine).toBe('guidedSupport');
  const state = await mockState();
  expect(state.reviews).toMatchObject([{ clientId: SANNE.id, decision: 'guidedSupport', reason, obligations: { applications: 'partly', workFolder: 'met', reachable: 'notMet' }, rung: 5 }]);
  expect(state.writeLog.filter((w) => w.resource.startsWith('review:'))).toHaveLength(1);
  await expect(page.getByText('Een evaluatie na drie maanden is voor zelfdoeners. Deze cliënt heeft nu: Klantondersteuning.')).toBeVisible();

  // the ladder's history on the client page: the review's rung, newest first
  await page.getByRole('link', { name: 'Terug naar de cliënt' }).click();
  const ladder = page.getByRole('region', { name: 'Participatieladder' });
  const newest = ladder.getByRole('table', { name: 'Geschiedenis van de trede' }).getByRole('row').nth(1);
  await expect(newest).toContainText('5 – Betaald werk met ondersteuning');
  await expect(newest).toContainText(`Driemaandelijks gesprek: ${MARIEKE.name}`);
  await expect(ladder.getByRole('img')).toHaveAccessibleName(/^Nu trede 5: Betaald werk met ondersteuning/);

  const client = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const clientPage = await client.newPage();
  await signIn(clientPage, SANNE.name);
  const section = clientPage.getByRole('region', { name: 'Besluit van je e-coach' });
  await expect(section).toContainText('Je krijgt meer hulp. Je gaat naar klantondersteuning.');
  await expect(section).toContainText(reason);
  await expectNoAxeViolations(clientPage, 'client home with review');
  await expectNoHorizontalScroll(clientPage, 'client home with review');
  await client.close();
});

test('another coach’s client: the 403 page, with none of that client’s data', async ({ page }) => {
  await signIn(page, MARIEKE.name);
  await expect(heading(page, 'Mijn cliënten')).toBeVisible();
  for (const path of ['/coach/clienten/client-henk', '/coach/clienten/client-henk/evaluatie']) {
    await page.goto(path);
    await expect(heading(page, 'Geen toegang')).toBeVisible();
    await expect(page.getByText(/Henk|Dijkstra|Veendam|chauffeur/i)).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Notities' })).toHaveCount(0);
    await expectNoAxeViolations(page, `403 ${path}`);
  }
});

const RUUD = { id: 'coach-ruud', name: 'Ruud Hoekstra' } as const;
const JAYDEN = { id: 'client-jayden', name: 'Jayden Pieters' } as const;

/** Jayden hands in the entreevragenlijst (straight to the mock API, as his own device would). */
async function jaydenHandsIn() {
  const { token } = await apiSession(JAYDEN.id);
  const response = await fetch(`${MOCK_API_URL}/api/clients/${JAYDEN.id}/intake/submissions/e2e-sub-jayden`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({
      definitionVersion: 1,
      helper: null,
      answers: jaydenAnswers,
    }),
  });
  expect(response.status).toBe(201);
}

test('a working day: 100 clients, a signal filter kept, one message to three (once each), the CSV of the rows shown; a decision is not a rubber stamp', async ({ page, browser }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, RUUD.name);
  await expect(heading(page, 'Mijn cliënten')).toBeVisible();
  const table = page.getByRole('table', { name: /100 cliënten die jij begeleidt/ });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(100);
  // compact: at least twelve clients in view at 1440×900 once the skip link took the coach to the table
  await page.getByRole('link', { name: 'Naar de tabel met cliënten' }).click();
  expect(await rows.evaluateAll((all) => all.filter((row) => row.getBoundingClientRect().bottom <= window.innerHeight).length)).toBeGreaterThanOrEqual(12);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: testInfo.outputPath('caseload.png') });

  // a total is a filter; it is kept when the coach comes back
  const total = page.getByRole('region', { name: /^Signalen/ }).getByRole('button', { name: /Bericht nog niet beantwoord/ });
  const expected = Number((await total.textContent())?.match(/(\d+)$/)?.[1]);
  await total.click();
  await expect(total).toHaveAttribute('aria-pressed', 'true');
  await expect(rows).toHaveCount(expected);
  expect(expected).toBeGreaterThanOrEqual(3);
  expect(await rows.evaluateAll((all) => all.every((row) => row.textContent?.includes('Hoog: bericht open')))).toBe(true);
  await expectNoAxeViolations(page, 'caseload filtered on a signal');

  // the CSV holds exactly the rows shown
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download als CSV/ }).click()]);
  const csv = (await readFile((await download.path()) ?? '', 'utf8')).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  expect(csv[0]?.split(';').slice(0, 2)).toEqual(['Naam', 'Dienstverleningslijn']);
  const shownNames = await table.locator('tbody th[scope=row]').allTextContents();
  expect(csv.slice(1).map((line) => line.split(';')[0])).toEqual(shownNames);

  // three clients, one message: each gets it once
  const three = shownNames.slice(0, 3);
  for (const name of three) await page.getByRole('checkbox', { name: `Selecteer ${name}` }).check();
  await expect(page.getByText(/3 cliënten geselecteerd/)).toBeVisible();
  await page.getByText('Bericht sturen').click();
  const text = 'Morgen is het spreekuur gesloten. Stuur gerust een bericht.';
  await page.getByRole('textbox', { name: 'Je bericht' }).fill(text);
  await expectNoAxeViolations(page, 'caseload with a message to three');
  await page.getByRole('button', { name: 'Stuur naar 3 cliënten' }).click();
  await expect(page.getByText(/opgeslagen voor 3 cliënten/)).toBeVisible();
  await expect.poll(async () => (await mockState()).messages.filter((m) => m.body === text).length, { timeout: 30_000 }).toBe(3);
  const state = await mockState();
  const sent = state.messages.filter((m) => m.body === text);
  expect(sent.map((m) => state.clients.find((c) => c.id === m.clientId)?.name).sort()).toEqual([...three].sort());
  expect(state.writeLog.filter((w) => w.resource.startsWith('message:') && w.userId === RUUD.id)).toHaveLength(3);

  // the client page uses the width; back on the caseload the filter is still on
  await table.getByRole('link', { name: three[0], exact: true }).click();
  await expect(heading(page, three[0] ?? '')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Tijdlijn' }).getByRole('listitem').first()).toBeVisible();
  const [overview, notes] = [page.getByRole('heading', { name: 'Overzicht' }), page.getByRole('region', { name: 'Notities' })];
  expect((await notes.boundingBox())!.x).toBeGreaterThan((await overview.boundingBox())!.x + 300);
  await page.screenshot({ path: testInfo.outputPath('client-page.png') });
  await page.getByRole('link', { name: 'Terug naar mijn cliënten' }).click();
  await expect(page.getByRole('region', { name: /^Signalen/ }).getByRole('button', { name: /Bericht nog niet beantwoord/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(rows).toHaveCount(expected);

  // the intake decision: nothing chosen for the coach, a reason when they differ from the proposal
  await jaydenHandsIn();
  const coach = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const marieke = await coach.newPage();
  await signIn(marieke, MARIEKE.name);
  await marieke.goto(`/coach/clienten/${JAYDEN.id}/vragenlijst`);
  await expect(heading(marieke, `Entreevragenlijst van ${JAYDEN.name}`)).toBeVisible();
  const panel = marieke.getByRole('complementary', { name: 'Voorstel en besluit' });
  await expect(panel.getByTestId('coach-proposal')).toContainText('Klantondersteuning');
  for (const radio of await panel.getByRole('radio').all()) await expect(radio).not.toBeChecked();
  await marieke.screenshot({ path: testInfo.outputPath('intake-decision.png') });
  const save = panel.getByRole('button', { name: 'Besluit opslaan' });
  await save.click();
  await expect(marieke.getByRole('alert')).toContainText('Kies een dienstverleningslijn.');
  await panel.getByRole('radio', { name: /^Zelfdoeners/ }).check();
  await save.click();
  await expect(marieke.getByRole('alert')).toContainText('Je kiest iets anders dan het voorstel. Schrijf op waarom.');
  await expectNoAxeViolations(marieke, 'intake decision: reason missing');
  // the panel stays in view while the answers scroll
  await marieke.mouse.wheel(0, 2000);
  await expect(save).toBeInViewport();
  const reason = 'Jayden solliciteert al zelf en wil het eerst alleen proberen.';
  await panel.getByRole('textbox', { name: /^Reden van je besluit/ }).fill(reason);
  // one click saves (it used to take two after the error)
  await save.click();
  await expect.poll(async () => (await mockState()).intakeSubmissions.find((s) => s.clientId === JAYDEN.id)?.decision).toMatchObject({ serviceLine: 'selfReliant', proposedServiceLine: 'guidedSupport', reason });
  await expect(marieke.getByText(/^Besloten: Zelfdoeners/)).toBeVisible();
  await coach.close();
});
