/**
 * Vacancy explorer figures (issue 19; decision 010):
 * - Node: building the MiniSearch index and searching per keystroke over 1,000 and 10,000
 *   vacancies (the seed generator's), and the offline set the mock serves to Anna (count, JSON
 *   and gzip size, JSON.stringify/parse time: the read cache saves the whole cache as one string);
 * - Chromium (360×740) with the CPU slowed 4× (a cheap phone): the same index build and the time
 *   per keystroke while typing "ordepicker groningen" (with a typo) over 10,000 vacancies.
 * Figures only (the goal: under 50 ms per keystroke with a 4× slowed CPU).
 */
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { getResponse } from 'msw';
import { rolldown } from 'rolldown';
import { findChromium } from '../tools/chromium.ts';
import { handlers } from '#mocks/handlers/index.ts';
import { createTestSession } from '#mocks/handlers/auth.ts';
import { resetDb } from '#mocks/db.ts';
import { generateVacancies } from '#mocks/seed-vacancies.ts';
import { buildIndex, searchIds } from '#src/features/vacancies/search-index.ts';
import { todayIso } from '#src/shared/lib/dates.ts';

const QUERY = 'ordepicker groningen';
const keystrokes = (query: string) => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

function nodeSearchFigures(size: number) {
  const vacancies = generateVacancies(todayIso(), size);
  const builds: number[] = [];
  let index = buildIndex(vacancies);
  for (let i = 0; i < 3; i += 1) {
    const t0 = performance.now();
    index = buildIndex(vacancies);
    builds.push(performance.now() - t0);
  }
  const perKey: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    for (const typed of keystrokes(QUERY)) {
      const t0 = performance.now();
      searchIds(index, typed);
      perKey.push(performance.now() - t0);
    }
  }
  console.log(`  ${String(size).padStart(6)} vacancies: index ${ms(median(builds))}; per keystroke median ${ms(median(perKey))}, slowest ${ms(Math.max(...perKey))}`);
}

async function offlineSetFigures() {
  resetDb();
  const { token } = await createTestSession('client-anna');
  const t0 = performance.now();
  const response = await getResponse(handlers, new Request('http://bench.local/api/clients/client-anna/vacancies', { headers: { Authorization: `Bearer ${token}` } }));
  const serverMs = performance.now() - t0;
  const body = (await response?.text()) ?? '';
  const set = JSON.parse(body) as { vacancies: unknown[] };
  const t1 = performance.now();
  const again = JSON.stringify(JSON.parse(body));
  const roundTrip = performance.now() - t1;
  console.log(
    `  offline set for Anna: ${set.vacancies.length} vacancies, ${kib(Buffer.byteLength(body))} JSON (${kib(gzipSync(body).length)} gzip); server ${ms(serverMs)}; JSON parse+stringify ${ms(roundTrip)} (${kib(again.length)})`,
  );
}

async function chromiumFigures(size: number) {
  const executablePath = findChromium();
  if (!executablePath) {
    console.log('  Chromium: not found, skipped');
    return;
  }
  const bundle = await rolldown({ input: 'test/bench/vacancies-page.ts', platform: 'browser', logLevel: 'silent' });
  const { output } = await bundle.generate({ format: 'iife', name: 'VacancyBench', minify: true });
  const browser = await chromium.launch({ executablePath });
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.setContent('<!doctype html><title>bench</title>');
    await page.addScriptTag({ content: output[0].code });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const figures = await page.evaluate(
      ({ size, typed, today }) => {
        const bench = (globalThis as unknown as { VacancyBench: { generateVacancies: (t: string, n: number) => unknown[]; buildIndex: (v: unknown[]) => unknown; searchIds: (i: unknown, q: string) => unknown } }).VacancyBench;
        const vacancies = bench.generateVacancies(today, size);
        const t0 = performance.now();
        const index = bench.buildIndex(vacancies);
        const build = performance.now() - t0;
        const perKey: number[] = [];
        for (let run = 0; run < 3; run += 1) {
          for (const q of typed) {
            const t1 = performance.now();
            bench.searchIds(index, q);
            perKey.push(performance.now() - t1);
          }
        }
        return { build, perKey };
      },
      { size, typed: keystrokes(QUERY), today: todayIso() },
    );
    console.log(`  ${String(size).padStart(6)} vacancies, CPU 4× slower: index ${ms(figures.build)}; per keystroke median ${ms(median(figures.perKey))}, slowest ${ms(Math.max(...figures.perKey))}`);
  } finally {
    await browser.close();
  }
}

export async function printVacancyFigures() {
  console.log(`Vacancy search on the device (MiniSearch; typing "${QUERY}" one key at a time)`);
  console.log(' Node, median of 3:');
  for (const size of [1000, 10_000]) nodeSearchFigures(size);
  console.log(' Chromium 360×740:');
  for (const size of [1000, 10_000]) await chromiumFigures(size);
  await offlineSetFigures();
}
