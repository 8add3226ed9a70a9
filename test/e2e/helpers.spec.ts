import { expect, test, type Page, RIA, accessToken, editProfile, expectNoAxeViolations, expectNoHorizontalScroll, heading, mockState, navigateTo, resetMock, signIn } from './support.ts';

/**
 * Machtigen (issue 8): a STIP helper acts for a client who authorised them. The banner shows on
 * every page, changes are recorded as "Ria Kamminga namens jou", read scope cannot write, a
 * withdrawn authorisation ends the access at once, and no response the helper gets holds the BSN.
 */

const YASMIN = { id: 'client-yasmin', name: 'Yasmin El Amrani' } as const;

test.beforeEach(async () => {
  await resetMock();
});

/** Collects the body of every API response the page receives. */
function recordApiBodies(page: Page): string[] {
  const bodies: string[] = [];
  page.on('response', (response) => {
    if (!new URL(response.url()).pathname.startsWith('/api/')) return;
    void response
      .text()
      .then((text) => bodies.push(text))
      .catch(() => {});
  });
  return bodies;
}

async function signOutHere(page: Page): Promise<void> {
  await page.goto('/uitloggen');
  await page.waitForURL('**/uitgelogd');
}

async function clientName(id: string): Promise<string> {
  const state = await mockState();
  return state.clients.find((c) => c.id === id)?.name ?? id;
}

test('a helper acts for Yasmin, changes her profile; Yasmin and her coach see who did it', async ({ page }) => {
  const name = await clientName(YASMIN.id);
  const bsn = (await mockState()).clients.find((c) => c.id === YASMIN.id)?.bsn ?? 'missing';
  const bodies = recordApiBodies(page);

  await signIn(page, RIA.name);
  await expect(heading(page, 'Voor wie mag je iets doen?')).toBeVisible();
  await expectNoAxeViolations(page, 'helper home');
  await page.getByRole('button', { name: `Handel namens ${name}` }).click();

  const banner = page.getByTestId('acting-banner');
  await expect(banner).toContainText(`Je handelt namens ${name}`);
  await expectNoAxeViolations(page, 'client home while acting');
  await page.goto('/profiel');
  await expect(banner).toContainText(`Je handelt namens ${name}`);
  await editProfile(page, { town: 'Haren' });
  await expect(page.getByTestId('profile-sync-state')).toHaveText('Verstuurd');
  const state = await mockState();
  expect(state.profiles.find((p) => p.clientId === YASMIN.id)?.town).toBe('Haren');
  expect(state.changeLog).toEqual([
    expect.objectContaining({ actorId: RIA.id, actorName: RIA.name, actorRole: 'helper', onBehalfOfClientId: YASMIN.id, summary: 'profile' }),
  ]);

  await page.goto('/mijn-gegevens/wijzigingen');
  await expect(banner).toBeVisible();
  await page.goto('/werkmap');
  await expect(banner).toBeVisible();

  // Stop: back to the helper's own list, no banner
  await banner.getByRole('button', { name: 'Stop' }).click();
  await expect(heading(page, 'Voor wie mag je iets doen?')).toBeVisible();
  await expect(banner).toBeHidden();

  // the BSN was in no response the helper got
  expect(bodies.length).toBeGreaterThan(5);
  for (const body of bodies) expect(body).not.toContain(bsn);

  // Yasmin sees who changed what, for her
  await signOutHere(page);
  await signIn(page, name);
  await page.goto('/mijn-gegevens/wijzigingen');
  await expect(heading(page, 'Wie heeft wat gewijzigd')).toBeVisible();
  await expect(page.getByTestId('change').first()).toContainText('Ria Kamminga namens jou');
  await expect(page.getByTestId('change').first()).toContainText('Contactgegevens en aanvraag gewijzigd');
  await expectNoAxeViolations(page, 'change history');

  // her coach too
  await signOutHere(page);
  await signIn(page, 'Marieke Bakker');
  await page.goto(`/coach/clienten/${YASMIN.id}/wijzigingen`);
  await expect(page.getByTestId('change').first()).toContainText('Ria Kamminga (STIP-medewerker) namens de cliënt');
});

