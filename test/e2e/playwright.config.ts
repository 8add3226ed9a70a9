import { defineConfig, devices } from '@playwright/test';

const previewPort = Number(process.env.PREVIEW_PORT ?? 4173);
const mockPort = Number(process.env.MOCK_API_PORT ?? 4174);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const outDir = process.env.E2E_OUT_DIR ?? 'dist';

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
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: `../../test-results/e2e-${outDir}.json` }]],
  use: {
    baseURL: `http://127.0.0.1:${previewPort}`,
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
  webServer: [
    {
      command: 'node mocks/http-server.ts',
      cwd: '../..',
      url: `http://127.0.0.1:${mockPort}/api/auth/personas`,
      env: { MOCK_API_PORT: String(mockPort) },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `npx vite preview --port ${previewPort} --strictPort --outDir ${outDir}`,
      cwd: '../..',
      url: `http://127.0.0.1:${previewPort}/`,
      env: { MOCK_API_PORT: String(mockPort), PREVIEW_PORT: String(previewPort) },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
