import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { server } from './node.ts';
import { startMockApiServer, type MockApiServer } from './http-server.ts';
import { call, profileInput, signIn } from './testing.ts';

/**
 * The e2e host, end to end on a random port. MSW's `setupServer` (started in
 * test/setup.ts) would intercept this process's own `fetch`, so it is closed
 * for this file and started again afterwards.
 */

let api: MockApiServer;

beforeAll(async () => {
  server.close();
  api = await startMockApiServer({ port: 0, testEndpoints: true });
});

afterAll(async () => {
  await api.close();
  server.listen({ onUnhandledFrame: 'error' });
});

const profileBody = profileInput({ preferredName: 'Anna', phone: '06 12345678', town: 'Haren' });

const post = (path: string, body: unknown) =>
  fetch(`${api.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

type State = { writeLog: Array<{ resource: string; idempotencyKey: string | null }>; profiles: Array<{ clientId: string; town: string }> };
const state = async (): Promise<State> => (await fetch(`${api.url}/__mock/state`)).json() as Promise<State>;

describe('mock API HTTP server', () => {
  it('signs in, reads the profile, applies a resent PUT once and shows it in /__mock/state', async () => {
    expect((await fetch(`${api.url}/__mock/reset`, { method: 'POST' })).status).toBe(204);
    const { token } = await signIn('client-anna', { base: api.url });

    const get = await call('/clients/client-anna/profile', { token, base: api.url });
    expect(get.status).toBe(200);
    expect(get.headers.get('ETag')).toBe('"1"');

    const put = () =>
      call('/clients/client-anna/profile', {
        token,
        base: api.url,
        method: 'PUT',
        body: profileBody,
        headers: { 'Idempotency-Key': 'e2e-1', 'If-Match': '"1"' },
      });
    const first = await put();
    const second = await put();
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.headers.get('Idempotent-Replayed')).toBe('true');

    const { writeLog, profiles } = await state();
    expect(writeLog).toEqual([expect.objectContaining({ resource: 'profile:client-anna', idempotencyKey: 'e2e-1' })]);
    expect(profiles.find((p) => p.clientId === 'client-anna')?.town).toBe('Haren');
  });

  it('answers 404 problems for unknown paths and 401 without a token', async () => {
    const unknown = await fetch(`${api.url}/api/nothing-here`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('Content-Type')).toMatch(/problem\+json/);
    expect((await fetch(`${api.url}/elsewhere`)).status).toBe(404);
    expect((await fetch(`${api.url}/api/coach/caseload`)).status).toBe(401);
  });

  it('configures switches over HTTP; "unreachable" drops the connection', async () => {
    const bad = await post('/__mock/config', { errorRate: 5 });
    expect(bad.status).toBe(400);
    expect((await post('/__mock/config', { unreachable: true })).status).toBe(200);
    await expect(fetch(`${api.url}/api/auth/personas`)).rejects.toThrow();
    await post('/__mock/config', { reset: true });
    expect((await fetch(`${api.url}/api/auth/personas`)).status).toBe(200);
  });

  it('survives a client that disconnects while the response is delayed', async () => {
    await fetch(`${api.url}/__mock/reset`, { method: 'POST' });
    const { token } = await signIn('client-anna', { base: api.url });
    await post('/__mock/config', { delayNext: { path: '/profile', method: 'PUT', ms: 400 } });

    const body = JSON.stringify(profileBody);
    const req = httpRequest(`${api.url}/api/clients/client-anna/profile`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
    });
    const closed = new Promise<void>((resolve) => {
      req.on('error', () => resolve());
      req.on('close', () => resolve());
    });
    req.end(body);
    // the client goes away once the write is applied, while its response is still delayed
    await vi.waitFor(async () => expect((await state()).writeLog).toHaveLength(1), { timeout: 5_000, interval: 20 });
    req.destroy();
    await closed;
    // the server finishes the delayed response to nobody
    await api.settled();

    expect((await fetch(`${api.url}/api/auth/personas`)).status).toBe(200);
    // The write was applied although its response never arrived.
    expect((await state()).writeLog).toHaveLength(1);
  });

  it('answers a long URL with a 414 problem, also past Node\'s 16 KiB header limit, and long headers with a 431', async () => {
    for (const length of [8_200, 12_000, 20_000, 100_000]) {
      const response = await fetch(`${api.url}/api/clients/client-anna/profile/${'a'.repeat(length)}`);
      expect(response.status, String(length)).toBe(414);
      expect(response.headers.get('Content-Type')).toBe('application/problem+json');
      expect(await response.json()).toMatchObject({ status: 414, code: 'url-too-long' });
    }
    const headers = await fetch(`${api.url}/api/auth/personas`, { headers: { 'X-Long': 'a'.repeat(20_000) } });
    expect(headers.status).toBe(431);
    expect(await headers.json()).toMatchObject({ status: 431, code: 'headers-too-large' });
    expect((await fetch(`${api.url}/api/auth/personas`)).status).toBe(200);
  });

  it('answers a 200 MB body with a 413 without reading it: at once on Content-Length, at the limit without', async () => {
    await fetch(`${api.url}/__mock/reset`, { method: 'POST' });
    // the first API request after a reset runs the notification schedule (mocks/notify/scheduler.ts), which
    // adds the seed's notifications: let that happen before taking the snapshot
    expect((await fetch(`${api.url}/api/auth/personas`)).status).toBe(200);
    const before = await (await fetch(`${api.url}/__mock/state`)).text();
    // only the headers and a few bytes are sent: the answer must come from Content-Length alone
    const declared = await new Promise<{ status: number; body: string; connection: string | undefined }>((resolve, reject) => {
      const req = httpRequest(`${api.url}/api/clients/client-anna/profile`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(200 * 1024 * 1024) },
      }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection }));
      });
      req.on('error', reject);
      req.write('{"preferredName":"');
    });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ status: 413, code: 'body-too-large' });
    expect(declared.connection).toBe('close');

    // no Content-Length (chunked): the server stops reading past the operation's limit
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 200 * 1024 * 1024) return controller.close();
        sent += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x61));
      },
    });
    const chunked = await fetch(`${api.url}/api/clients/client-anna/profile`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(await chunked.json()).toMatchObject({ code: 'body-too-large' });
    expect(sent).toBeLessThan(20 * 1024 * 1024);

    const text = await fetch(`${api.url}/api/clients/client-anna/profile`, { method: 'PUT', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
    expect(text.status).toBe(415);
    const config = await post('/__mock/config', { seed: 1, pad: 'x'.repeat(100_000) });
    expect(config.status).toBe(413);
    expect((await (await fetch(`${api.url}/__mock/state`)).text()) === before, 'the store is unchanged').toBe(true);
    expect((await fetch(`${api.url}/api/auth/personas`)).status).toBe(200);
  });

  it('runs directly with `node mocks/http-server.ts`', async () => {
    const script = join(import.meta.dirname, 'http-server.ts');
    const child = spawn(process.execPath, [script], {
      env: { ...process.env, MOCK_API_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /mock API listening on (http:\/\/\S+)/.exec(out);
          if (match) resolve(match[1] as string);
        });
        child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
        setTimeout(() => reject(new Error('no start line')), 10_000);
      });
      const personas = await fetch(`${url}/api/auth/personas`);
      expect(personas.status).toBe(200);
      expect(((await personas.json()) as unknown[]).length).toBeGreaterThan(5);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
