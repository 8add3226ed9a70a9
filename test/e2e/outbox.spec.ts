import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page, ANNA, changeProfileElsewhere, chooseLanguage, configureMock, editProfile, expectNoAxeViolations, fillProfileForm, heading, mockState, NEXT_DIR, openAnotherTab, OUT_DIR, profileInputOf, readOutbox, resetMock, serverProfile, signIn, summaryValue, syncStatus, warmServiceWorker, writesTo } from './support.ts';

/**
 * The outbox end to end: a lost response replayed with the same key, two tabs,
 * a 412 conflict resolved either way, a 422 with the input kept, 500s retried,
 * and the service worker's update prompt.
 */

test.beforeEach(async () => {
  await resetMock();
});

const PROFILE_PUT = /\/api\/clients\/client-anna\/profile$/;

/** Signs in as Anna and opens her profile (server data loaded). */
async function openProfile(page: Page): Promise<void> {
  await signIn(page, ANNA.name);
  await expect(heading(page, 'Mijn zoekperiode')).toBeVisible();
  await page.getByRole('link', { name: 'Mijn gegevens' }).click();
  await expect(summaryValue(page, 'Woonplaats')).toHaveText('Groningen');
}

/** The Idempotency-Key of every profile PUT this page sends. */
function recordProfilePuts(page: Page): string[] {
  const keys: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'PUT' && PROFILE_PUT.test(request.url())) keys.push(request.headers()['idempotency-key'] ?? '(none)');
  });
  return keys;
}

test('a write whose response was lost when its page closed is replayed by a new page with the same key, once', async ({ context, page }) => {
  await openProfile(page);
  // the server applies the write at once, but holds the response back
  await configureMock({ delayNext: { path: '/profile', method: 'PUT', times: 1, ms: 5_000, stage: 'response' } });
  await editProfile(page, { town: 'Haren' });
  await expect.poll(async () => (await writesTo(ANNA.lane)).length).toBe(1);
  const [inFlight] = await readOutbox(page);
  expect(inFlight).toMatchObject({ lane: ANNA.lane, status: 'sending', payload: { input: { town: 'Haren' } } });
  await page.close();

  // a new tab has no tokens (they live in each tab's sessionStorage): the write waits for signing in
  // again there (the first try answered 401), then goes with the same key
  const replayed = context.waitForEvent('response', (response) => response.request().method() === 'PUT' && PROFILE_PUT.test(response.url()) && response.status() !== 401);
  const next = await openAnotherTab(context, '/profiel');
  const response = await replayed;
  expect(response.request().headers()['idempotency-key']).toBe(inFlight?.id);
  expect(response.status()).toBe(200);
  expect(response.headers()['idempotent-replayed']).toBe('true');

  await expect(syncStatus(next)).toHaveText('Alles is verstuurd');
  await expect(next.getByTestId('profile-sync-state')).toHaveText('Verstuurd');
  await expect(summaryValue(next, 'Woonplaats')).toHaveText('Haren');
  expect(await readOutbox(next)).toEqual([]);
  const writes = await writesTo(ANNA.lane);
  expect(writes.map((write) => write.idempotencyKey)).toEqual([inFlight?.id]);
  expect((await serverProfile(ANNA.id)).town).toBe('Haren');
});