test('with read scope the helper sees but cannot change, and the server refuses writes', async ({ page }) => {
  const henk = await clientName('client-henk');
  await signIn(page, RIA.name);
  await page.getByRole('button', { name: `Handel namens ${henk}` }).click();
  const banner = page.getByTestId('acting-banner');
  await expect(banner).toContainText('Je mag alleen meekijken');
  await page.goto('/profiel');
  await expect(heading(page, 'Mijn gegevens')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Gegevens wijzigen' })).toHaveCount(0);
  // the tasks show, without a box to tick; the CVs without "Cv maken"
  await navigateTo(page, 'Taken');
  await expect(page.getByText('Neem je diploma mee naar het gesprek')).toBeVisible();
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await navigateTo(page, 'Cv');
  await expect(heading(page, 'Cv')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cv maken' })).toHaveCount(0);
  await page.goto('/vragenlijst');
  await expect(heading(page, 'Entreevragenlijst')).toBeVisible();
  await expect(page.getByText('Er is nog niets ingevuld.').or(page.getByRole('link', { name: 'Bekijk de antwoorden tot nu toe' }))).toBeVisible();
  await expect(page.getByRole('button', { name: 'Begin met de vragenlijst' })).toHaveCount(0);
  // a page that exists to change things, typed in the address bar: it says why there is no form
  await page.goto('/werkmap/nieuw');
  await expect(heading(page, 'Alleen bekijken')).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expectNoAxeViolations(page, 'read-only page');
  await expectNoHorizontalScroll(page, 'read-only page');
  // even a hand-made request is refused
  const token = await accessToken(page);
  const status = await page.evaluate(async (bearer) => {
    const response = await fetch('/api/clients/client-henk/profile', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bearer}` },
      body: JSON.stringify({ preferredName: 'Henk', phone: '', email: '', town: 'Assen', benefitApplicationDate: null, registeredWithUwv: false, uwvRegistrationDate: null }),
    });
    return response.status;
  }, token);
  expect(token).toMatch(/^eyJ/);
  expect(status).toBe(403);
  expect((await mockState()).changeLog).toEqual([]);
});

test('when Yasmin withdraws the authorisation, the helper loses access at once', async ({ page, browser, baseURL }) => {
  const name = await clientName(YASMIN.id);
  await signIn(page, RIA.name);
  await page.getByRole('button', { name: `Handel namens ${name}` }).click();
  await expect(page.getByTestId('acting-banner')).toBeVisible();

  // Yasmin, on her own device, withdraws it
  const other = await browser.newContext({ baseURL });
  const yasmin = await other.newPage();
  await signIn(yasmin, name);
  await yasmin.goto('/mijn-gegevens/machtigingen');
  const item = yasmin.getByTestId('authorisation').filter({ hasText: RIA.name }).filter({ hasText: 'Geldig tot en met' });
  await item.getByRole('button', { name: /intrekken/i }).click();
  await expect(item.getByText(`Wil je de machtiging van ${RIA.name} intrekken?`)).toBeVisible();
  await expectNoAxeViolations(yasmin, 'withdraw confirm');
  await item.getByRole('button', { name: 'Ja, intrekken' }).click();
  await expect(yasmin.getByText(`De machtiging van ${RIA.name} is ingetrokken.`)).toBeVisible();
  await other.close();

  // the helper's next step: no banner, back on their own list, without Yasmin
  await page.goto('/profiel');
  await expect(heading(page, 'Voor wie mag je iets doen?')).toBeVisible();
  await expect(page.getByTestId('acting-banner')).toBeHidden();
  await expect(page.getByRole('button', { name: `Handel namens ${name}` })).toHaveCount(0);
});
