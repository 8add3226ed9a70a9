/**
 * Management figures (issue 21): the teamleider's dashboard computed by the mock server for a
 * generated history of 10,000 clients over 12 months (`generateHistory`), for a year, a quarter and
 * one coach's quarter — the same `computeFigures` the `GET /management/figures` handler runs, small-cell
 * rule included. Figures only (goals: under 300 ms on the server, under 500 ms on screen).
 */
import { chromium } from '@playwright/test';
import { getResponse } from 'msw';
import { findChromium } from '../tools/chromium.ts';
import { handlers } from '#mocks/handlers/index.ts';
import { createTestSession } from '#mocks/handlers/auth.ts';
import { resetDb } from '#mocks/db.ts';
import { computeFigures } from '#mocks/management/figures.ts';
import { generateHistory, setManagementHistorySize } from '#mocks/management/history.ts';
import { COACHES, MANAGEMENT_IDS } from '#mocks/management/teams.ts';
import { parsePeriod, periodOf } from '#src/features/management/period.ts';
import { signInAtProvider } from './sign-in.ts';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export function printManagementFigures(size = 10_000) {
  const today = new Date().toISOString().slice(0, 10);
  let started = performance.now();
  const { clients } = generateHistory(today, size);
  const generated = performance.now() - started;
  const lastYear = String(Number(today.slice(0, 4)) - 1);
  const cases = [
    { label: `year ${lastYear}, all coaches`, period: lastYear, coaches: COACHES },
    { label: `quarter ${periodOf(today, 'quarter')}, all coaches`, period: periodOf(today, 'quarter'), coaches: COACHES },
    { label: `quarter ${periodOf(today, 'quarter')}, one coach`, period: periodOf(today, 'quarter'), coaches: COACHES.slice(0, 1) },
  ];
  console.log(`Management figures (issue 21): ${clients.length} clients, history generated in ${generated.toFixed(0)} ms`);
  for (const { label, period, coaches } of cases) {
    const parsed = parsePeriod(period);
    if (!parsed) throw new Error(`not a period: ${period}`);
    const times: number[] = [];
    let figures = 0;
    for (let run = 0; run < 5; run += 1) {
      started = performance.now();
      figures = computeFigures(clients, { period: parsed, today, coaches, line: null })?.length ?? 0;
      times.push(performance.now() - started);
    }
    console.log(`  ${label.padEnd(34)} median ${median(times).toFixed(1)} ms, slowest ${Math.max(...times).toFixed(1)} ms (${figures} figures; goal < 300 ms)`);
  }
}

/**
 * The dashboard on screen (Chromium, 1280×800): the teamleider opens `/team` with a full page load
 * and the figures of the current quarter for a 10,000-client history are served to the app (the
 * answer made by the real handler in Node); timed until every figure's section is in the page.
 */
export async function printManagementScreenFigures(baseUrl: string, size = 10_000) {
  setManagementHistorySize(size);
  resetDb();
  const { token } = await createTestSession(MANAGEMENT_IDS.leads.noord);
  const today = new Date().toISOString().slice(0, 10);
  const ask = () => getResponse(handlers, new Request(`http://bench.local/api/management/figures?period=${periodOf(today, 'quarter')}`, { headers: { Authorization: `Bearer ${token}` } }));
  // the first answer also generates the history; the second is what a request costs
  await ask();
  const started = performance.now();
  const response = await ask();
  const serverMs = performance.now() - started;
  const body = (await response?.text()) ?? '';
  setManagementHistorySize(600);
  if (response?.status !== 200) throw new Error(`bench: the mock answered ${response?.status} for the figures`);
  const figures = (JSON.parse(body) as { figures: unknown[] }).figures.length;
  const executablePath = findChromium();
  if (!executablePath) {
    console.log('Management dashboard render: skipped (no Chromium found)');
    return;
  }
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  try {
    const fromLoad: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.route('**/api/management/figures*', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
      await signInAtProvider(page, baseUrl, { name: 'Yvonne Smit', home: 'Cijfers van het team', employee: true });
      await page.locator('section.figure').nth(figures - 1).waitFor();
      const t0 = Date.now();
      await page.goto(`${baseUrl}/team`);
      await page.locator('section.figure').nth(figures - 1).waitFor();
      fromLoad.push(Date.now() - t0);
      await context.close();
    }
    console.log(`Management dashboard on screen (Chromium, 1280×800, ${size} clients, ${figures} figures, median of 3)`);
    console.log(`  the quarter's answer made in ${serverMs.toFixed(0)} ms (${(body.length / 1024).toFixed(0)} KiB); /team with every figure: ${median(fromLoad)} ms for a full page load   (goal < 500 ms)`);
  } finally {
    await browser.close();
  }
}
