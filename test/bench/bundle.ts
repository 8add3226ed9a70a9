/**
 * Bundle figures of the production build in dist/: the initial JS and CSS (what index.html
 * loads before the first route chunk), gzip and brotli; all JS; the precache; and a check that
 * the mock backend (MSW) never ships.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;
const br = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function bundleFigures(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
  const initial = { js: { raw: 0, gzip: 0, brotli: 0, files: 0 }, css: { raw: 0, gzip: 0, brotli: 0, files: 0 } };
  for (const ref of new Set(refs)) {
    const buf = readFileSync(join(dist, ref));
    const bucket = ref.endsWith('.css') ? initial.css : initial.js;
    bucket.raw += buf.length;
    bucket.gzip += gz(buf);
    bucket.brotli += br(buf);
    bucket.files += 1;
  }
  const files = walk(dist);
  const allJs = files.filter((f) => f.endsWith('.js'));
  const allJsGzip = allJs.reduce((sum, f) => sum + gz(readFileSync(f)), 0);
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => (m[1] as string).replace(/^\//, ''));
  let precacheRaw = 0;
  let precacheGzip = 0;
  const precacheEntries: { url: string; gzip: number }[] = [];
  for (const url of precached) {
    try {
      const buf = readFileSync(join(dist, url));
      precacheRaw += buf.length;
      precacheGzip += gz(buf);
      precacheEntries.push({ url, gzip: gz(buf) });
    } catch {
      // a listed URL that is not a file (none expected)
    }
  }
  precacheEntries.sort((a, b) => b.gzip - a.gzip);
  const mswShipped = files.some((f) => /mockServiceWorker/.test(f)) || allJs.some((f) => /mockServiceWorker|\[MSW\]/.test(readFileSync(f, 'utf8')));
  return { initial, allJsGzip, allJsFiles: allJs.length, precache: { entries: precached.length, raw: precacheRaw, gzip: precacheGzip, largest: precacheEntries.slice(0, 12) }, mswShipped };
}

export function printBundleFigures(dist = 'dist') {
  const f = bundleFigures(dist);
  console.log('Bundle (production build)');
  console.log(`  initial JS   ${f.initial.js.files} files  ${kib(f.initial.js.raw)} raw  ${kib(f.initial.js.gzip)} gzip  ${kib(f.initial.js.brotli)} brotli   (target ≤ 170 KiB gzip)`);
  console.log(`  initial CSS  ${f.initial.css.files} files  ${kib(f.initial.css.raw)} raw  ${kib(f.initial.css.gzip)} gzip  ${kib(f.initial.css.brotli)} brotli`);
  console.log(`  all JS       ${f.allJsFiles} files  ${kib(f.allJsGzip)} gzip`);
  console.log(`  precache     ${f.precache.entries} entries  ${kib(f.precache.raw)} raw  ${kib(f.precache.gzip)} gzip   (target ≤ 400 KiB gzip)`);
  // what to look at first when the precache grows (the whole list: sw.js's precache manifest)
  console.log(`               largest: ${f.precache.largest.map((e) => `${e.url.replace(/^assets\//, '')} ${kib(e.gzip)}`).join(', ')}`);
  console.log(`  MSW in build ${f.mswShipped ? 'YES (must not happen)' : 'no'}`);
  return f;
}
