/**
 * `npm run preview`: builds the production bundle and serves it with `vite preview`,
 * with `/api` proxied to the mock API server (the same set-up the end-to-end tests use).
 * Ports: PREVIEW_PORT (default 4173) and MOCK_API_PORT (default 4174).
 */
import { spawn } from 'node:child_process';
import { run } from './run.ts';

const mockPort = process.env.MOCK_API_PORT ?? '4174';
const previewPort = process.env.PREVIEW_PORT ?? '4173';

if (!process.argv.includes('--no-build')) {
  const code = await run('npx', ['vite', 'build']);
  if (code !== 0) process.exit(code);
}
const env = { ...process.env, MOCK_API_PORT: mockPort, PREVIEW_PORT: previewPort };
const api = spawn(process.execPath, ['mocks/http-server.ts'], { stdio: 'inherit', env });
const preview = spawn('npx', ['vite', 'preview'], { stdio: 'inherit', env });
const stop = () => {
  api.kill();
  preview.kill();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
api.on('exit', (code) => {
  preview.kill();
  process.exit(code ?? 0);
});
preview.on('exit', (code) => {
  api.kill();
  process.exit(code ?? 0);
});