test('two tabs, each with a write made offline: each reaches the server exactly once', async ({ context, page }) => {
  await openProfile(page);
  const second = await openAnotherTab(context, '/profiel');
  await expect(summaryValue(second, 'Woonplaats')).toHaveText('Groningen');
  const sentFirst = recordProfilePuts(page);
  const sentSecond = recordProfilePuts(second);
  const before = await serverProfile(ANNA.id);

  await context.setOffline(true);
  await editProfile(page, { town: 'Haren' });
  await expect(syncStatus(page)).toHaveText('1 wijziging wacht');
  // the other tab hears of it, and shows it
  await expect(syncStatus(second)).toHaveText('1 wijziging wacht');
  await expect(summaryValue(second, 'Woonplaats')).toHaveText('Haren');

  await editProfile(second, { phone: '06 99998888' });
  await expect(syncStatus(second)).toHaveText('2 wijzigingen wachten');
  await expect(syncStatus(page)).toHaveText('2 wijzigingen wachten');
  const queued = await readOutbox(page);
  expect(queued.map((record) => profileInputOf(record).phone)).toEqual([before.phone, '06 99998888']);

  await context.setOffline(false);
  await expect(syncStatus(page)).toHaveText('Alles is verstuurd');
  await expect(syncStatus(second)).toHaveText('Alles is verstuurd');

  const writes = await writesTo(ANNA.lane);
  expect(writes.map((write) => write.idempotencyKey)).toEqual(queued.map((record) => record.id));
  expect(writes.map((write) => write.version)).toEqual([before.version + 1, before.version + 2]);
  // one tab drained; nothing went out twice
  expect([...sentFirst, ...sentSecond].sort()).toEqual(queued.map((record) => record.id).sort());
  expect(await serverProfile(ANNA.id)).toMatchObject({ town: 'Haren', phone: '06 99998888' });
  // both tabs show what the server now holds, whichever of them sent it
  for (const tab of [page, second]) {
    await expect(tab.getByTestId('profile-sync-state')).toHaveText('Verstuurd');
    await expect(summaryValue(tab, 'Woonplaats')).toHaveText('Haren');
    await expect(summaryValue(tab, 'Telefoonnummer')).toHaveText('06 99998888');
  }
});

test.describe('a 412 conflict', () => {
  test('is shown, and "Mijn wijziging bewaren" puts mine on the server', async ({ page }) => {
    await openProfile(page);
    const before = await serverProfile(ANNA.id);
    // another device changes the profile behind this one's back
    await changeProfileElsewhere(ANNA.id, ANNA.id, { town: 'Assen' });

    await editProfile(page, { phone: '06 55556666' });
    await expect(syncStatus(page)).toHaveText('1 wijziging heeft je aandacht nodig');
    await expect(page.getByText('Je gegevens zijn ook ergens anders gewijzigd')).toBeVisible();
    await page.getByRole('link', { name: 'Bekijken en aanpassen' }).click();
    await expect(heading(page, 'Wijzigingen op dit apparaat')).toBeVisible();
    const problem = page.getByTestId('outbox-problem');
    await expect(problem).toHaveCount(1);
    await expect(problem).toContainText('Ook ergens anders gewijzigd');
    await expectNoAxeViolations(page, 'sync page with a conflict');
    expect(await writesTo(ANNA.lane)).toHaveLength(1);

    await problem.getByRole('button', { name: 'Mijn wijziging bewaren' }).click();
    await expect(syncStatus(page)).toHaveText('Alles is verstuurd');
    await expect(page.getByTestId('outbox-problem')).toHaveCount(0);
    const writes = await writesTo(ANNA.lane);
    expect(writes).toHaveLength(2);
    expect(writes[1]?.version).toBe(before.version + 2);
    // mine, made on the old version, wins as a whole
    expect(await serverProfile(ANNA.id)).toMatchObject({ phone: '06 55556666', town: 'Groningen', version: before.version + 2 });
    expect(await readOutbox(page)).toEqual([]);
  });

  test('"De andere wijziging houden" keeps theirs and throws mine away', async ({ browser, page }) => {
    await openProfile(page);
    const before = await serverProfile(ANNA.id);
    // Anna on another device (its own browser context) changes her town
    const otherDevice = await browser.newContext();
    try {
      const other = await otherDevice.newPage();
      await openProfile(other);
      await editProfile(other, { town: 'Assen' });
      await expect(syncStatus(other)).toHaveText('Alles is verstuurd');
    } finally {
      await otherDevice.close();
    }

    await editProfile(page, { phone: '06 55556666' });
    await expect(syncStatus(page)).toHaveText('1 wijziging heeft je aandacht nodig');
    await page.goto('/wijzigingen');
    const problem = page.getByTestId('outbox-problem');
    await expect(problem).toContainText('Ook ergens anders gewijzigd');
    await problem.getByRole('button', { name: 'De andere wijziging houden' }).click();
    await expect(page.getByText('Alles is verstuurd. Er wacht niets op dit apparaat.')).toBeVisible();
    await expect(syncStatus(page)).toHaveText('Alles is verstuurd');
    expect(await readOutbox(page)).toEqual([]);

    const writes = await writesTo(ANNA.lane);
    expect(writes).toHaveLength(1);
    expect(await serverProfile(ANNA.id)).toMatchObject({ town: 'Assen', phone: before.phone, version: before.version + 1 });
    await page.goto('/profiel');
    await expect(summaryValue(page, 'Woonplaats')).toHaveText('Assen');
    await expect(summaryValue(page, 'Telefoonnummer')).toHaveText(before.phone);
    await expect(page.getByTestId('profile-sync-state')).toHaveText('Verstuurd');
  });
});

