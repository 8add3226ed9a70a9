import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { writeFileSync } from 'node:fs';
const url = process.argv[2];
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox'] });
try {
  const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], disableStorageReset: false });
  const a = r.lhr.audits;
  writeFileSync(process.argv[3], JSON.stringify(r.lhr));
  console.log('score', r.lhr.categories.performance.score, 'FCP', a['first-contentful-paint'].numericValue|0, 'LCP', a['largest-contentful-paint'].numericValue|0, 'TBT', a['total-blocking-time'].numericValue|0, 'CLS', a['cumulative-layout-shift'].numericValue);
  for (const id of ['bootup-time', 'mainthread-work-breakdown', 'long-tasks', 'largest-contentful-paint-element', 'render-blocking-resources', 'lcp-phases', 'layout-shifts', 'layout-shift-elements']) {
    const d = a[id]; if (!d) continue;
    console.log('==', id, d.displayValue ?? '');
    const items = d.details?.items ?? [];
    for (const it of items.slice(0, 10)) console.log('  ', JSON.stringify(it).slice(0, 300));
  }
} finally { chrome.kill(); }
