import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { getResponse } from 'msw';
import { ZodError } from 'zod';
import { handlers } from './handlers/index.ts';
import { db, initDb, resetDb, snapshotDb } from './db.ts';
import { createTestSession } from './handlers/auth.ts';
import { configureSwitches, resetSwitches } from './switches.ts';
import { observeExchanges } from './http.ts';
import { contractConformance } from './conformance.ts';
import { BodyTooLargeError, MAX_BODY_BYTES, MAX_URL_LENGTH } from './limits.ts';
import { clearPushLog, pushLog, runSchedule, setPushSender } from './notify/scheduler.ts';
import { generateVapidKeys, webPushSender } from './notify/web-push.ts';
import { createOidcProviders, type OidcProviders } from './oidc/provider.ts';
import { setIssuerOrigin } from './oidc/tokens.ts';

/**
 * E2E / production-build host: a Node HTTP server answering with the same MSW
 * handlers through `getResponse` (msw 3 has no `handleRequest`, and
 * @mswjs/http-middleware does not work with it). The store lives in memory for
 * the process lifetime. Test-only endpoints (unless MOCK_TEST_ENDPOINTS=off):
 *   POST /__mock/reset   back to the seed and default switches
 *   GET  /__mock/state   the store (users, clients, profiles, writeLog ...)
 *   POST /__mock/config  failure switches, e.g. {"unreachable":true}
 *   POST /__mock/session  {"personaId","publicComputer"?}: a session with a signed token for a persona,
 *                        as if signed in at the provider ("another device"; `createTestSession`)
 *   GET  /__mock/pushes  the pushes sent since the last reset (to which device, what they said)
 *   GET  /__mock/violations  where the answers since the last call disagreed with docs/openapi.json
 *                        (and forgets them); the end-to-end tests fail on any (test/e2e/support.ts)
 * Under `/oidc/` it runs the two OpenID providers (mocks/oidc/provider.ts) at the app's origin
 * (`appOrigins[0]`: OIDC_ISSUER_ORIGIN, else http://127.0.0.1:PREVIEW_PORT), proxied like `/api`.
 * Run: `node mocks/http-server.ts` (port from MOCK_API_PORT, default 4174).
 * Nothing about requests is logged (tokens, personal data).
 *
 * Limits (mocks/limits.ts): the handlers answer 413/414/415 per operation; here a body is never
 * read past the largest any operation takes (`Content-Length` over it: 413 before routing), a
 * request whose body was not read to the end closes its connection (so Node does not drain
 * the rest), and a request line or headers over Node's 16 KiB get a 414/431 problem.
 */

export type MockApiServer = {
  url: string;
  port: number;
  close: () => Promise<void>;
  /** Resolves when no request is being handled (also one whose client went away): for tests. */
  settled: () => Promise<void>;
};
export type MockApiServerOptions = {
  port?: number;
  host?: string;
  testEndpoints?: boolean;
  /** Where the app runs (redirect URIs); the first is the providers' issuer origin. */
  appOrigins?: string[];
};

/** The app's origins from the environment: the preview's by default (where `/oidc` is proxied). */
export function appOriginsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  const port = env.PREVIEW_PORT ?? '4173';
  const origins = [env.OIDC_ISSUER_ORIGIN, `http://127.0.0.1:${port}`, `http://localhost:${port}`, 'http://127.0.0.1:5173', 'http://localhost:5173'];
  return [...new Set(origins.filter((origin): origin is string => Boolean(origin)))];
}

function sendJson(res: ServerResponse, status: number, body: unknown, contentType = 'application/json'): void {
  if (res.destroyed || res.headersSent) return;
  const text = `${JSON.stringify(body)}\n`;
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store' });
  res.end(text);
}

function sendProblem(res: ServerResponse, status: number, title: string, code: string, extra: Record<string, unknown> = {}): void {
  sendJson(res, status, { title, status, code, ...extra }, 'application/problem+json');
}

/** How often the notification schedule runs without a request (a real backend: every minute). */
const SCHEDULE_INTERVAL_MS = 30_000;

const TEST_ENDPOINT_MAX_BYTES = 64 * 1024;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req) {
    total += (chunk as Buffer).length;
    if (total > TEST_ENDPOINT_MAX_BYTES) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handleTestEndpoint(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
  if (pathname === '/__mock/reset' && req.method === 'POST') {
    await readBody(req);
    resetSwitches();
    resetDb();
    clearPushLog();
    res.writeHead(204).end();
    return;
  }
  if (pathname === '/__mock/state' && req.method === 'GET') {
    sendJson(res, 200, snapshotDb());
    return;
  }
  if (pathname === '/__mock/session' && req.method === 'POST') {
    const { personaId, publicComputer } = JSON.parse((await readBody(req)) || '{}') as { personaId?: unknown; publicComputer?: unknown };
    if (typeof personaId !== 'string' || !db.users.has(personaId)) return sendProblem(res, 422, 'Unknown persona', 'unknown-persona');
    sendJson(res, 201, await createTestSession(personaId, publicComputer === true));
    return;
  }
  if (pathname === '/__mock/pushes' && req.method === 'GET') {
    sendJson(res, 200, pushLog());
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
      if (error instanceof BodyTooLargeError) {
        res.setHeader('Connection', 'close');
        sendProblem(res, 413, 'Content too large', 'body-too-large');
        return;
      }
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
    body: hasBody ? cappedBody(req, MAX_BODY_BYTES) : undefined,
    duplex: 'half',
  } as RequestInit);
}

