/**
 * `npm run bench`: prints figures (not pass/fail): bundle sizes and precache, outbox enqueue and
 * drain times, ranking one vacancy against 2,000 clients, the offline cold start, the coach's big
 * screens, Lighthouse (mobile) for the sign-in page and the client's home, and INP while typing. Builds first; serves the build on BENCH_PORT (4473)
 * with the mock API on BENCH_API_PORT (4474).
 *
 * `npm run bench -- caseload inp` runs only the named parts (bundle, outbox, lists, vacancies,
 * matching, management, cold-start, work-folder, caseload, inp, lighthouse); `BENCH_SKIP_BUILD=1` reuses the
 * last build (in `BENCH_OUT_DIR`, default dist-bench).
 */
import { spawn } from 'node:child_process';
import { run } from './run.ts';
import { printBundleFigures } from '../bench/bundle.ts';
import { printOutboxFigures } from '../bench/outbox.ts';
import { printColdStartFigures } from '../bench/cold-start.ts';
import { printListFunctionFigures, printWorkFolderRenderFigures } from '../bench/work-folder.ts';
import { printCaseloadFigures, serverFigures } from '../bench/caseload.ts';
import { printVacancyFigures } from '../bench/vacancies.ts';
import { printMatchingFigures } from '../bench/matching.ts';
import { printManagementFigures, printManagementScreenFigures } from '../bench/management.ts';
import { printLighthouseFigures } from '../bench/lighthouse.ts';
import { printInpFigures } from '../bench/inp.ts';

const previewPort = process.env.BENCH_PORT ?? '4473';
const apiPort = process.env.BENCH_API_PORT ?? '4474';
const outDir = process.env.BENCH_OUT_DIR ?? 'dist-bench';

const only = new Set(process.argv.slice(2));
const wanted = (part: string) => only.size === 0 || only.has(part);

if (!process.env.BENCH_SKIP_BUILD) {
  const code = await run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], { BUILD_ID: 'bench' });
  if (code !== 0) process.exit(code);
}

console.log('');
if (wanted('bundle')) printBundleFigures(outDir);
console.log('');
if (wanted('outbox')) await printOutboxFigures(1000);
console.log('');
if (wanted('lists')) printListFunctionFigures();
console.log('');
if (wanted('vacancies')) await printVacancyFigures();
console.log('');
if (wanted('matching')) await printMatchingFigures();
console.log('');
if (wanted('management')) printManagementFigures();
console.log('');

// the providers' issuer is the preview's origin (mocks/http-server.ts appOriginsFromEnv)
const env = { ...process.env, MOCK_API_PORT: apiPort, PREVIEW_PORT: previewPort };
const api = spawn(process.execPath, ['mocks/http-server.ts'], { env, stdio: 'ignore' });
// vite itself, not through npx: `kill()` would end npx only and leave the server on the port
const preview = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', previewPort, '--strictPort', '--outDir', outDir], { env, stdio: 'ignore' });
try {
  const base = `http://127.0.0.1:${previewPort}`;
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`${base}/`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  if (wanted('cold-start')) await printColdStartFigures(base);
  console.log('');
  if (wanted('work-folder')) await printWorkFolderRenderFigures(base);
  console.log('');
  // the INP bench types into the caseload's answer
  const caseload = wanted('caseload') ? await printCaseloadFigures(base) : wanted('inp') ? (await serverFigures()).bodies : null;
  console.log('');
  if (wanted('inp') && caseload) await printInpFigures(base, caseload.caseload);
  console.log('');
  if (wanted('management')) await printManagementScreenFigures(base);
  console.log('');
  if (wanted('lighthouse')) await printLighthouseFigures(base);
} finally {
  api.kill();
  preview.kill();
}
process.exit(0);
