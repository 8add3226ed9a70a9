import { expect, test, type Locator, type Page, ANNA, MARIEKE, chooseLanguage, expectNoAxeViolations, expectNoHorizontalScroll, heading, mockState, resetMock, signIn, startControlled, waitForQueryPersist, writesTo } from './support.ts';

/**
 * The entreevragenlijst end to end at 360×740: filled in partly offline (reload offline halfway,
 * resume, submit offline, come online: exactly one submission on the server), axe on every kind of
 * page (also with the error summary), a coach changes the line with a reason and the client sees
 * it; and the start and a few questions of each kind by keyboard only.
 */

test.beforeEach(async () => {
  await resetMock();
});

type Step =
  | { kind: 'radio'; label: string }
  | { kind: 'checks'; labels: string[] }
  | { kind: 'fill'; value: string }
  | { kind: 'date'; day: string; month: string; year: string }
  | { kind: 'unknown' }
  | { kind: 'skip' };

/** Anna's answers, in the order the questions come (she is 34: the school section is skipped). */
const ANSWERS: Array<[question: string, step: Step, type?: string]> = [
  ['Wanneer had je voor het laatst betaald werk?', { kind: 'radio', label: 'Minder dan een half jaar geleden' }, 'single'],
  ['Hoeveel jaar heb je in totaal betaald gewerkt?', { kind: 'fill', value: '8' }, 'number'],
  ['Wat voor werk deed je het laatst?', { kind: 'fill', value: 'Administratief medewerker' }, 'text'],
  ['Op welke datum stopte je laatste baan?', { kind: 'date', day: '15', month: '9', year: '2026' }, 'date'],
  ['Wat is je hoogste diploma?', { kind: 'radio', label: 'Mbo niveau 2, 3 of 4' }],
  ['Hoe goed spreek je Nederlands?', { kind: 'radio', label: 'Heel goed' }, 'scale'],
  ['Hoe goed kun je Nederlands lezen en schrijven?', { kind: 'radio', label: 'Heel goed' }],
  ['Heb je door je gezondheid moeite met werken?', { kind: 'radio', label: 'Nee' }],
  ['Zorg je voor iemand, zoals kinderen of een ziek familielid?', { kind: 'radio', label: 'Nee' }, 'yesNo'],
  // ---- offline from here
  ['Heb je schulden of zorgen over geld?', { kind: 'radio', label: 'Nee' }],
  ['Heb je een vaste plek om te wonen?', { kind: 'radio', label: 'Ja, een eigen huis of kamer' }],
  ['Hoe kun je naar je werk reizen?', { kind: 'checks', labels: ['Met de fiets', 'Met de bus of trein'] }, 'multiple'],
  ['Heb je een rijbewijs voor de auto (rijbewijs B)?', { kind: 'radio', label: 'Ja' }],
  ['Wat kun je zelf op een computer of telefoon?', { kind: 'checks', labels: ['E-mail lezen en sturen', 'Vacatures zoeken', 'Online solliciteren', 'Een brief of cv maken'] }],
  ['Hoe graag wil je werk vinden?', { kind: 'radio', label: 'Heel graag' }],
  ['Hoe vaak heb je de afgelopen 4 weken naar werk gezocht?', { kind: 'radio', label: 'Elke week' }],
  ['Hoe zeker ben je dat je zelf werk kunt vinden?', { kind: 'radio', label: 'Zeker' }],
  ['Wanneer denk je dat je weer werk hebt?', { kind: 'radio', label: 'Binnen 3 maanden' }],
  ['Wat kun je goed?', { kind: 'checks', labels: ['Samenwerken', 'Plannen en regelen'] }],
  ['Kun je zelf een sollicitatiebrief en een cv maken?', { kind: 'radio', label: 'Ja, helemaal zelf' }],
  ['Hoe makkelijk vind je het om in een gesprek over jezelf te vertellen?', { kind: 'radio', label: 'Makkelijk' }],
  ['Ken je mensen die je kunnen helpen aan werk?', { kind: 'radio', label: 'Ja, een paar mensen' }],
  ['Heb je mensen om je heen verteld dat je werk zoekt?', { kind: 'radio', label: 'Ja' }],
  ['Hoe vaak spreek je mensen buiten je huis?', { kind: 'radio', label: 'Bijna elke dag' }],
  ['Doe je nu een van deze dingen?', { kind: 'checks', labels: ['Een cursus of taalles'] }],
  ['In welk soort werk wil je graag werken?', { kind: 'checks', labels: ['Kantoor'] }],
  ['Welk werk zou je het liefst doen?', { kind: 'skip' }],
  ['Hoeveel uur per week wil je werken?', { kind: 'fill', value: '32' }],
  ['Vanaf welke datum kun je beginnen met werken?', { kind: 'unknown' }],
  ['Wil je nog iets vertellen dat belangrijk is voor werk?', { kind: 'fill', value: 'Ik wil graag parttime werken.' }, 'longText'],
];
const OFFLINE_FROM = 9;
const RELOAD_AT = 14;

