import { describe, expect, it } from 'vitest';
import { FILE_CHUNK_CHARS } from '#src/shared/files/schemas.ts';
import { problemSchema } from '#src/shared/api/problem.ts';
import {
  BodyTooLargeError,
  CHUNK_BODY_MAX_BYTES,
  JSON_BODY_MAX_BYTES,
  MAX_JSON_DEPTH,
  MAX_URL_LENGTH,
  NO_BODY_MAX_BYTES,
  bodyPolicyFor,
  declaredLength,
  isJsonContentType,
  jsonTooDeep,
  readCapped,
  urlTooLong,
} from './limits.ts';
import { checkBody } from './http.ts';
import { operations } from './handlers/index.ts';
import { snapshotDb } from './db.ts';
import { apiUrl, call, signIn } from './testing.ts';

function streamOf(chunks: number[], onPull?: () => void): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      onPull?.();
      const size = chunks[i++];
      if (size === undefined) controller.close();
      else controller.enqueue(new Uint8Array(size).fill(0x61));
    },
  });
}

describe('limits: the pieces', () => {
  it('measures the request target (path and query) against MAX_URL_LENGTH', () => {
    const at = (n: number, query = '') => `http://localhost/api/${'a'.repeat(n - '/api/'.length - query.length)}${query}`;
    expect(urlTooLong(at(MAX_URL_LENGTH))).toBe(false);
    expect(urlTooLong(at(MAX_URL_LENGTH, '?q=1'))).toBe(false);
    expect(urlTooLong(at(MAX_URL_LENGTH + 1))).toBe(true);
    expect(urlTooLong(at(MAX_URL_LENGTH + 1, '?q=1'))).toBe(true);
    expect(urlTooLong(`http://localhost/api/x?q=${'x'.repeat(MAX_URL_LENGTH)}`)).toBe(true);
    // MSW's matcher (8192 with the origin) would throw on this one: a long origin makes it a 414 too
    expect(urlTooLong(`http://${'h'.repeat(250)}.nl/api/${'a'.repeat(MAX_URL_LENGTH - 10)}`)).toBe(true);
  });

  it('gives every operation a body policy: JSON 1 MiB, chunks a little over a chunk, none 16 KiB', () => {
    const policy = (method: string, path: string) => bodyPolicyFor(method, path);
    expect(policy('PUT', '/clients/:clientId/profile')).toEqual({ maxBytes: JSON_BODY_MAX_BYTES, json: true });
    expect(policy('PUT', '/clients/:clientId/activities/:activityId/proofs/:proofId/chunks/:index')).toEqual({ maxBytes: CHUNK_BODY_MAX_BYTES, json: true });
    expect(policy('DELETE', '/auth/session')).toEqual({ maxBytes: NO_BODY_MAX_BYTES, json: false });
    expect(policy('ALL', '/*')).toEqual({ maxBytes: NO_BODY_MAX_BYTES, json: false });
    // what the app sends as a chunk fits, with room for the JSON around it
    expect(JSON.stringify({ data: 'A'.repeat(FILE_CHUNK_CHARS) }).length).toBeLessThan(CHUNK_BODY_MAX_BYTES);
    for (const op of operations) {
      const expected = op.path.includes('/chunks/') ? CHUNK_BODY_MAX_BYTES : op.request ? JSON_BODY_MAX_BYTES : NO_BODY_MAX_BYTES;
      expect(policy(op.method, op.path.replace(/\{(\w+)\}/g, ':$1')).maxBytes, `${op.method} ${op.path}`).toBe(expected);
    }
  });

  it('reads Content-Length strictly', () => {
    const headers = (value?: string) => new Headers(value === undefined ? {} : { 'Content-Length': value });
    expect(declaredLength(headers())).toBeNull();
    expect(declaredLength(headers('0'))).toBe(0);
    expect(declaredLength(headers('209715200'))).toBe(209_715_200);
    for (const bad of ['-1', '1e9', '12, 12', 'abc', '0x10']) expect(declaredLength(headers(bad)), bad).toBeNaN();
  });

  it('takes JSON in UTF-8 only', () => {
    for (const ok of ['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset="UTF-8"', 'application/merge-patch+json']) {
      expect(isJsonContentType(ok), ok).toBe(true);
    }
    for (const bad of [null, '', 'text/plain', 'application/jsonp', 'application/json; charset=latin1', 'multipart/form-data', 'text/json', 'application/x-www-form-urlencoded']) {
      expect(isJsonContentType(bad), String(bad)).toBe(false);
    }
  });

  it('reads a stream up to the limit and stops there (cancelling the rest)', async () => {
    expect(await readCapped(null, 10)).toEqual(new Uint8Array(0));
    expect(await readCapped(streamOf([4, 6]), 10)).toHaveLength(10);
    let pulls = 0;
    expect(await readCapped(streamOf(Array.from({ length: 1000 }, () => 1024), () => pulls++), 10 * 1024)).toBe('too-large');
    expect(pulls).toBeLessThanOrEqual(12);
    const failing = new ReadableStream({ pull: (controller) => controller.error(new BodyTooLargeError()) });
    expect(await readCapped(failing, 10)).toBe('too-large');
  });

  it('counts nesting without parsing, and ignores brackets in strings', () => {
    expect(jsonTooDeep('[]')).toBe(false);
    expect(jsonTooDeep(`${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`)).toBe(false);
    expect(jsonTooDeep(`${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`)).toBe(true);
    expect(jsonTooDeep(`{"a":${'{"b":'.repeat(100)}1${'}'.repeat(100)}}`)).toBe(true);
    expect(jsonTooDeep(JSON.stringify({ text: '['.repeat(1000), quoted: '\\"[[[[' }))).toBe(false);
  });
});

