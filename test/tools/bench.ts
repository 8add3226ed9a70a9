/**
 * `npm run bench`: prints figures (not pass/fail): bundle sizes and precache, outbox enqueue and
 * drain times, ranking one vacancy against 2,000 clients, the offline cold start, the coach's big
 * screens, Lighthouse (mobile) for the sign-in page and the client's home, and INP while typing. Builds first; serves the build on BENCH_PORT (4473)
 * with the mock API on BENCH_API_PORT (4474).
 */
import { spawn } from 'node:child_process';
import { run } from './run.ts';
import { printBundleFigures } from '../bench/bundle.ts';
import { printOutboxFigures } from '../bench/outbox.ts';
import { printColdStartFigures } from '../bench/cold-start.ts';
import { printListFunctionFigures, printWorkFolderRenderFigures } from '../bench/work-folder.ts';
import { printCaseloadFigures } from '../bench/caseload.ts';
import { printVacancyFigures } from '../bench/vacancies.ts';
import { printMatchingFigures } from '../bench/matching.ts';
import { printLighthouseFigures } from '../bench/lighthouse.ts';
import { printInpFigures } from '../bench/inp.ts';

const previewPort = process.env.BENCH_PORT ?? '4473';
const apiPort = process.env.BENCH_API_PORT ?? '4474';
const outDir = 'dist-bench';

const code = await run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir], { BUILD_ID: 'bench' });
if (code !== 0) process.exit(code);

console.log('');
printBundleFigures(outDir);
console.log('');
await printOutboxFigures(1000);
console.log('');
printListFunctionFigures();
console.log('');
await printVacancyFigures();
console.log('');
await printMatchingFigures();
console.log('');

const env = { ...process.env, MOCK_API_PORT: apiPort };
const api = spawn(process.execPath, ['mocks/http-server.ts'], { env, stdio: 'ignore' });
const preview = spawn('npx', ['vite', 'preview', '--port', previewPort, '--strictPort', '--outDir', outDir], { env, stdio: 'ignore' });
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
  await printColdStartFigures(base);
  console.log('');
  await printWorkFolderRenderFigures(base);
  console.log('');
  const caseload = await printCaseloadFigures(base);
  console.log('');
  await printInpFigures(base, caseload.caseload);
  console.log('');
  await printLighthouseFigures(base);
} finally {
  api.kill();
  preview.kill();
}
process.exit(0);