/** A date as the three form fields, `days` from today in the Netherlands. */
function dutchDate(days: number) {
  const date = new Date(Date.now() + days * 86_400_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'numeric', year: 'numeric' })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return { day: String(Number(parts.day)), month: String(Number(parts.month)), year: String(parts.year) };
}

test('a change the server refuses (422) is shown with the input kept, and can be corrected', async ({ page }) => {
  await openProfile(page);
  // The server's calendar is three days behind: today is still in its future, so it
  // refuses a date the app itself accepts.
  await configureMock({ clockOffsetMs: -3 * 86_400_000 });
  const today = dutchDate(0);
  await editProfile(page, { town: 'Haren', benefitApplicationDate: today });

  await expect(syncStatus(page)).toHaveText('1 wijziging heeft je aandacht nodig');
  const notice = page.getByText('Je wijziging is niet opgeslagen');
  await expect(notice).toBeVisible();
  const futureMessage = 'Deze datum ligt in de toekomst. Vul een datum in van vandaag of eerder.';
  await expect(page.getByRole('main').getByText(futureMessage)).toBeVisible();
  await expectNoAxeViolations(page, 'profile with a refused change');
  expect(await writesTo(ANNA.lane)).toHaveLength(0);

  await page.getByRole('button', { name: 'Bekijken en aanpassen' }).click();
  await expect(heading(page, 'Mijn gegevens wijzigen')).toBeVisible();
  // what the person typed, with the server's message next to the field
  await expect(page.getByRole('textbox', { name: 'Woonplaats', exact: true })).toHaveValue('Haren');
  const dateGroup = page.getByRole('group', { name: 'Wanneer heb je de uitkering aangevraagd?' });
  await expect(dateGroup.getByLabel('Dag', { exact: true })).toHaveValue(today.day);
  await expect(dateGroup.getByLabel('Maand', { exact: true })).toHaveValue(today.month);
  await expect(dateGroup.getByLabel('Jaar', { exact: true })).toHaveValue(today.year);
  await expect(dateGroup).toContainText(futureMessage);
  await expect(dateGroup).toHaveAccessibleDescription(new RegExp(futureMessage.replace(/\./g, '\\.')));
  await expectNoAxeViolations(page, 'profile form with server errors');

  const earlier = dutchDate(-4);
  await fillProfileForm(page, { benefitApplicationDate: earlier });
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(heading(page, 'Mijn gegevens')).toBeVisible();
  await expect(syncStatus(page)).toHaveText('Alles is verstuurd');
  await expect(page.getByText('Je wijziging is niet opgeslagen')).toHaveCount(0);
  await expect(page.getByTestId('profile-sync-state')).toHaveText('Verstuurd');
  expect(await readOutbox(page)).toEqual([]);
  const iso = `${earlier.year}-${earlier.month.padStart(2, '0')}-${earlier.day.padStart(2, '0')}`;
  expect(await serverProfile(ANNA.id)).toMatchObject({ town: 'Haren', benefitApplicationDate: iso });
  expect(await writesTo(ANNA.lane)).toHaveLength(1);
});

