import { request as httpRequest } from 'node:http';
import { expect, test, MOCK_API_URL, apiSession, mockState, resetMock } from './support.ts';

/**
 * Hostile input gets a clear 4xx (issue 13, items 2, 3 and 6), against the production build's
 * `vite preview` and this lane's mock API server: a long URL is a 414, bad coach feedback a 4xx
 * (it was a 500), and a 200 MB body a 413 that comes before the body was sent.
 */

test.beforeEach(async () => {
  await resetMock();
});

type Problem = { status: number; code?: string; title: string };

async function expectProblem(response: { status: number; headers: Headers | Record<string, string>; text: string }, status: number, code?: string) {
  const contentType = response.headers instanceof Headers ? response.headers.get('content-type') : response.headers['content-type'];
  expect(response.status, response.text.slice(0, 200)).toBe(status);
  expect(contentType).toBe('application/problem+json');
  const problem = JSON.parse(response.text) as Problem;
  expect(problem.status).toBe(status);
  if (code) expect(problem.code).toBe(code);
}

test('a URL longer than 8000 characters is a 414 problem on every route, before authentication (item 2)', async ({ page }) => {
  const { token } = await apiSession('coach-marieke');
  await page.goto('/inloggen');
  // from the app's page, through the preview's /api proxy, with a token and without
  const answers = await page.evaluate(async (token) => {
    const long = 'a'.repeat(10_000);
    const paths = [`/api/auth/personas/${long}`, `/api/clients/client-anna/profile/${long}`, `/api/coach/caseload?q=${long}`, `/api/${long}`];
    const out: Array<{ status: number; contentType: string | null; text: string }> = [];
    for (const path of paths) {
      for (const headers of [{}, { Authorization: `Bearer ${token}` }] as Array<Record<string, string>>) {
        const response = await fetch(path, { headers });
        out.push({ status: response.status, contentType: response.headers.get('content-type'), text: await response.text() });
      }
    }
    return out;
  }, token);
  expect(answers).toHaveLength(8);
  for (const answer of answers) {
    await expectProblem({ status: answer.status, headers: { 'content-type': answer.contentType ?? '' }, text: answer.text }, 414, 'url-too-long');
  }
  // straight to the mock API server, also past Node's 16 KiB request-line limit
  for (const length of [9_000, 30_000]) {
    const response = await fetch(`${MOCK_API_URL}/api/clients/client-anna/profile/${'a'.repeat(length)}`);
    await expectProblem({ status: response.status, headers: response.headers, text: await response.text() }, 414, 'url-too-long');
  }
  // and the server still answers
  expect((await fetch(`${MOCK_API_URL}/api/auth/personas`)).status).toBe(200);
});

test('bad coach feedback ({}, a bare string, deep nesting) is a 4xx problem and changes nothing (item 3)', async () => {
  const { token } = await apiSession('coach-marieke');
  const before = (await mockState()).activities.find((a) => a.id === 'act-anna-1');
  expect(before).toBeDefined();
  const url = `${MOCK_API_URL}/api/clients/client-anna/activities/act-anna-1/feedback/fb-e2e-bad`;
  const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
  const cases: Array<[string, number]> = [
    ['{}', 422],
    ['"akkoord"', 422],
    ['{"verdict":"question"}', 422],
    ['{"verdict":"question","comment":42}', 422],
    [deep, 400],
    [`{"verdict":"question","comment":${deep}}`, 400],
  ];
  for (const [body, status] of cases) {
    const response = await fetch(url, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Idempotency-Key': `e2e-bad-${status}-${body.length}` },
      body,
    });
    await expectProblem({ status: response.status, headers: response.headers, text: await response.text() }, status);
  }
  const after = await mockState();
  expect(after.activities.find((a) => a.id === 'act-anna-1')).toEqual(before);
  expect(after.writeLog).toEqual([]);
  expect(after.idempotency.filter((record) => record.key.startsWith('e2e-bad-'))).toEqual([]);
});

/** Sends the headers of a request that says it carries `declared` bytes, then only `sent` of them; resolves with the answer. */
function partialUpload(url: string, declared: number, sent: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string>; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'PUT', headers: { ...headers, 'Content-Length': String(declared) } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => {
        clearTimeout(timer);
        req.destroy();
        resolve({ status: res.statusCode ?? 0, headers: res.headers as Record<string, string>, text });
      });
    });
    req.on('error', reject);
    req.write(sent);
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`no answer within 10 s: the server waits for all ${declared} bytes`));
    }, 10_000);
  });
}

/**
 * Sends up to `limit` bytes in chunks without a Content-Length, until the server answers. The server
 * may answer and close while chunks are still going out: a write error after the answer (EPIPE,
 * ECONNRESET) is expected then, and one before it was read means the server closed (status 0).
 */
function streamUpload(url: string, limit: number, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string>; text: string; sent: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = httpRequest(url, { method: 'PUT', headers }, (res) => {
      answered = true;
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => {
        clearTimeout(timer);
        req.destroy();
        resolve({ status: res.statusCode ?? 0, headers: res.headers as Record<string, string>, text, sent });
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (answered) return;
      clearTimeout(timer);
      // the server closed before its answer was read: it also stopped reading (the mock closes a
      // connection whose body it did not read; the answer can be lost in the race)
      if (error.code === 'EPIPE' || error.code === 'ECONNRESET') resolve({ status: 0, headers: {}, text: '', sent });
      else reject(error);
    });
    const chunk = Buffer.alloc(256 * 1024, 0x61);
    const pump = () => {
      while (!answered && sent < limit) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!answered) req.end();
    };
    pump();
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error('no answer within 10 s: the server reads the whole stream'));
    }, 10_000);
  });
}

test('a 200 MB body is a 413 problem before the server reads it, and a body of the wrong type a 415 (item 6)', async () => {
  const { token } = await apiSession('client-anna');
  const before = await mockState();
  const MB200 = 200 * 1024 * 1024;
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };

  // only the headers and 20 bytes go out: the answer must come from Content-Length alone
  const declared = await partialUpload(`${MOCK_API_URL}/api/clients/client-anna/profile`, MB200, '{"preferredName":"xx', headers);
  await expectProblem(declared, 413, 'body-too-large');
  // and without a token too (the limit comes before authentication)
  const anonymous = await partialUpload(`${MOCK_API_URL}/api/clients/client-anna/activities/act-anna-1/proofs/p-1/chunks/0`, MB200, '{"data":"', { 'Content-Type': 'application/json' });
  await expectProblem(anonymous, 413, 'body-too-large');

  // no Content-Length (a stream): the server stops reading at the limit, long before 200 MB
  const streamed = await streamUpload(`${MOCK_API_URL}/api/clients/client-anna/profile`, MB200, headers);
  if (streamed.status !== 0) await expectProblem(streamed, 413, 'body-too-large');
  expect(streamed.sent).toBeLessThan(32 * 1024 * 1024);

  // text/plain to a JSON operation
  const text = await fetch(`${MOCK_API_URL}/api/clients/client-anna/profile`, { method: 'PUT', headers: { ...headers, 'Content-Type': 'text/plain' }, body: 'Haren' });
  await expectProblem({ status: text.status, headers: text.headers, text: await text.text() }, 415, 'unsupported-media-type');

  const after = await mockState();
  expect(after.profiles).toEqual(before.profiles);
  expect(after.writeLog).toEqual([]);
  expect((await fetch(`${MOCK_API_URL}/api/auth/personas`)).status).toBe(200);
});
