/**
 * Offline cold start: with the service worker installed and the network off, the time from
 * navigation until the app shell (the page heading) is on screen, in Debian's Chromium.
 */
import { chromium } from '@playwright/test';
import { findChromium } from '../tools/chromium.ts';

export async function printColdStartFigures(baseUrl: string, runs = 7) {
  const executablePath = findChromium();
  if (!executablePath) {
    console.log('Offline cold start: skipped (no Chromium found)');
    return;
  }
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/inloggen`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await context.setOffline(true);
    const times: number[] = [];
    const fcp: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const t0 = Date.now();
      await page.goto(`${baseUrl}/inloggen`);
      await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
      times.push(Date.now() - t0);
      // headless Chromium may add the paint entry a moment after the heading shows: ask with a buffered observer
      const paint = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const found = performance.getEntriesByName('first-contentful-paint')[0];
            if (found) return resolve(found.startTime);
            new PerformanceObserver((list) => {
              const entry = list.getEntriesByName('first-contentful-paint')[0];
              if (entry) resolve(entry.startTime);
            }).observe({ type: 'paint', buffered: true });
            setTimeout(() => resolve(NaN), 2_000);
          }),
      );
      if (Number.isFinite(paint)) fcp.push(paint);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    const controlled = await page.evaluate(() => Boolean(navigator.serviceWorker.controller));
    console.log(`Offline cold start (Chromium, service worker ${controlled ? 'in control' : 'NOT in control'}, ${runs} runs, 360×740)`);
    console.log(`  navigation → heading visible   median ${median(times)} ms  (min ${Math.min(...times)}, max ${Math.max(...times)})`);
    console.log(`  first contentful paint          ${fcp.length > 0 ? `median ${median(fcp).toFixed(0)} ms (${fcp.length} of ${runs} runs reported one)` : 'not reported by this Chromium'}`);
  } finally {
    await browser.close();
  }
}