test('server errors (500) are retried with the same key until the write lands, once', async ({ page }) => {
  await openProfile(page);
  const sent = recordProfilePuts(page);
  await configureMock({ failNext: { path: '/profile', method: 'PUT', times: 2, status: 500 } });
  await editProfile(page, { town: 'Haren' });
  // the write lands (after two 500s): wait for it first, since "Alles is verstuurd" may still show
  // the moment before the saved change reaches the status line
  await expect.poll(async () => (await writesTo(ANNA.lane)).length, { timeout: 20_000 }).toBe(1);
  await expect(syncStatus(page)).toHaveText('Alles is verstuurd', { timeout: 20_000 });
  await expect(page.getByTestId('profile-sync-state')).toHaveText('Verstuurd');

  const writes = await writesTo(ANNA.lane);
  expect(writes).toHaveLength(1);
  expect(sent).toHaveLength(3);
  expect(new Set(sent)).toEqual(new Set([writes[0]?.idempotencyKey]));
  expect((await serverProfile(ANNA.id)).town).toBe('Haren');
});

// ------------------------------------------------------------- update prompt

const root = fileURLToPath(new URL('../../', import.meta.url));
// resolve, not join: E2E_OUT_DIR may be an absolute path
const servedDir = resolve(root, OUT_DIR);
const nextDir = resolve(root, NEXT_DIR);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

function entryScript(dir: string): string {
  // the build leaves it inert in the HTML; the boot script adds it as a module script (decision 012)
  const match = /<script type="(?:module|werkmap\/module)"[^>]*src="([^"]+)"/.exec(readFileSync(join(dir, 'index.html'), 'utf8'));
  if (!match?.[1]) throw new Error(`no entry script in ${dir}/index.html`);
  return match[1];
}

/** Serves the next build from the served folder; returns how to put the first one back. */
function serveNextBuild(): () => void {
  const before = new Set(filesUnder(servedDir));
  const overwritten = new Map<string, Buffer>();
  for (const file of filesUnder(nextDir)) {
    if (before.has(file)) overwritten.set(file, readFileSync(join(servedDir, file)));
  }
  cpSync(nextDir, servedDir, { recursive: true, force: true });
  return () => {
    for (const file of filesUnder(servedDir)) if (!before.has(file)) rmSync(join(servedDir, file));
    for (const [file, content] of overwritten) writeFileSync(join(servedDir, file), content);
  };
}

/**
 * Closes the browser context (its pages and service worker) before the first build is put back: the
 * new worker warms screens in the background, and a file removed between the preview server's check
 * and its read brought the server down (every later test of the lane then failed to connect).
 */
async function closeBeforeRestoring(page: Page): Promise<void> {
  await page.context().close();
}

function updateCheck(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}

