/**
 * Werkmap figures: filtering and grouping thousands of activities (the pure functions, in Node),
 * and in Debian's Chromium on a 360×740 phone viewport the time until `/werkmap` shows its first
 * week, and until a search and a type filter have updated the list — with 2,000 and 10,000
 * activities (the werkmap read is answered with generated data).
 */
import { chromium } from '@playwright/test';
import { findChromium } from '../tools/chromium.ts';
import { printSplit, readSplit, watchFor, type Split } from './split.ts';
import { applyActivityWrite } from '#src/features/work-folder/rules.ts';
import { filterActivities, groupByWeek, NO_FILTERS } from '#src/features/work-folder/list.ts';
import type { Activity, ActivityInput, WorkFolder } from '#src/features/work-folder/schemas.ts';
import { addDays, todayIso } from '#src/shared/lib/dates.ts';
import { ANNA, signInAtProvider } from './sign-in.ts';

const TYPES = ['vacancy', 'openApplication', 'jobInterview', 'employerContact', 'agency', 'network', 'workshop', 'browsing'] as const;
const EMPLOYERS = ['Zorggroep Noorderlicht', 'Gemeente Groningen', 'Albert Heijn', 'UMCG', 'Gasunie', 'Bakkerij Bolt', 'Hanzehogeschool', 'PostNL'];
const JOBS = ['Administratief medewerker', 'Baliemedewerker', 'Verkoopmedewerker', 'Secretaresse', 'Receptionist', 'Schoonmaker'];

export function generateActivities(count: number, clientId = 'client-anna'): Activity[] {
  const today = todayIso();
  const out: Activity[] = [];
  for (let i = 0; i < count; i += 1) {
    const date = addDays(today, -Math.floor(i / 3));
    const typeId = TYPES[i % TYPES.length]!;
    const input: ActivityInput = {
      typeId,
      date,
      employer: typeId === 'network' || typeId === 'workshop' ? '' : `${EMPLOYERS[i % EMPLOYERS.length]} ${i % 97}`,
      jobTitle: JOBS[i % JOBS.length]!,
      vacancy: typeId === 'vacancy' ? `https://www.werk.nl/vacature/${100_000 + i}` : '',
      how: typeId === 'vacancy' || typeId === 'openApplication' || typeId === 'employerContact' ? 'email' : '',
      contactName: typeId === 'network' ? `Contact ${i}` : '',
      contactDetail: '',
      eventTitle: typeId === 'workshop' ? `Webinar ${i}` : '',
      notes: i % 5 === 0 ? 'Gebeld, ze bellen terug na de vakantie' : '',
      results: i % 4 === 0 ? [{ status: 'sent', date }] : i % 4 === 1 ? [{ status: 'sent', date }, { status: 'invited', date }] : [],
    };
    const result = applyActivityWrite(undefined, input, { id: `bench-${i}`, clientId, actor: { id: clientId, name: 'Anna de Vries' }, at: `${date}T10:00:00.000Z` });
    if (result.ok) out.push(result.activity);
  }
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Node: the list's pure work (filter + group per week), median of 9 runs. */
export function printListFunctionFigures(sizes = [2000, 10_000]) {
  const norm = { start: addDays(todayIso(), -400), periodDays: 28 };
  console.log('Werkmap list functions (Node, median of 9)');
  for (const size of sizes) {
    const activities = generateActivities(size);
    const time = (fn: () => unknown) => {
      const runs: number[] = [];
      for (let i = 0; i < 9; i += 1) {
        const t0 = performance.now();
        fn();
        runs.push(performance.now() - t0);
      }
      return median(runs);
    };
    const group = time(() => groupByWeek(activities));
    const search = time(() => filterActivities(activities, { ...NO_FILTERS, query: 'noorderlicht 4' }, norm));
    const type = time(() => filterActivities(activities, { ...NO_FILTERS, typeId: 'vacancy', result: 'invited' }, norm));
    const period = time(() => filterActivities(activities, { ...NO_FILTERS, period: '10' }, norm));
    console.log(`  ${String(size).padStart(6)} activities: group per week ${ms(group)}, search ${ms(search)}, type+result ${ms(type)}, period ${ms(period)}`);
  }
}

/** Chromium: render and filter times of `/werkmap` with a generated werkmap (median of 3). */
export async function printWorkFolderRenderFigures(baseUrl: string, sizes = [2000, 10_000]) {
  const executablePath = findChromium();
  if (!executablePath) {
    console.log('Werkmap render: skipped (no Chromium found)');
    return;
  }
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const runs = Number(process.env.BENCH_RUNS ?? 3) || 3;
    console.log(`Werkmap screen (Chromium, 360×740, median of ${runs})`);
    for (const size of sizes) {
      const folder: WorkFolder = {
        clientId: 'client-anna',
        clientName: 'Anna de Vries',
        norm: { count: 4, periodDays: 28, start: addDays(todayIso(), -400), freePeriods: [], setBy: null },
        activities: generateActivities(size),
        submissions: [],
      };
      const body = JSON.stringify(folder);
      const render: number[] = [];
      const search: number[] = [];
      const type: number[] = [];
      const fullLoad: number[] = [];
      const splits: Split[] = [];
      for (let run = 0; run < runs; run += 1) {
        const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
        const page = await context.newPage();
        await page.route('**/api/clients/client-anna/work-folder', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
        await watchFor(page, { 'first week': '.week-group' });
        await signInAtProvider(page, baseUrl, ANNA);
        await page.getByRole('link', { name: 'Solliciteren' }).waitFor();
        let t0 = Date.now();
        await page.getByRole('link', { name: 'Solliciteren' }).click();
        await page.locator('.week-group').first().waitFor();
        render.push(Date.now() - t0);

        await page.getByText('Zoeken en filteren').click();
        t0 = Date.now();
        await page.getByLabel('Zoeken').fill('noorderlicht 4');
        await page.getByText(/activiteiten? gevonden/).waitFor();
        await page.waitForFunction(() => !document.querySelector('.week-group h4 a')?.textContent?.includes('Gemeente'));
        search.push(Date.now() - t0);

        await page.getByLabel('Zoeken').fill('');
        await page.getByText(`${size} activiteiten`).waitFor();
        t0 = Date.now();
        await page.getByLabel('Soort activiteit').selectOption({ label: 'Vacatures bekeken' });
        await page.waitForFunction(() => document.querySelector('.list-count')?.textContent?.includes('gevonden') === true);
        type.push(Date.now() - t0);

        // a full page load of /werkmap (the saved werkmap restored, the read asked for again)
        t0 = Date.now();
        await page.goto(`${baseUrl}/werkmap`);
        await page.locator('.week-group').first().waitFor();
        fullLoad.push(Date.now() - t0);
        splits.push(await readSplit(page, { chunk: '/client-work-folder-', data: '/api/clients/client-anna/work-folder' }));
        await context.close();
      }
      console.log(
        `  ${String(size).padStart(6)} activities: first week on screen ${median(render)} ms from the link (goal < 500 ms), ${median(fullLoad)} ms on a full page load (painted ${median(splits.map((s) => s['first week painted'] ?? -1)).toFixed(0)} ms after navigation start); search ${median(search)} ms, type filter ${median(type)} ms`,
      );
      printSplit(`full page load of /werkmap, ${size} activities`, splits);
    }
  } finally {
    await browser.close();
  }
}
