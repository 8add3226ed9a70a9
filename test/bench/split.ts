/**
 * Where a full page load spends its time (issue 15): the app's own marks (`werkmap:*` in
 * src/app/main.tsx), the resource timings of the screen's chunk and its data request, and when the
 * screen's elements were in the document and painted (watched from before the page's scripts).
 * Figures, not pass/fail.
 */
import type { Page } from '@playwright/test';

type BenchWindow = { benchShown?: Record<string, number>; benchPainted?: Record<string, number>; benchWatched?: number };

/**
 * Records, in every document the page loads from now on, when each selector (by name) first
 * matches and the frame after that (painted).
 */
export async function watchFor(page: Page, selectors: Record<string, string>): Promise<void> {
  await page.addInitScript((watched) => {
    const w = window as unknown as BenchWindow;
    const shown: Record<string, number> = {};
    const painted: Record<string, number> = {};
    w.benchShown = shown;
    w.benchPainted = painted;
    w.benchWatched = Object.keys(watched).length;
    const observer = new MutationObserver(() => {
      for (const [name, selector] of Object.entries(watched)) {
        if (shown[name] !== undefined || !document.querySelector(selector)) continue;
        shown[name] = performance.now();
        requestAnimationFrame(() =>
          setTimeout(() => {
            painted[name] = performance.now();
          }, 0),
        );
      }
      if (Object.keys(shown).length === Object.keys(watched).length) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  }, selectors);
}

export type Split = Record<string, number>;

/** The phases of the current document's load in ms since navigation start, once every watched selector was painted. */
export async function readSplit(page: Page, screen: { chunk: string; data: string }): Promise<Split> {
  await page.waitForFunction(() => {
    const w = window as unknown as BenchWindow;
    return Object.keys(w.benchPainted ?? {}).length === w.benchWatched;
  });
  await page.waitForTimeout(50);
  if (process.env.BENCH_DETAIL) {
    // every request and mark of the load, in order (for finding where the time goes)
    const entries = await page.evaluate(() =>
      [...performance.getEntriesByType('resource'), ...performance.getEntriesByType('mark'), ...performance.getEntriesByType('paint')]
        .map((e) => ({ name: e.name.replace(location.origin, ''), start: Math.round(e.startTime), end: Math.round((e as PerformanceResourceTiming).responseEnd ?? e.startTime) }))
        .sort((x, y) => x.start - y.start),
    );
    for (const e of entries) console.log(`    ${String(e.start).padStart(5)} → ${String(e.end).padStart(5)}  ${e.name}`);
  }
  return page.evaluate(({ chunk, data }) => {
    const w = window as unknown as BenchWindow;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const mark = (phase: string) => performance.getEntriesByName(`werkmap:${phase}`)[0]?.startTime ?? -1;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const find = (part: string) => resources.find((r) => r.name.includes(part));
    const request = find(data);
    const split: Record<string, number> = {
      html: nav?.responseEnd ?? -1,
      'boot JS run': mark('boot'),
      config: mark('config'),
      texts: mark('texts'),
      'saved data restored': mark('restored'),
      'route chunk loaded': find(chunk)?.responseEnd ?? -1,
      'route chunk+texts ready': mark('route'),
      'data asked': request?.startTime ?? -1,
      'data in': request?.responseEnd ?? -1,
    };
    for (const [name, at] of Object.entries(w.benchShown ?? {})) split[`${name} in DOM`] = at;
    for (const [name, at] of Object.entries(w.benchPainted ?? {})) split[`${name} painted`] = at;
    return split;
  }, screen);
}

/** One line per phase: the median over the runs (ms since navigation start; "–" when a phase did not happen in every run). */
export function printSplit(title: string, splits: readonly Split[]): void {
  if (splits.length === 0) return;
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? -1;
  const phases = Object.keys(splits[0] ?? {});
  const cells = phases.map((phase) => {
    const values = splits.map((s) => s[phase] ?? -1);
    return `${phase} ${values.some((v) => v < 0) ? '–' : median(values).toFixed(0)}`;
  });
  console.log(`  ${title} (ms since navigation start, median of ${splits.length}):`);
  console.log(`    ${cells.join(' · ')}`);
}
