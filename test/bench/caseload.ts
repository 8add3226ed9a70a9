/**
 * Coach workspace figures for a big caseload: 150 clients, each with 200 activities and 100
 * messages (30,000 activities and 15,000 messages in the store).
 * - Node: the mock server's work for the caseload (signals for every client), one client page
 *   and its timeline, answered by the real handlers from a store filled by `scaleSeed()`;
 * - Chromium (1280×800): time until the caseload table shows all 150 rows, and until a client
 *   page shows its overview and first timeline page, with those answers served to the app.
 * Figures only, no assertions (the target: under 500 ms).
 */
import { chromium, type Page } from '@playwright/test';
import { getResponse } from 'msw';
import { findChromium } from '../tools/chromium.ts';
import { printSplit, readSplit, watchFor, type Split } from './split.ts';
import { handlers } from '#mocks/handlers/index.ts';
import { createTestSession } from '#mocks/handlers/auth.ts';
import { db, resetDb } from '#mocks/db.ts';
import { scaleSeed } from '#mocks/seed-coach.ts';
import { MARIEKE, signInAtProvider } from './sign-in.ts';

const CLIENTS = 150;
const ACTIVITIES = 200;
const MESSAGES = 100;
/** Page loads per figure (`BENCH_RUNS`, default 3). */
export const RUNS = Number(process.env.BENCH_RUNS ?? 3) || 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function answer(path: string, token: string): Promise<{ ms: number; body: string; status: number }> {
  const t0 = performance.now();
  const response = await getResponse(handlers, new Request(`http://bench.local/api${path}`, { headers: { Authorization: `Bearer ${token}` } }));
  const body = (await response?.text()) ?? '';
  return { ms: performance.now() - t0, body, status: response?.status ?? 0 };
}

/** Fills the mock store with the big caseload (Marieke's own seed clients go to Sander) and answers the three reads. */
export async function serverFigures() {
  resetDb();
  const t0 = performance.now();
  const seed = scaleSeed(CLIENTS, ACTIVITIES, MESSAGES);
  for (const client of db.clients.list()) if (client.coachId === 'coach-marieke') db.clients.put({ ...client, coachId: 'coach-sander' });
  for (const record of seed.clients) db.clients.put(record);
  for (const record of seed.profiles) db.profiles.put(record);
  for (const record of seed.activities) db.activities.put(record);
  for (const record of seed.messages) db.messages.put(record);
  const seedMs = performance.now() - t0;
  const { token } = await createTestSession('coach-marieke');
  const clientId = seed.clients[0]?.id ?? '';
  const runs = { caseload: [] as number[], client: [] as number[], timeline: [] as number[] };
  let bodies = { caseload: '', client: '', timeline: '', ladder: '' };
  for (let i = 0; i < 5; i += 1) {
    const caseload = await answer('/coach/caseload', token);
    const client = await answer(`/coach/clients/${clientId}`, token);
    const timeline = await answer(`/clients/${clientId}/timeline`, token);
    if (caseload.status !== 200 || client.status !== 200 || timeline.status !== 200) throw new Error('bench: the mock refused a read');
    runs.caseload.push(caseload.ms);
    runs.client.push(client.ms);
    runs.timeline.push(timeline.ms);
    bodies = { caseload: caseload.body, client: client.body, timeline: timeline.body, ladder: bodies.ladder };
  }
  // the client page reads the participatieladder too (the preview's mock does not know the bench clients)
  const ladder = await answer(`/clients/${clientId}/ladder`, token);
  if (ladder.status !== 200) throw new Error('bench: the mock refused the ladder');
  bodies.ladder = ladder.body;
  console.log(`Coach workspace, ${CLIENTS} clients × ${ACTIVITIES} activities × ${MESSAGES} messages (mock server in Node, median of 5)`);
  console.log(`  store filled in ${seedMs.toFixed(0)} ms (${db.activities.size} activities, ${db.messages.size} messages)`);
  console.log(
    `  GET /coach/caseload ${median(runs.caseload).toFixed(1)} ms (${(bodies.caseload.length / 1024).toFixed(0)} KiB), client ${median(runs.client).toFixed(1)} ms, timeline page ${median(runs.timeline).toFixed(1)} ms`,
  );
  return { clientId, bodies };
}

/** Clicks `click` from inside the page and returns the ms until `until` is in the document (measured by the page's own clock). */
async function clickAndTime(page: Page, click: string, until: string): Promise<number> {
  await page.evaluate((selector) => {
    (window as unknown as { benchStart: number }).benchStart = performance.now();
    document.querySelector<HTMLElement>(selector)?.click();
  }, click);
  const done = await page.waitForFunction(
    (selector) => (document.querySelector(selector) ? performance.now() - (window as unknown as { benchStart: number }).benchStart : false),
    until,
    { polling: 'raf' },
  );
  return Math.round((await done.jsonValue()) as number);
}

/** Prints server figures, then the render figures in Chromium against the preview build at `baseUrl`. */
export async function printCaseloadFigures(baseUrl: string) {
  const { bodies } = await serverFigures();
  const executablePath = findChromium();
  if (!executablePath) {
    console.log('Coach workspace render: skipped (no Chromium found)');
    return bodies;
  }
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const fromLink: number[] = [];
    const fromLoad: number[] = [];
    const clientPage: number[] = [];
    const splits: Split[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      const json = (body: string) => ({ status: 200, contentType: 'application/json', body });
      await page.route('**/api/coach/caseload', (route) => route.fulfill(json(bodies.caseload)));
      // every client page gets the first bench client's answers (the row clicked depends on the sort)
      await page.route('**/api/coach/clients/*', (route) => route.fulfill(json(bodies.client)));
      await page.route('**/api/clients/*/timeline*', (route) => route.fulfill(json(bodies.timeline)));
      await page.route('**/api/clients/*/ladder', (route) => route.fulfill(json(bodies.ladder)));
      const lastRow = `table.caseload tbody tr:nth-child(${CLIENTS})`;
      await watchFor(page, { 'first 20 rows': 'table.caseload tbody tr:nth-child(20)', 'all rows': lastRow });
      await signInAtProvider(page, baseUrl, MARIEKE);
      await page.locator(lastRow).waitFor();

      // a client page from the caseload (in-app navigation), timed inside the page from the click
      clientPage.push(await clickAndTime(page, 'table.caseload tbody tr:first-child a.caseload__name', '.timeline__item'));
      // back to the caseload (in-app), then a full load of /coach
      fromLink.push(await clickAndTime(page, 'a.back-link', lastRow));
      const t0 = Date.now();
      await page.goto(`${baseUrl}/coach`);
      await page.locator(lastRow).waitFor();
      fromLoad.push(Date.now() - t0);
      splits.push(await readSplit(page, { chunk: '/coach-desk-', data: '/api/coach/caseload' }));
      await context.close();
    }
    console.log(`Coach workspace screens (Chromium, 1280×800, ${CLIENTS} rows, median of ${RUNS})`);
    console.log(`  caseload table with all rows: ${median(fromLink)} ms from a link, ${median(fromLoad)} ms for a full page load   (goal < 500 ms)`);
    const painted = (name: string) => median(splits.map((split) => split[`${name} painted`] ?? -1)).toFixed(0);
    console.log(`  full page load, painted: the first 20 rows (more than the 1280×800 window shows) ${painted('first 20 rows')} ms, all rows ${painted('all rows')} ms   (goal < 500 ms)`);
    printSplit('full page load of /coach', splits);
    console.log(`  client page (overview + first timeline page) from the caseload: ${median(clientPage)} ms`);
  } finally {
    await browser.close();
  }
  return bodies;
}
