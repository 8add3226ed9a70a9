import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Vite's own script, run directly (not through npx, whose child a signal to it would leave behind). */
const viteBin = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));

/**
 * Runs the mock API server (mocks/http-server.ts, with the OpenID providers under `/oidc`) next to
 * one Vite command (`vite` for `npm start`, `vite preview` for `npm run preview`) that proxies
 * `/api` and `/oidc` to it (vite.config.ts). Ctrl-C stops both; when either ends, so does the other.
 * `appPort`: where the app runs; the providers' issuer is that origin (redirects come back there).
 */
export function runWithMockApi(viteArgs: string[], { appPort, mockPort }: { appPort: string; mockPort: string }): void {
  const appOrigin = `http://127.0.0.1:${appPort}`;
  const env = { ...process.env, MOCK_API_PORT: mockPort, OIDC_ISSUER_ORIGIN: process.env.OIDC_ISSUER_ORIGIN ?? appOrigin };
  const api = spawn(process.execPath, ['mocks/http-server.ts'], { stdio: 'inherit', env });
  const app = spawn(process.execPath, [viteBin, ...viteArgs], { stdio: 'inherit', env });
  const stop = () => {
    api.kill();
    app.kill();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  api.on('exit', (code) => {
    app.kill();
    process.exit(code ?? 0);
  });
  app.on('exit', (code) => {
    api.kill();
    process.exit(code ?? 0);
  });
}