test.describe('the update prompt', () => {
  test.skip(!existsSync(join(nextDir, 'index.html')), `no second build in ${NEXT_DIR} (run npm run test:e2e)`);
  const prompt = (page: Page) => page.getByRole('status').filter({ hasText: 'Er is een nieuwe versie van Werkmap.' });

  test('appears when a new build is served; "Vernieuwen" loads the new version', async ({ page }) => {
    const oldScript = entryScript(servedDir);
    const newScript = entryScript(nextDir);
    expect(newScript, 'the two builds must differ').not.toBe(oldScript);

    await page.goto('/inloggen');
    await warmServiceWorker(page);
    await signIn(page, ANNA.name);
    await expect(heading(page, 'Mijn zoekperiode')).toBeVisible();
    await expect(page.locator('script[type="module"]')).toHaveAttribute('src', oldScript);

    const restore = serveNextBuild();
    try {
      await updateCheck(page);
      await expect(prompt(page)).toBeVisible({ timeout: 20_000 });
      await expectNoAxeViolations(page, 'update prompt');
      await prompt(page).getByRole('button', { name: 'Vernieuwen' }).click();
      await expect(page.locator('script[type="module"]')).toHaveAttribute('src', newScript);
      await expect(heading(page, 'Mijn zoekperiode')).toBeVisible();
      await expect(prompt(page)).toHaveCount(0);
      // the new service worker controls the page, and still signed in
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
      await expect(page.getByRole('banner')).toContainText(ANNA.name);
    } finally {
      await closeBeforeRestoring(page);
      restore();
    }
    expect(entryScript(servedDir)).toBe(oldScript);
  });

  test('never reloads over a half-filled form without asking', async ({ page }) => {
    const oldScript = entryScript(servedDir);
    const newScript = entryScript(nextDir);
    await page.goto('/inloggen');
    await warmServiceWorker(page);
    await signIn(page, ANNA.name);
    await page.getByRole('link', { name: 'Mijn gegevens' }).click();
    await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
    await fillProfileForm(page, { town: 'Half ingevuld' });

    const restore = serveNextBuild();
    try {
      await updateCheck(page);
      await expect(prompt(page)).toBeVisible({ timeout: 20_000 });
      await prompt(page).getByRole('button', { name: 'Vernieuwen' }).click();
      await expect(prompt(page)).toContainText('Je bent nog iets aan het invullen.');
      await expect(page.getByRole('textbox', { name: 'Woonplaats', exact: true })).toHaveValue('Half ingevuld');
      await expect(page.locator('script[type="module"]')).toHaveAttribute('src', oldScript);

      await prompt(page).getByRole('button', { name: 'Toch vernieuwen' }).click();
      await expect(page.locator('script[type="module"]')).toHaveAttribute('src', newScript);
      await expect(heading(page, 'Mijn gegevens')).toBeVisible();
    } finally {
      await closeBeforeRestoring(page);
      restore();
    }
    expect((await mockState()).writeLog).toHaveLength(0);
  });
  test('a language chosen before an update still works offline after it (its texts are not in the precache)', async ({ page, context }) => {
    const newScript = entryScript(nextDir);
    await page.goto('/inloggen');
    await warmServiceWorker(page);
    await signIn(page, ANNA.name);
    await chooseLanguage(page, 'Taal', 'English');
    await expect(heading(page, 'My search period')).toBeVisible();
    const englishTexts = () =>
      page.evaluate(async () => (await (await caches.open('werkmap-languages')).keys()).filter((r) => r.url.includes('/assets/en/')).length);
    await expect.poll(englishTexts).toBeGreaterThan(0);

    const restore = serveNextBuild();
    try {
      await updateCheck(page);
      const update = page.getByRole('status').filter({ hasText: 'There is a new version of Werkmap.' });
      await expect(update).toBeVisible({ timeout: 20_000 });
      await update.getByRole('button', { name: 'Update' }).click();
      await expect(page.locator('script[type="module"]')).toHaveAttribute('src', newScript);
      await expect(heading(page, 'My search period')).toBeVisible();
      // the new build's start warms the language again (a new build may bring new file names):
      // every English text chunk of the new build is cached
      const newEnglish = filesUnder(nextDir).filter((file) => file.startsWith('assets/en/')).map((file) => `/${file}`);
      expect(newEnglish.length).toBeGreaterThan(0);
      const cachedEnglish = () =>
        page.evaluate(async () => (await (await caches.open('werkmap-languages')).keys()).map((r) => new URL(r.url).pathname));
      await expect
        .poll(async () => {
          const cached = await cachedEnglish();
          return newEnglish.filter((path) => !cached.includes(path));
        })
        .toEqual([]);
      await context.setOffline(true);
      await page.reload();
      await expect(heading(page, 'My search period')).toBeVisible();
      await page.goto('/toegankelijkheid');
      await expect(heading(page, 'Accessibility')).toBeVisible();
    } finally {
      await closeBeforeRestoring(page);
      restore();
    }
  });
});
