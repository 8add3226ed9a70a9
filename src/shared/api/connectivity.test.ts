import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { onlineManager } from '@tanstack/react-query';
import { server } from '#mocks/node.ts';
import { apiRequest } from './client.ts';
import { FIRST_CHECK_MS, MAX_CHECK_MS, checkConnection, reportNetworkFailure, reportResponse, resetConnectivity } from './connectivity.ts';

/** `/api/health` answers while `reachable` is true and fails like a lost connection otherwise; counts the checks. */
function healthEndpoint() {
  const state = { reachable: false, checks: 0 };
  server.use(
    http.get('*/api/health', () => {
      state.checks += 1;
      return state.reachable ? new HttpResponse(null, { status: 204 }) : HttpResponse.error();
    }),
  );
  return state;
}

/** Waits (in real time, without moving the fake clock as vi.waitFor does) until the assertion holds. */
async function until(assertion: () => void): Promise<void> {
  for (let i = 0; ; i += 1) {
    try {
      assertion();
      return;
    } catch (error) {
      if (i > 500) throw error;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

describe('connectivity: the online state also learns from requests (lie-fi)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    resetConnectivity();
  });
  afterEach(() => {
    resetConnectivity();
    vi.useRealTimers();
  });

  it('a request without an answer makes the app offline while the browser still says online; any answer makes it online', async () => {
    expect(navigator.onLine).toBe(true);
    server.use(http.get('*/api/test', () => HttpResponse.error()));
    await expect(apiRequest({ path: '/test', schema: z.unknown() })).rejects.toMatchObject({ kind: 'network' });
    expect(onlineManager.isOnline()).toBe(false);

    // an error status is an answer: the API is reachable
    server.use(http.get('*/api/test', () => HttpResponse.json({ title: 'Internal server error', status: 500 }, { status: 500 })));
    await expect(apiRequest({ path: '/test', schema: z.unknown() })).rejects.toMatchObject({ kind: 'server' });
    expect(onlineManager.isOnline()).toBe(true);
  });

  it('an aborted request says nothing about the connection', async () => {
    server.use(http.get('*/api/test', () => new Promise<Response>(() => undefined))); // never answers
    const controller = new AbortController();
    const request = apiRequest({ path: '/test', schema: z.unknown(), signal: controller.signal });
    controller.abort();
    await expect(request).rejects.toBeDefined();
    expect(onlineManager.isOnline()).toBe(true);
  });

  it('while offline by failures, checks the API with back-off until it answers, then stops', async () => {
    const health = healthEndpoint();
    reportNetworkFailure();
    expect(onlineManager.isOnline()).toBe(false);

    await vi.advanceTimersByTimeAsync(FIRST_CHECK_MS - 1);
    expect(health.checks).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    await until(() => expect(health.checks).toBe(1));
    expect(onlineManager.isOnline()).toBe(false);

    // the next check waits twice as long
    await vi.advanceTimersByTimeAsync(2 * FIRST_CHECK_MS - 1);
    expect(health.checks).toBe(1);
    health.reachable = true;
    await vi.advanceTimersByTimeAsync(1);
    await until(() => expect(onlineManager.isOnline()).toBe(true));
    expect(health.checks).toBe(2);

    // online: no more checks
    await vi.advanceTimersByTimeAsync(10 * MAX_CHECK_MS);
    expect(health.checks).toBe(2);
  });

  it('the wait between checks stops growing at a minute', async () => {
    const health = healthEndpoint();
    reportNetworkFailure();
    let elapsed = 0;
    for (let i = 0; i < 6; i += 1) {
      const wait = Math.min(FIRST_CHECK_MS * 2 ** i, MAX_CHECK_MS);
      await vi.advanceTimersByTimeAsync(wait);
      elapsed += wait;
      await until(() => expect(health.checks).toBe(i + 1));
    }
    expect(elapsed).toBe(5_000 + 10_000 + 20_000 + 40_000 + 60_000 + 60_000);
  });

  it('an answer to any request cancels the pending check', async () => {
    const health = healthEndpoint();
    reportNetworkFailure();
    reportResponse();
    expect(onlineManager.isOnline()).toBe(true);
    await vi.advanceTimersByTimeAsync(10 * MAX_CHECK_MS);
    expect(health.checks).toBe(0);
  });

  it('checkConnection asks the API now and says whether it answered', async () => {
    const health = healthEndpoint();
    expect(await checkConnection()).toBe(false);
    expect(onlineManager.isOnline()).toBe(false);
    health.reachable = true;
    expect(await checkConnection()).toBe(true);
    expect(onlineManager.isOnline()).toBe(true);
    expect(health.checks).toBe(2);
  });

  it('when the browser itself says offline, nothing is checked: its online event brings the app back', async () => {
    const health = healthEndpoint();
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      expect(await checkConnection()).toBe(false);
      reportNetworkFailure();
      await vi.advanceTimersByTimeAsync(10 * MAX_CHECK_MS);
      expect(health.checks).toBe(0);
      expect(onlineManager.isOnline()).toBe(false);
    } finally {
      onLine.mockRestore();
    }
  });

  it('an answer that arrives after the browser went offline does not make the app online (a request sent before)', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      onlineManager.setOnline(false);
      server.use(http.get('*/api/test', () => HttpResponse.json({ ok: true })));
      await apiRequest({ path: '/test', schema: z.unknown() });
      expect(onlineManager.isOnline()).toBe(false);
    } finally {
      onLine.mockRestore();
    }
    // with a network again, any answer makes it online
    await apiRequest({ path: '/test', schema: z.unknown() });
    expect(onlineManager.isOnline()).toBe(true);
  });
});
