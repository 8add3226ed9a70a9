/**
 * First visit on a cheap phone (issue 15): Lighthouse 12 (a dev dependency) with Debian's Chromium,
 * its default mobile preset (Moto G Power, slow 4G and a 4× slower CPU, simulated), median of three:
 * - the sign-in page on a first visit (storage cleared, no service worker);
 * - the client's home (`/start`) signed in, on a repeat visit: signed in before the runs, the service
 *   worker installed and in control, storage kept.
 * Figures, not pass/fail; the goals are printed beside them. Requests before the first paint: Lighthouse's
 * simulated throttling loads the page unthrottled (so everything is fetched before anything paints), so
 * these are counted in a load of their own with the same slow 4G and 4× CPU applied for real (Chromium's
 * DevTools protocol): the document and every resource the page started before its first contentful paint.
 * Run alone: `node test/bench/lighthouse.ts <base url>` against a preview of the build.
 * `BENCH_LH_REPORTS=<folder>` keeps every run's Lighthouse report (JSON) there, to see which element is
 * the LCP, which nodes shift and which tasks are long.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse, { type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import * as chromeLauncher from 'chrome-launcher';
import puppeteer, { type Page as PuppeteerPage } from 'puppeteer-core';
import { chromium, type Page } from '@playwright/test';
import { BENCH_CHROMIUM_FLAGS, findChromium } from '../tools/chromium.ts';
import { ANNA, signInAtProvider } from './sign-in.ts';

type Figures = { score: number; fcp: number; lcp: number; tbt: number; cls: number; requests: number };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function figuresOf(lhr: Result): Figures {
  const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const items = (lhr.audits['network-requests']?.details as { items?: unknown[] } | undefined)?.items ?? [];
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    fcp: num('first-contentful-paint'),
    lcp: num('largest-contentful-paint'),
    tbt: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'),
    requests: items.length,
  };
}

/** One Lighthouse run in a new tab of the Chrome on `port`, or in `tab` (a tab signed in: the tokens live in the tab's sessionStorage). */
async function runLighthouse(url: string, port: number, keepStorage: boolean, tab?: PuppeteerPage, attempt = 1): Promise<Result> {
  const result = await lighthouse(
    url,
    {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      disableStorageReset: keepStorage,
    },
    undefined,
    tab,
  );
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  // a trace without the navigation's start now and then (the tab reused for the client's home): once more
  if (result.lhr.runtimeError?.code === 'NO_NAVSTART' && attempt < 3) return runLighthouse(url, port, keepStorage, tab, attempt + 1);
  if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
  const reports = process.env.BENCH_LH_REPORTS;
  if (reports) {
    mkdirSync(reports, { recursive: true });
    const name = `${new URL(url).pathname.replace(/\W+/g, '') || 'root'}-${new Date().toISOString().replace(/[:.]/g, '')}.json`;
    writeFileSync(join(reports, name), JSON.stringify(result.lhr));
  }
  return result.lhr;
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function line(name: string, runs: Result[], beforePaint: number[], goals: string) {
  const m = figuresOf(computeMedianRun(runs));
  const scores = runs.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100)).join('/');
  console.log(
    `  ${name.padEnd(26)} score ${String(m.score).padStart(3)} (runs ${scores})  FCP ${s(m.fcp)}  LCP ${s(m.lcp)}  TBT ${m.tbt.toFixed(0)} ms  CLS ${m.cls.toFixed(3)}  requests before first paint ${median(beforePaint)} (runs ${beforePaint.join('/')}; ${m.requests} in all)`,
  );
  console.log(`  ${''.padEnd(26)} goals: ${goals}`);
  return { ...m, requestsBeforePaint: median(beforePaint) };
}

/** Loads `path` in the Chrome on `port` (in a new tab) with slow 4G and a 4× slower CPU applied, and counts the requests started before the first contentful paint. */
async function requestsBeforePaint(port: number, baseUrl: string, path: string): Promise<number> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = await context.newPage();
    const count = await countRequestsBeforePaint(page, `${baseUrl}${path}`);
    await page.close();
    return count;
  } finally {
    await browser.close();
  }
}

