/**
 * `npm run test:e2e`: builds the app twice (the second build is the "new version" for the
 * update-prompt test), then runs Playwright against `vite preview` + the mock API server in
 * the system's Chromium. Extra arguments go to Playwright (e.g. a spec file or `--grep`).
 */
import { existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { findChromium, NO_CHROMIUM_MESSAGE } from './chromium.ts';
import { run } from './run.ts';

const chromium = findChromium();
if (!chromium) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}

/** A port nobody holds now (other processes on a shared machine may hold the defaults). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
process.env.PREVIEW_PORT ??= String(await freePort());
process.env.MOCK_API_PORT ??= String(await freePort());

const args = process.argv.slice(2);
// E2E_OUT_DIR (default dist) lets two runs on one machine use their own builds (with their own ports).
const outDir = process.env.E2E_OUT_DIR ?? 'dist';
const nextDir = `${outDir}-next`;
if (!process.env.E2E_SKIP_BUILD || !existsSync(`${outDir}/index.html`)) {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(nextDir, { recursive: true, force: true });
  let code = await run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir], { BUILD_ID: 'e2e-1' });
  if (code !== 0) process.exit(code);
  code = await run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', nextDir], { BUILD_ID: 'e2e-2' });
  if (code !== 0) process.exit(code);
}
const code = await run('npx', ['playwright', 'test', '-c', 'test/e2e/playwright.config.ts', ...args], {
  CHROMIUM_PATH: chromium,
  E2E_OUT_DIR: outDir,
});
process.exit(code);