describe('limits: checkBody', () => {
  const put = (init: RequestInit & { length?: number } = {}) =>
    new Request('http://localhost/api/x', {
      method: 'PUT',
      ...init,
      headers: { ...(init.length === undefined ? {} : { 'Content-Length': String(init.length) }), ...(init.headers as Record<string, string>) },
      duplex: 'half',
    } as RequestInit);
  const json = { maxBytes: 100, json: true };

  it('refuses a declared Content-Length over the limit without reading the body', async () => {
    let pulls = 0;
    const body = streamOf(Array.from({ length: 100 }, () => 10), () => pulls++);
    const response = await checkBody(put({ length: 1000, headers: { 'Content-Type': 'application/json' }, body }), json);
    expect(response).toBeInstanceOf(Response);
    expect((response as Response).status).toBe(413);
    expect(problemSchema.parse(await (response as Response).json())).toMatchObject({ status: 413, code: 'body-too-large' });
    // a stream fills its queue once when it is made; nothing is read after that
    expect(pulls).toBeLessThanOrEqual(1);
  });

  it('refuses a body without Content-Length once it goes past the limit', async () => {
    const response = await checkBody(put({ headers: { 'Content-Type': 'application/json' }, body: streamOf([60, 60, 60]) }), json);
    expect((response as Response).status).toBe(413);
  });

  it('refuses another content type for a JSON operation (415), and any type for one without a body', async () => {
    const text = await checkBody(put({ headers: { 'Content-Type': 'text/plain' }, body: 'hello' }), json);
    expect((text as Response).status).toBe(415);
    expect(((await (text as Response).json()) as { code: string }).code).toBe('unsupported-media-type');
    const none = await checkBody(put({ body: new Uint8Array([1, 2, 3]) }), json);
    expect((none as Response).status).toBe(415);
    // no body at all: the handler says what is missing (400 body-missing)
    expect(await checkBody(put(), json)).toBeInstanceOf(Request);
    // an operation without a request body does not care about the type, only the size
    expect(await checkBody(put({ headers: { 'Content-Type': 'text/plain' }, body: 'x' }), { maxBytes: 10, json: false })).toBeInstanceOf(Request);
  });

  it('hands on a request whose body can be read again (idempotency fingerprint, then the schema)', async () => {
    const checked = await checkBody(put({ headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: '{"a":1}' }), json);
    expect(checked).toBeInstanceOf(Request);
    expect(await (checked as Request).clone().text()).toBe('{"a":1}');
    expect(await (checked as Request).json()).toEqual({ a: 1 });
  });

  it('refuses an unreadable Content-Length', async () => {
    expect(((await checkBody(put({ length: Number.NaN, body: '{}' }), json)) as Response).status).toBe(400);
  });
});

describe('limits through the handlers (MSW in Node)', () => {
  it('answers a long URL with a 414 problem on every route, with or without a token, before authentication', async () => {
    const { token } = await signIn('client-anna');
    for (const path of ['/auth/personas', '/clients/client-anna/profile', '/nowhere']) {
      for (const auth of [token, null]) {
        const response = await call(`${path}/${'x'.repeat(MAX_URL_LENGTH)}`, { token: auth });
        expect(response.status).toBe(414);
        expect(response.headers.get('Content-Type')).toBe('application/problem+json');
        expect(problemSchema.parse(await response.json())).toMatchObject({ status: 414, code: 'url-too-long' });
      }
    }
    expect((await call(`/auth/personas?q=${'x'.repeat(MAX_URL_LENGTH)}`)).status).toBe(414);
    expect((await call(`/auth/personas?q=${'x'.repeat(100)}`)).status).toBe(200);
  });

  it('answers a body over the limit with a 413 and the wrong type with a 415, before authentication and without a change', async () => {
    const anna = (await signIn('client-anna')).token;
    const before = JSON.stringify(snapshotDb());
    const big = JSON.stringify({ preferredName: 'x'.repeat(JSON_BODY_MAX_BYTES) });
    for (const token of [null, anna]) {
      const headers = { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) };
      const tooBig = await fetch(apiUrl('/clients/client-anna/profile'), { method: 'PUT', headers, body: big });
      expect(tooBig.status).toBe(413);
      expect(problemSchema.parse(await tooBig.json()).code).toBe('body-too-large');
      const chunk = await fetch(apiUrl('/clients/client-anna/activities/act-anna-1/proofs/p-1/chunks/0'), {
        method: 'PUT',
        headers,
        body: JSON.stringify({ data: 'A'.repeat(CHUNK_BODY_MAX_BYTES) }),
      });
      expect(chunk.status).toBe(413);
      const text = await fetch(apiUrl('/clients/client-anna/profile'), { method: 'PUT', headers: { ...headers, 'Content-Type': 'text/plain' }, body: '{}' });
      expect(text.status).toBe(415);
      expect(text.headers.get('Content-Type')).toBe('application/problem+json');
    }
    expect(JSON.stringify(snapshotDb()) === before, 'the store is unchanged').toBe(true);
  });

  it('still takes a chunk of the size the app sends', async () => {
    const { token } = await signIn('client-anna');
    const response = await call('/clients/client-anna/activities/act-anna-1/proofs/p-1/chunks/0', { method: 'PUT', token, body: { data: 'A'.repeat(FILE_CHUNK_CHARS) } });
    // no upload started: a 404 from the handler, so the body got through the limit
    expect(response.status).toBe(404);
  });
});
