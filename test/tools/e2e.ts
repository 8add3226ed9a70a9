/**
 * `npm run test:e2e`: builds the app twice (the second build is the "new version" for the
 * update-prompt test), then runs Playwright against `vite preview` + the mock API server in
 * the system's Chromium. Extra arguments go to Playwright (e.g. a spec file or `--grep`).
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { findChromium, NO_CHROMIUM_MESSAGE } from './chromium.ts';
import { run } from './run.ts';

const chromium = findChromium();
if (!chromium) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}

/** `count` different ports nobody holds now (other processes on a shared machine may hold the defaults). */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<Server>((resolve, reject) => {
          const server = createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  // all held open together, so no two are the same
  const ports = servers.map((server) => {
    const address = server.address();
    return typeof address === 'object' && address ? address.port : 0;
  });
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}
// One lane (mock API server + preview server + its copy of the build) per Playwright worker:
// see test/e2e/lanes.ts. Two lanes on a two-core machine take about half as long as one.
const workers = Math.max(1, Number(process.env.E2E_WORKERS ?? 2));
process.env.E2E_WORKERS = String(workers);
const ports = await freePorts(2 * workers);
process.env.PREVIEW_PORTS ??= workers === 1 && process.env.PREVIEW_PORT ? process.env.PREVIEW_PORT : ports.slice(0, workers).join(',');
process.env.MOCK_API_PORTS ??= workers === 1 && process.env.MOCK_API_PORT ? process.env.MOCK_API_PORT : ports.slice(workers).join(',');

const args = process.argv.slice(2);
// E2E_OUT_DIR (default dist) lets two runs on one machine use their own builds (with their own ports).
const outDir = process.env.E2E_OUT_DIR ?? 'dist';
const nextDir = `${outDir}-next`;
if (!process.env.E2E_SKIP_BUILD || !existsSync(`${outDir}/index.html`)) {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(nextDir, { recursive: true, force: true });
  // both at once: much of a build is single-threaded (loading the config, the service worker's
  // precache manifest), so on two cores the pair takes little longer than one
  const codes = await Promise.all([
    run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir], { BUILD_ID: 'e2e-1' }),
    run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', nextDir], { BUILD_ID: 'e2e-2' }),
  ]);
  const failedBuild = codes.find((code) => code !== 0);
  if (failedBuild !== undefined) process.exit(failedBuild);
}
for (let lane = 1; lane < workers; lane += 1) {
  const laneDir = `${outDir}-lane${lane}`;
  rmSync(laneDir, { recursive: true, force: true });
  cpSync(outDir, laneDir, { recursive: true });
}
const code = await run('npx', ['playwright', 'test', '-c', 'test/e2e/playwright.config.ts', ...args], {
  CHROMIUM_PATH: chromium,
  E2E_OUT_DIR: outDir,
});
process.exit(code);
