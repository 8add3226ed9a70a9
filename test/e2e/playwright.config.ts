import { defineConfig, devices } from '@playwright/test';
import { baseOutDir, currentLane, laneCount, lanes } from './lanes.ts';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const outDir = baseOutDir;

/**
 * End-to-end tests: the production build with its real service worker, served by
 * `vite preview` with `/api` proxied to the mock API server (same handlers as in
 * development and the unit tests). Debian's Chromium, not a downloaded one.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: `../../test-results/${outDir}`,
  fullyParallel: false,
  // one lane (mock API + preview server) per worker: see lanes.ts
  workers: laneCount,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: `../../test-results/e2e-${outDir}.json` }]],
  use: {
    // the config is loaded again in every worker, where TEST_PARALLEL_INDEX names its lane
    baseURL: `http://127.0.0.1:${currentLane.previewPort}`,
    serviceWorkers: 'allow',
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'off',
    screenshot: 'only-on-failure',
    ...devices['Desktop Chrome'],
    viewport: { width: 360, height: 740 },
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: lanes.flatMap(({ previewPort, mockPort, outDir: laneDir }): { command: string; cwd: string; url: string; env: Record<string, string>; reuseExistingServer: boolean; timeout: number }[] => [
    {
      command: 'node mocks/http-server.ts',
      cwd: '../..',
      url: `http://127.0.0.1:${mockPort}/api/auth/personas`,
      // PREVIEW_PORT: the app's origin is the OpenID providers' issuer origin (/oidc is proxied)
      env: { MOCK_API_PORT: String(mockPort), PREVIEW_PORT: String(previewPort) },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `npx vite preview --port ${previewPort} --strictPort --outDir ${laneDir}`,
      cwd: '../..',
      url: `http://127.0.0.1:${previewPort}/`,
      env: { MOCK_API_PORT: String(mockPort), PREVIEW_PORT: String(previewPort) },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ]),
});