/**
 * The request body as a web stream that is read only as far as the handler reads it (pull),
 * errors with `BodyTooLargeError` past `maxBytes`, and leaves the socket alone when the reader
 * stops early (`Readable.toWeb` destroys it on cancel: then no 413 could be sent).
 */
function cappedBody(req: IncomingMessage, maxBytes: number): ReadableStream<Uint8Array> {
  const chunks = req[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let received = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await chunks.next();
      if (done) {
        controller.close();
        return;
      }
      received += value.length;
      if (received > maxBytes) controller.error(new BodyTooLargeError());
      else controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.length));
    },
  });
}

async function writeResponse(req: IncomingMessage, res: ServerResponse, response: Response): Promise<void> {
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
  // a body the handler did not read to the end (a 413, or refused before it was needed) is not
  // drained: the connection closes after this response
  if (!req.complete) headers.connection = 'close';
  res.writeHead(response.status, response.statusText || undefined, headers);
  res.end(body ?? undefined);
}

async function handle(req: IncomingMessage, res: ServerResponse, testEndpoints: boolean, oidc: OidcProviders): Promise<void> {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
  if (url.pathname.startsWith('/oidc/') && (await oidc.handle(req, res))) return;
  if (url.pathname.startsWith('/__mock/')) {
    if (testEndpoints) await handleTestEndpoint(req, res, url.pathname);
    else sendProblem(res, 404, 'Not found', 'no-such-endpoint');
    return;
  }
  const length = Number(req.headers['content-length'] ?? 0);
  if (length > MAX_BODY_BYTES) {
    res.setHeader('Connection', 'close');
    sendProblem(res, 413, 'Content too large', 'body-too-large');
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
  await writeResponse(req, res, response);
}

/**
 * What Node's HTTP parser refused, as a problem: a request line over Node's header limit (16 KiB)
 * is a 414, other headers over it a 431, anything else unparseable a 400. Then the connection closes.
 */
function answerClientError(error: Error & { code?: string; rawPacket?: Buffer }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  let status = 400;
  let code = 'bad-request';
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    const raw = error.rawPacket?.subarray(0, MAX_URL_LENGTH + 64).toString('latin1') ?? '';
    const lineEnd = raw.indexOf('\r\n');
    const longLine = lineEnd === -1 || lineEnd > MAX_URL_LENGTH;
    [status, code] = longLine ? [414, 'url-too-long'] : [431, 'headers-too-large'];
  }
  const titles: Record<number, string> = { 400: 'Bad request', 414: 'URI too long', 431: 'Request header fields too large' };
  const text = `${JSON.stringify({ title: titles[status], status, code })}\n`;
  socket.end(
    `HTTP/1.1 ${status} ${titles[status]}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(text)}\r\n` +
      `Cache-Control: no-store\r\nConnection: close\r\n\r\n${text}`,
  );
}

export async function startMockApiServer(options: MockApiServerOptions = {}): Promise<MockApiServer> {
  const host = options.host ?? '127.0.0.1';
  const appOrigins = options.appOrigins ?? appOriginsFromEnv();
  setIssuerOrigin(appOrigins[0] as string);
  const oidc = await createOidcProviders(appOrigins);
  const testEndpoints = options.testEndpoints ?? process.env.MOCK_TEST_ENDPOINTS !== 'off';
  // the store lives in memory for the process: seeded before the first request
  initDb();
  // where tests run, every handler's answer is checked against the contract
  if (testEndpoints) observeExchanges(contractConformance().observe);
  // real Web Push with this process's own VAPID keys; the notification schedule also runs on a
  // timer, so a reminder goes out while nobody uses the app (and on every request, mocks/http.ts)
  generateVapidKeys();
  setPushSender(webPushSender);
  const schedule = setInterval(() => {
    try {
      runSchedule();
    } catch (error) {
      console.error('[mock api] schedule failed:', (error as Error)?.name ?? 'error');
    }
  }, SCHEDULE_INTERVAL_MS);
  schedule.unref();
  const underWay = new Set<Promise<void>>();
  const server = createServer((req, res) => {
    // A client that disconnects mid-response must not crash the server.
    req.on('error', () => {});
    res.on('error', () => {});
    const handling = handle(req, res, testEndpoints, oidc).catch((error: unknown) => {
      console.error('[mock api] request failed:', (error as Error)?.name ?? 'error');
      if (!res.destroyed && !res.headersSent) sendProblem(res, 500, 'Internal server error', 'internal');
      else res.destroy();
    });
    underWay.add(handling);
    void handling.finally(() => underWay.delete(handling));
  });
  server.on('clientError', answerClientError);
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
            clearInterval(schedule);
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
        async settled() {
          while (underWay.size > 0) await Promise.allSettled([...underWay]);
        },
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