function questionHeading(page: Page, text: string): Locator {
  return page.getByRole('heading', { level: 1, name: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
}

async function answerQuestion(page: Page, [text, step]: (typeof ANSWERS)[number]): Promise<void> {
  await expect(questionHeading(page, text)).toBeVisible();
  switch (step.kind) {
    case 'radio':
      await page.getByRole('radio', { name: step.label, exact: true }).check();
      break;
    case 'checks':
      for (const label of step.labels) await page.getByRole('checkbox', { name: label, exact: true }).check();
      break;
    case 'fill':
      await page.getByRole('textbox', { name: new RegExp(`^${text.replace(/[?()]/g, '\\$&')}`) }).fill(step.value);
      break;
    case 'date':
      await page.getByLabel('Dag', { exact: true }).fill(step.day);
      await page.getByLabel('Maand', { exact: true }).fill(step.month);
      await page.getByLabel('Jaar', { exact: true }).fill(step.year);
      break;
    case 'unknown':
      await page.getByRole('checkbox', { name: 'Ik weet het niet' }).check();
      break;
    case 'skip':
      break;
  }
}

async function goOn(page: Page): Promise<void> {
  // Leaving a field revalidates it and updates its inline message (the error summary stays as
  // it was until this submit), so the field is left first and the button clicked where it then is.
  const button = page.getByRole('button', { name: 'Ga verder' });
  await button.focus();
  await button.click();
}

async function annaSubmissions(questionnaireId = 'entree') {
  return (await mockState()).intakeSubmissions.filter((s) => s.clientId === ANNA.id && s.definitionId === questionnaireId);
}

/** The printed confirmation: the answers are there, the site's navigation and buttons are not. */
async function expectPrintedCopy(page: Page, texts: string[]): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  for (const text of texts) await expect(page.getByText(text, { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Je antwoorden' })).toBeVisible();
  await expect(page.locator('header').first()).toBeHidden();
  await expect(page.locator('nav').first()).toBeHidden();
  await expect(page.locator('footer').first()).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print of bewaar je antwoorden' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Terug naar de startpagina' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: 'Print of bewaar je antwoorden' })).toBeVisible();
}

test('the whole intake partly offline: kept over a reload, sent once; axe on every kind of page; a coach decides and the client sees it', async ({
  page,
  context,
  browser,
}) => {
  // about 50 s on a quiet machine: 30 questions, 13 axe runs, three sign-ins
  test.setTimeout(120_000);
  await startControlled(page, ANNA.name);
  await page.getByRole('link', { name: /De entreevragenlijst invullen/ }).click();
  await expect(heading(page, 'Entreevragenlijst')).toBeVisible();
  await expectNoAxeViolations(page, 'start');

  // "Vul je dit in met hulp?" — errors first
  await page.getByRole('button', { name: 'Begin met de vragenlijst' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expectNoAxeViolations(page, 'start with the error summary');
  await page.getByRole('radio', { name: 'Ja, iemand helpt mij' }).check();
  await page.getByRole('textbox', { name: 'Naam van de persoon die helpt' }).fill('Ria Kamminga');
  await page.getByRole('textbox', { name: /^Organisatie/ }).fill('STIP Vinkhuizen');
  await page.getByRole('button', { name: 'Begin met de vragenlijst' }).click();

  const seenTypes = new Set<string>();
  for (let i = 0; i < ANSWERS.length; i += 1) {
    const entry = ANSWERS[i]!;
    const type = entry[2];
    await expect(questionHeading(page, entry[0])).toBeVisible();
    if (i === 0) {
      // nothing chosen: the error summary takes focus and links to the field
      await goOn(page);
      const summary = page.locator('.error-summary');
      await expect(page.getByRole('link', { name: 'Kies een antwoord.' })).toBeVisible();
      await expect(summary).toBeFocused();
      await expectNoAxeViolations(page, 'question with the error summary');
    }
    if (i === 1) {
      await page.getByRole('textbox', { name: /^Hoeveel jaar/ }).fill('99');
      await goOn(page);
      await expect(page.getByRole('link', { name: 'Vul een getal in van 0 tot en met 60.' })).toBeVisible();
      // corrected and left: nothing moves until the next submit (GOV.UK; no layout shift under the mouse)
      const years = page.getByRole('textbox', { name: /^Hoeveel jaar/ });
      const question = questionHeading(page, entry[0]);
      // its place in the page, not in the viewport: filling a field may scroll, which is no shift
      const top = () => question.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      const before = await top();
      await years.fill('8');
      await years.blur();
      await expect(page.locator('.error-summary')).toBeVisible();
      expect(await top()).toBe(before);
    }
    if (i === OFFLINE_FROM) {
      await waitForQueryPersist(page);
      await context.setOffline(true);
    }
    if (i === RELOAD_AT) {
      // reload offline: the answers and the place are kept
      await page.reload();
      await expect(questionHeading(page, entry[0])).toBeVisible();
      await page.getByRole('link', { name: 'Terug' }).click();
      await expect(questionHeading(page, ANSWERS[i - 1]![0])).toBeVisible();
      for (const label of (ANSWERS[i - 1]![1] as { labels: string[] }).labels)
        await expect(page.getByRole('checkbox', { name: label, exact: true })).toBeChecked();
      await goOn(page);
      await expect(questionHeading(page, entry[0])).toBeVisible();
    }
    if (type && !seenTypes.has(type)) {
      seenTypes.add(type);
      await expectNoAxeViolations(page, `question (${type})`);
    }
    await answerQuestion(page, entry);
    await goOn(page);
  }

  await expect(heading(page, 'Controleer je antwoorden')).toBeVisible();
  await expectNoAxeViolations(page, 'check answers');
  // a change returns to the check page
  await page.getByRole('link', { name: 'Wijzigen Hoeveel uur per week wil je werken?' }).click();
  await page.getByRole('textbox', { name: /^Hoeveel uur/ }).fill('28');
  await goOn(page);
  await expect(heading(page, 'Controleer je antwoorden')).toBeVisible();
  await expect(page.locator('[data-question="hours"]')).toContainText('28');

  await page.getByRole('button', { name: 'Verstuur de vragenlijst' }).click();
  await expect(heading(page, 'Je vragenlijst wordt verstuurd')).toBeVisible();
  await expect(page.getByText('wordt verstuurd zodra je weer verbinding hebt')).toBeVisible();
  expect(await annaSubmissions()).toHaveLength(0);

  await context.setOffline(false);
  await expect(heading(page, 'Je vragenlijst is verstuurd')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('intake-proposal')).toContainText('We stellen voor:');
  await expectNoAxeViolations(page, 'confirmation with the proposal');
  const submissions = await annaSubmissions();
  expect(submissions).toHaveLength(1);
  const submission = submissions[0]!;
  expect(submission.helper).toEqual({ name: 'Ria Kamminga', organisation: 'STIP Vinkhuizen' });
  expect(submission.answers).toMatchObject({ lastWork: 'lt6m', experienceYears: 8, hours: 28, startDate: { unknown: true } });
  expect(submission.answers).not.toHaveProperty('inSchool');
  await expect(page.getByTestId('intake-reference')).toHaveText(submission.reference);
  await expectPrintedCopy(page, ['Administratief medewerker', 'Ria Kamminga, STIP Vinkhuizen']);
  const proposed = submission.result.proposal.serviceLine;
  const [otherLine, otherName] = proposed === 'guidedSupport' ? ['selfReliant', 'Zelfdoeners'] : ['guidedSupport', 'Klantondersteuning'];

  // the coach changes the line, with a reason
  const coach = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const coachPage = await coach.newPage();
  await signIn(coachPage, MARIEKE.name);
  await expect(heading(coachPage, 'Mijn cliënten')).toBeVisible();
  // one link per row: the client, then the part
  await coachPage.getByRole('table').getByRole('link', { name: ANNA.name, exact: true }).click();
  await coachPage.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Entreevragenlijst en besluit' }).click();
  await expect(heading(coachPage, `Entreevragenlijst van ${ANNA.name}`)).toBeVisible();
  await expectNoAxeViolations(coachPage, 'coach intake');
  const reason = 'Anna wil eerst een opleiding in de administratie afronden met begeleiding.';
  await coachPage.getByRole('radio', { name: new RegExp(`^${otherName}`) }).check();
  await coachPage.getByRole('textbox', { name: /^Reden van je besluit/ }).fill(reason);
  await coachPage.getByRole('button', { name: 'Besluit opslaan' }).click();
  await expect.poll(async () => (await annaSubmissions())[0]?.decision?.serviceLine).toBe(otherLine);
  await expect(coachPage.getByText(/^Besloten:/)).toBeVisible();
  await coach.close();

  // the client signs in again and sees the decision and the reason
  const again = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const annaAgain = await again.newPage();
  await signIn(annaAgain, ANNA.name);
  await annaAgain.goto('/vragenlijst/uitkomst');
  const decision = annaAgain.getByTestId('intake-decision');
  await expect(decision).toContainText(`Je e-coach heeft besloten: ${otherName}`);
  await expect(decision).toContainText(reason);
  await expect(decision).toContainText(MARIEKE.name);
  await again.close();
});

async function tabTo(page: Page, target: Locator, { back = false, max = 12 } = {}): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

test('by keyboard only: the start page and questions of each kind', async ({ page }) => {
  await startControlled(page, ANNA.name);
  await expect(page.getByRole('link', { name: /De entreevragenlijst invullen/ })).toBeVisible();
  await page.goto('/vragenlijst');
  await expect(heading(page, 'Entreevragenlijst')).toBeVisible();

  // start: "Nee, ik vul het zelf in" with Space, then Enter on the button
  const no = page.getByRole('radio', { name: 'Nee, ik vul het zelf in' });
  await tabTo(page, no, { max: 40 });
  await page.keyboard.press('Space');
  await expect(no).toBeChecked();
  const begin = page.getByRole('button', { name: 'Begin met de vragenlijst' });
  await tabTo(page, begin);
  await page.keyboard.press('Enter');

  // single choice: arrow keys move and choose
  await expect(questionHeading(page, 'Wanneer had je voor het laatst betaald werk?')).toBeVisible();
  const first = page.getByRole('radio', { name: 'Ik werk nu een paar uur per week' });
  await tabTo(page, first, { max: 20 });
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Minder dan een half jaar geleden' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Ga verder' }));
  await page.keyboard.press('Enter');

  // number: typed; "Terug" with Shift+Tab and back again keeps the answer
  await expect(questionHeading(page, 'Hoeveel jaar heb je in totaal betaald gewerkt?')).toBeVisible();
  const years = page.getByRole('textbox', { name: /^Hoeveel jaar/ });
  await tabTo(page, years, { max: 20 });
  await page.keyboard.type('12');
  await tabTo(page, page.getByRole('button', { name: 'Ga verder' }));
  await page.keyboard.press('Enter');

  // text
  await expect(questionHeading(page, 'Wat voor werk deed je het laatst?')).toBeVisible();
  const job = page.getByRole('textbox', { name: /^Wat voor werk/ });
  await tabTo(page, job, { max: 20 });
  await page.keyboard.type('Receptionist');
  await page.keyboard.press('Enter');

  // date: "Ik weet het niet" with Space
  await expect(questionHeading(page, 'Op welke datum stopte je laatste baan?')).toBeVisible();
  const unknown = page.getByRole('checkbox', { name: 'Ik weet het niet' });
  await tabTo(page, unknown, { max: 20 });
  await page.keyboard.press('Space');
  await expect(unknown).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Ga verder' }));
  await page.keyboard.press('Enter');

  // back with Shift+Tab to the "Terug" link: the answer is kept
  await expect(questionHeading(page, 'Wat is je hoogste diploma?')).toBeVisible();
  const backLink = page.getByRole('link', { name: 'Terug' });
  await tabTo(page, backLink, { back: true, max: 20 });
  await page.keyboard.press('Enter');
  await expect(questionHeading(page, 'Op welke datum stopte je laatste baan?')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Ik weet het niet' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Ga verder' }), { max: 20 });
  await page.keyboard.press('Enter');

  // single with "Ik weet het niet" among the choices, then scale and multiple
  await expect(questionHeading(page, 'Wat is je hoogste diploma?')).toBeVisible();
  await tabTo(page, page.getByRole('radio', { name: 'Geen diploma' }), { max: 20 });
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Mbo niveau 2, 3 of 4' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Ga verder' }));
  await page.keyboard.press('Enter');

  await expect(questionHeading(page, 'Hoe goed spreek je Nederlands?')).toBeVisible();
  await tabTo(page, page.getByRole('radio', { name: 'Bijna niet' }), { max: 20 });
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Goed', exact: true })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Ga verder' }));
  await page.keyboard.press('Enter');

  await expect(questionHeading(page, 'Hoe goed kun je Nederlands lezen en schrijven?')).toBeVisible();
  await expect.poll(async () => (await mockState()).intakeDrafts.find((d) => d.clientId === ANNA.id)?.answers).toMatchObject({
    lastWork: 'lt6m',
    experienceYears: 12,
    lastJob: 'Receptionist',
    lastJobEnd: { unknown: true },
    education: 'mbo2plus',
    dutchSpeaking: 3,
  });
});

