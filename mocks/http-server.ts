import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { getResponse } from 'msw';
import { ZodError } from 'zod';
import { handlers } from './handlers/index.ts';
import { resetDb, snapshotDb } from './db.ts';
import { configureSwitches, resetSwitches } from './switches.ts';
import { observeExchanges } from './http.ts';
import { contractConformance } from './conformance.ts';

/**
 * E2E / production-build host: a Node HTTP server answering with the same MSW
 * handlers through `getResponse` (msw 3 has no `handleRequest`, and
 * @mswjs/http-middleware does not work with it). The store lives in memory for
 * the process lifetime. Test-only endpoints (unless MOCK_TEST_ENDPOINTS=off):
 *   POST /__mock/reset   back to the seed and default switches
 *   GET  /__mock/state   the store (users, clients, profiles, writeLog ...)
 *   POST /__mock/config  failure switches, e.g. {"unreachable":true}
 *   GET  /__mock/violations  where the answers since the last call disagreed with docs/openapi.json
 *                        (and forgets them); the end-to-end tests fail on any (test/e2e/support.ts)
 * Run: `node mocks/http-server.ts` (port from MOCK_API_PORT, default 4174).
 * Nothing about requests is logged (tokens, personal data).
 */

export type MockApiServer = { url: string; port: number; close: () => Promise<void> };
export type MockApiServerOptions = { port?: number; host?: string; testEndpoints?: boolean };

function sendJson(res: ServerResponse, status: number, body: unknown, contentType = 'application/json'): void {
  if (res.destroyed || res.headersSent) return;
  const text = `${JSON.stringify(body)}\n`;
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store' });
  res.end(text);
}

function sendProblem(res: ServerResponse, status: number, title: string, code: string, extra: Record<string, unknown> = {}): void {
  sendJson(res, status, { title, status, code, ...extra }, 'application/problem+json');
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function handleTestEndpoint(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
  if (pathname === '/__mock/reset' && req.method === 'POST') {
    await readBody(req);
    resetSwitches();
    resetDb();
    res.writeHead(204).end();
    return;
  }
  if (pathname === '/__mock/state' && req.method === 'GET') {
    sendJson(res, 200, snapshotDb());
    return;
  }
  if (pathname === '/__mock/violations' && req.method === 'GET') {
    sendJson(res, 200, await contractConformance().take());
    return;
  }
  if (pathname === '/__mock/config' && req.method === 'POST') {
    try {
      const text = await readBody(req);
      sendJson(res, 200, configureSwitches(text.trim() === '' ? {} : (JSON.parse(text) as never)));
    } catch (error) {
      const fieldErrors =
        error instanceof ZodError
          ? Object.fromEntries(error.issues.map((issue) => [issue.path.join('.') || '_form', [issue.message]]))
          : undefined;
      sendProblem(res, 400, 'Invalid mock configuration', 'invalid-config', fieldErrors ? { fieldErrors } : {});
    }
    return;
  }
  sendProblem(res, 404, 'Not found', 'no-such-endpoint');
}

function toRequest(req: IncomingMessage, url: URL): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(url, {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    duplex: 'half',
  } as RequestInit);
}

async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  const body = response.status === 204 || response.status === 304 ? null : Buffer.from(await response.arrayBuffer());
  // The client may have gone away while the handler (or a delay switch) was running.
  if (res.destroyed || res.headersSent) return;
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name === 'set-cookie' || name === 'content-length' || name === 'transfer-encoding') return;
    headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  if (body) headers['content-length'] = String(body.byteLength);
  res.writeHead(response.status, response.statusText || undefined, headers);
  res.end(body ?? undefined);
}

async function handle(req: IncomingMessage, res: ServerResponse, testEndpoints: boolean): Promise<void> {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
  if (url.pathname.startsWith('/__mock/')) {
    if (testEndpoints) await handleTestEndpoint(req, res, url.pathname);
    else sendProblem(res, 404, 'Not found', 'no-such-endpoint');
    return;
  }
  const response = await getResponse(handlers, toRequest(req, url));
  if (!response) {
    sendProblem(res, 404, 'Not found', 'no-such-endpoint');
    return;
  }
  if (response.type === 'error') {
    // `HttpResponse.error()` (the "unreachable" switch): drop the connection.
    req.socket.destroy();
    return;
  }
  await writeResponse(res, response);
}

export function startMockApiServer(options: MockApiServerOptions = {}): Promise<MockApiServer> {
  const host = options.host ?? '127.0.0.1';
  const testEndpoints = options.testEndpoints ?? process.env.MOCK_TEST_ENDPOINTS !== 'off';
  // where tests run, every handler's answer is checked against the contract
  if (testEndpoints) observeExchanges(contractConformance().observe);
  const server = createServer((req, res) => {
    // A client that disconnects mid-response must not crash the server.
    req.on('error', () => {});
    res.on('error', () => {});
    handle(req, res, testEndpoints).catch((error: unknown) => {
      console.error('[mock api] request failed:', (error as Error)?.name ?? 'error');
      if (!res.destroyed && !res.headersSent) sendProblem(res, 500, 'Internal server error', 'internal');
      else res.destroy();
    });
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4174, host, () => {
      server.off('error', reject);
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : (options.port ?? 4174);
      resolve({
        url: `http://${host}:${port}`,
        port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}

const runDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runDirectly) {
  const port = Number(process.env.MOCK_API_PORT ?? 4174);
  const api = await startMockApiServer({ port });
  console.log(`mock API listening on ${api.url}`);
  const stop = () => {
    void api.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
