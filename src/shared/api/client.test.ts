import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { server } from '#mocks/node.ts';
import { apiRequest, configureApiAuth, onUnauthorized } from './client.ts';
import { ApiError } from './errors.ts';

const thing = z.object({ id: z.string(), n: z.number() });

function answer(status: number, body?: unknown, headers: Record<string, string> = {}) {
  server.use(http.all('*/api/test', () => (body === undefined ? new HttpResponse(null, { status, headers }) : HttpResponse.json(body, { status, headers }))));
}

async function failure(request: Parameters<typeof apiRequest>[0] = { path: '/test', schema: thing }): Promise<ApiError> {
  try {
    await apiRequest(request);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('apiRequest', () => {
  it('returns the validated body and the ETag', async () => {
    answer(200, { id: 'a', n: 1 }, { ETag: '"4"' });
    const result = await apiRequest({ path: '/test', schema: thing });
    expect(result).toEqual({ data: { id: 'a', n: 1 }, etag: '"4"', status: 200 });
  });

  it('sends the bearer token, the idempotency key and If-Match in headers, never in the URL', async () => {
    let seen: Request | undefined;
    server.use(
      http.put('*/api/test', ({ request }) => {
        seen = request;
        return HttpResponse.json({ id: 'a', n: 2 });
      }),
    );
    configureApiAuth(() => 'token-abcdefghijklmnopqrstuvwxyz');
    await apiRequest({ method: 'PUT', path: '/test', body: { n: 2 }, schema: thing, idempotencyKey: 'key-1', ifMatch: '"3"' });
    configureApiAuth(() => null);
    expect(seen?.headers.get('Authorization')).toBe('Bearer token-abcdefghijklmnopqrstuvwxyz');
    expect(seen?.headers.get('Idempotency-Key')).toBe('key-1');
    expect(seen?.headers.get('If-Match')).toBe('"3"');
    expect(seen?.url).not.toContain('token');
  });

  it('maps 400 and 422 to validation errors with field errors by path', async () => {
    answer(422, { title: 'Invalid', status: 422, fieldErrors: { phone: ['validation.phone.invalid'] } });
    const error = await failure();
    expect(error.kind).toBe('validation');
    expect(error.retriable).toBe(false);
    expect(error.fieldErrors).toEqual({ phone: ['validation.phone.invalid'] });
    answer(400, { title: 'Bad', status: 400 });
    expect((await failure()).kind).toBe('validation');
  });

  it('maps 401 to unauthorized and tells listeners which token was refused', async () => {
    const seen: (string | null)[] = [];
    const stop = onUnauthorized((token) => seen.push(token));
    configureApiAuth(() => 'token-of-an-old-session-000000');
    answer(401, { title: 'Unauthorized', status: 401 });
    expect((await failure()).kind).toBe('unauthorized');
    stop();
    configureApiAuth(() => null);
    expect(seen).toEqual(['token-of-an-old-session-000000']);
  });

  it.each([
    [403, 'forbidden', false],
    [404, 'not-found', false],
    [412, 'conflict', false],
    [409, 'conflict', false],
    [500, 'server', true],
    [503, 'server', true],
  ] as const)('maps %i to %s', async (status, kind, retriable) => {
    answer(status, { title: 'x', status, current: { version: 7 } });
    const error = await failure();
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.retriable).toBe(retriable);
  });

  it('keeps the server state of a conflict', async () => {
    answer(412, { title: 'Stale', status: 412, code: 'version-mismatch', current: { version: 7 } });
    const error = await failure();
    expect(error.code).toBe('version-mismatch');
    expect(error.current).toEqual({ version: 7 });
  });

  it('tells a request still in progress (409 on an idempotency key) from a conflict, with Retry-After', async () => {
    answer(409, { title: 'In progress', status: 409, code: 'idempotency-in-progress' }, { 'Retry-After': '2' });
    const error = await failure();
    expect(error.kind).toBe('in-progress');
    expect(error.retriable).toBe(true);
    expect(error.retryAfterMs).toBe(2000);
  });

  it('maps 429 to rate-limited with Retry-After', async () => {
    answer(429, { title: 'Slow down', status: 429 }, { 'Retry-After': '30' });
    const error = await failure();
    expect(error.kind).toBe('rate-limited');
    expect(error.retryAfterMs).toBe(30_000);
  });

  it('maps no answer at all to a network error', async () => {
    server.use(http.all('*/api/test', () => HttpResponse.error()));
    const error = await failure();
    expect(error.kind).toBe('network');
    expect(error.retriable).toBe(true);
  });

  it('refuses an answer that does not match the contract, and one that is not JSON', async () => {
    answer(200, { id: 'a', n: 'not a number' });
    expect((await failure()).kind).toBe('invalid-response');
    server.use(http.all('*/api/test', () => new HttpResponse('<html>', { status: 200, headers: { 'Content-Type': 'text/html' } })));
    expect((await failure()).kind).toBe('invalid-response');
  });

  it('accepts 204 without a body when no schema is given', async () => {
    answer(204);
    const result = await apiRequest({ method: 'DELETE', path: '/test', schema: undefined });
    expect(result.status).toBe(204);
    expect(result.data).toBeUndefined();
  });
});