/** The aanvullende vragenlijst (maatschappelijke participatie): same engine and pages, its own draft and submission. */
const PARTICIPATION_ANSWERS: typeof ANSWERS = [
  ['Wat zou je graag willen doen?', { kind: 'checks', labels: ['Vrijwilligerswerk'] }],
  ['Wat doe je graag?', { kind: 'checks', labels: ['Met mensen werken'] }],
  ['Hoeveel uur per week kun je iets doen?', { kind: 'fill', value: '8' }],
  ['Denk je dat je betaald werk kunt doen als je daar hulp bij krijgt?', { kind: 'radio', label: 'Misschien later' }],
  ['Hoeveel energie heb je op een gewone dag?', { kind: 'radio', label: 'Genoeg' }],
  // ---- offline from here
  ['Kun je zelf naar een andere plek reizen?', { kind: 'radio', label: 'Ja' }],
  ['Doe je nu al vrijwilligerswerk?', { kind: 'radio', label: 'Nee' }],
  ['Hoe graag wil je iets gaan doen buiten je huis?', { kind: 'radio', label: 'Graag' }],
  ['Wat is voor jou het belangrijkste?', { kind: 'radio', label: 'Mensen ontmoeten' }],
  ['Wat maakt het moeilijk om iets te gaan doen?', { kind: 'checks', labels: ['Reizen'] }],
  ['Wil je hier meer over vertellen?', { kind: 'skip' }],
  ['Waar moet een organisatie rekening mee houden?', { kind: 'checks', labels: ['Een rustige plek'] }],
  ['Is er nog iets anders waar een organisatie op moet letten?', { kind: 'skip' }],
  ['Vanaf welke datum kun je beginnen?', { kind: 'unknown' }],
];

