/**
 * `npm run preview`: builds the production bundle and serves it with `vite preview`,
 * with `/api` and `/oidc` proxied to the mock API server (the same set-up the end-to-end tests use).
 * Ports: PREVIEW_PORT (default 4173) and MOCK_API_PORT (default 4174).
 */
import { run } from './run.ts';
import { runWithMockApi } from './with-mock-api.ts';

const mockPort = process.env.MOCK_API_PORT ?? '4174';
const previewPort = process.env.PREVIEW_PORT ?? '4173';

if (!process.argv.includes('--no-build')) {
  const code = await run('npx', ['vite', 'build']);
  if (code !== 0) process.exit(code);
}
process.env.PREVIEW_PORT = previewPort;
runWithMockApi(['preview'], { appPort: previewPort, mockPort });