async function countRequestsBeforePaint(page: Page, url: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Network.enable');
    // Lighthouse's mobile preset: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up; 4× CPU
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url, { waitUntil: 'load' });
    const count = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const fcp = list.getEntriesByName('first-contentful-paint')[0];
            if (!fcp) return;
            // the document itself, and what started before the paint
            resolve(1 + performance.getEntriesByType('resource').filter((entry) => entry.startTime < fcp.startTime).length);
          }).observe({ type: 'paint', buffered: true });
        }),
    );
    return count;
  } finally {
    // the tab may be measured again (the client's home): unthrottled for Lighthouse
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await cdp.detach();
  }
}

async function withChrome<T>(fn: (port: number) => Promise<T>): Promise<T> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('no Chromium');
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...BENCH_CHROMIUM_FLAGS],
  });
  try {
    return await fn(chrome.port);
  } finally {
    chrome.kill();
  }
}

const HOME_HEADING = 'Mijn zoekperiode';

/**
 * Signs in as Anna (own device) through the mock DigiD provider in a tab of the Chrome on `port`,
 * waits for the service worker, and gives that tab to `measure` (a Playwright page and the same tab
 * for Lighthouse). The same tab on purpose: the tokens live in the tab's sessionStorage (decision
 * 014), so in a new tab the app shows the saved home and then "Log opnieuw in" — until 7 December
 * the bench measured that, and its CLS of 0.09 was the home replaced by that shorter page.
 */
async function inAnnasTab<T>(port: number, baseUrl: string, measure: (page: Page, tab: PuppeteerPage) => Promise<T>): Promise<T> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const tabs = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
  try {
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = await context.newPage();
    await signInAtProvider(page, baseUrl, ANNA);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: HOME_HEADING }).waitFor();
    if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) throw new Error('bench: no service worker in control');
    const tab = (await tabs.pages()).find((candidate) => candidate.url() === page.url());
    if (!tab) throw new Error('bench: the signed-in tab not found');
    return await measure(page, tab);
  } finally {
    // leaves the Chrome running (both only disconnect)
    await tabs.disconnect();
    await browser.close();
  }
}

/** Throws unless the tab shows the client's home (not "Log opnieuw in"): the figures are of that page. */
async function expectHome(page: Page) {
  const heading = await page.getByRole('heading', { level: 1 }).first().textContent({ timeout: 10_000 });
  if (heading !== HOME_HEADING) throw new Error(`bench: the client's home was not shown (heading "${heading}")`);
}

export async function printLighthouseFigures(baseUrl: string, runs = 3) {
  if (!findChromium()) {
    console.log('Lighthouse: skipped (no Chromium found)');
    return null;
  }
  console.log(`Lighthouse 12, mobile preset (simulated slow 4G, 4× CPU), Chromium headless, median of ${runs}`);
  const signInRuns: Result[] = [];
  const signInPaint: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    signInRuns.push(await withChrome((port) => runLighthouse(`${baseUrl}/inloggen`, port, false)));
    signInPaint.push(await withChrome((port) => requestsBeforePaint(port, baseUrl, '/inloggen')));
  }
  const signIn = line('sign-in page, first visit', signInRuns, signInPaint, 'score ≥ 95, LCP ≤ 1.8 s, TBT ≤ 150 ms, CLS 0, ≤ 12 requests before first paint');
  const homePaint: number[] = [];
  const homeRuns = await withChrome((port) =>
    inAnnasTab(port, baseUrl, async (page, tab) => {
      const out: Result[] = [];
      for (let i = 0; i < runs; i += 1) {
        out.push(await runLighthouse(`${baseUrl}/start`, port, true, tab));
        await expectHome(page);
        homePaint.push(await countRequestsBeforePaint(page, `${baseUrl}/start`));
        await expectHome(page);
      }
      return out;
    }),
  );
  const home = line('client home, repeat visit', homeRuns, homePaint, 'score ≥ 90 (service worker in control)');
  return { signIn, home };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await printLighthouseFigures(process.argv[2] ?? 'http://127.0.0.1:4473');
  process.exit(0);
}
