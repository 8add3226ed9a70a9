/**
 * `npm start`: the development server (`vite`, with hot reload) and the mock API server
 * (mocks/http-server.ts) with its two OpenID providers, so one signs in at the provider as
 * everywhere else (the test DigiD page is the provider's login page; docs/decisions/014).
 * `/api`, `/oidc` and `/__mock` are proxied to the mock (vite.config.ts). Open http://127.0.0.1:5173
 * (the providers' issuer is that origin). Ports: PORT (default 5173), MOCK_API_PORT (default 4174).
 * With VITE_MOCKS=off only `vite` runs, for a real backend named in public/config.json.
 */
import { run } from './run.ts';
import { runWithMockApi } from './with-mock-api.ts';

const appPort = process.env.PORT ?? '5173';
const mockPort = process.env.MOCK_API_PORT ?? '4174';

if (process.env.VITE_MOCKS === 'off') process.exit(await run('npx', ['vite']));
process.env.PORT = appPort;
runWithMockApi([], { appPort, mockPort });