test('the aanvullende vragenlijst partly offline: sent once, printable without the rung, and the coach sees its outcome', async ({ page, context, browser }) => {
  test.setTimeout(120_000);
  await startControlled(page, ANNA.name);
  await page.goto('/vragenlijst/aanvullend');
  await expect(heading(page, 'Aanvullende vragenlijst')).toBeVisible();
  await expectNoAxeViolations(page, 'participation start');
  await page.getByRole('radio', { name: 'Nee, ik vul het zelf in' }).check();
  await page.getByRole('button', { name: 'Begin met de vragenlijst' }).click();
  for (let i = 0; i < PARTICIPATION_ANSWERS.length; i += 1) {
    const entry = PARTICIPATION_ANSWERS[i]!;
    if (i === 5) {
      await waitForQueryPersist(page);
      await context.setOffline(true);
    }
    await answerQuestion(page, entry);
    await goOn(page);
  }
  await expect(heading(page, 'Controleer je antwoorden')).toBeVisible();
  await expect(page.locator('[data-question="volunteerWhere"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Verstuur de vragenlijst' }).click();
  await expect(heading(page, 'Je vragenlijst wordt verstuurd')).toBeVisible();
  expect(await annaSubmissions('participation')).toHaveLength(0);

  await context.setOffline(false);
  await expect(heading(page, 'Je vragenlijst is verstuurd')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('participation-next')).toContainText('Je e-coach neemt contact met je op.');
  // the participatieladder rung is for the coach
  await expect(page.getByText(/trede/i)).toHaveCount(0);
  await expectNoAxeViolations(page, 'participation confirmation');
  const submissions = await annaSubmissions('participation');
  expect(submissions).toHaveLength(1);
  expect(submissions[0]!.answers).toMatchObject({ interests: ['volunteering'], hoursPerWeek: 8, travelAlone: 'yes', startDate: { unknown: true } });
  expect(await annaSubmissions('entree')).toHaveLength(0);
  expect(await writesTo(`participation-submission:${ANNA.id}`)).toHaveLength(1);
  await expectPrintedCopy(page, ['Met mensen werken', 'Mensen ontmoeten']);

  const coach = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const coachPage = await coach.newPage();
  await signIn(coachPage, MARIEKE.name);
  await coachPage.goto(`/coach/clienten/${ANNA.id}/vragenlijst`);
  const outcome = coachPage.getByTestId('coach-participation-outcome');
  await expect(outcome).toContainText(/trede \d/);
  await expect(coachPage.getByTestId('coach-participation').getByText('Een rustige plek')).toBeVisible();
  await expectNoAxeViolations(coachPage, 'coach with the aanvullende vragenlijst');
  await coach.close();
});

test('in Arabic (right to left): questions and options from the definition, axe finds nothing, no sideways scrolling', async ({ page }) => {
  await startControlled(page, 'Yasmin Haddad');
  await chooseLanguage(page, 'Taal', 'العربية');
  await page.goto('/vragenlijst/aanvullend');
  await expect(heading(page, 'الاستبيان الإضافي')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('radio', { name: 'لا، أملؤه بنفسي' }).check();
  await page.getByRole('button', { name: 'ابدأ الاستبيان' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ماذا تحب أن تفعل؟' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'العمل التطوعي', exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'Arabic question');
  await expectNoHorizontalScroll(page, 'Arabic question');
});
