import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiRequest, configureApiAuth } from '#src/shared/api/client.ts';
import type { ApiError } from '#src/shared/api/errors.ts';
import { personaListSchema } from '#src/shared/auth/schemas.ts';
import { profileSchema } from '#src/features/profile/schemas.ts';
import { db } from './db.ts';
import { configureSwitches, getSwitches } from './switches.ts';
import { call, signIn } from './testing.ts';

afterEach(() => configureApiAuth(() => null));

const personas = () => apiRequest({ path: '/auth/personas', schema: personaListSchema, anonymous: true });
const errorOf = (promise: Promise<unknown>) => promise.then(() => undefined, (e: unknown) => e as ApiError);

describe('switches', () => {
  it('unreachable: every request fails with a network error', async () => {
    configureSwitches({ unreachable: true });
    expect((await errorOf(personas()))?.kind).toBe('network');
    configureSwitches({ unreachable: false });
    await expect(personas()).resolves.toBeTruthy();
  });

  it('failNext: the next n matching requests get the status, then it passes', async () => {
    configureSwitches({ failNext: { path: '/auth/personas', status: 503, times: 2, retryAfter: 3 } });
    const first = await errorOf(personas());
    expect(first?.kind).toBe('server');
    expect(first?.status).toBe(503);
    expect((await errorOf(personas()))?.status).toBe(503);
    await expect(personas()).resolves.toBeTruthy();
    expect(getSwitches().failNext).toEqual([]);
  });

  it('failNext with status "network" and a method filter', async () => {
    configureSwitches({ failNext: { status: 'network', method: 'post' } });
    await expect(personas()).resolves.toBeTruthy();
    await expect(call('/helper/acting', { method: 'POST', body: { clientId: 'client-anna' } })).rejects.toThrow();
  });

  it('errorRate: a seeded share of requests gets 503', async () => {
    const run = async () => {
      configureSwitches({ errorRate: 0.5, seed: 42 });
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await call('/auth/personas')).status);
      return statuses;
    };
    const a = await run();
    const b = await run();
    expect(a).toEqual(b);
    expect(a).toContain(503);
    expect(a).toContain(200);
  });

  it('latency: responses wait', async () => {
    configureSwitches({ latencyMs: 150 });
    const start = performance.now();
    await personas();
    expect(performance.now() - start).toBeGreaterThanOrEqual(140);
  });

  it('delayNext: the write is applied before the delayed response arrives', async () => {
    const { token } = await signIn('client-anna');
    configureSwitches({ delayNext: { path: '/profile', method: 'PUT', ms: 300 } });
    const body = {
      preferredName: 'Anna',
      phone: '',
      email: '',
      town: 'Haren',
      benefitApplicationDate: null,
      registeredWithUwv: false,
      uwvRegistrationDate: null,
    };
    let answered = false;
    const pending = call('/clients/client-anna/profile', { token, method: 'PUT', body }).finally(() => (answered = true));
    await vi.waitFor(() => expect(db.writeLog).toHaveLength(1), { interval: 10 });
    expect(answered).toBe(false);
    expect(db.profiles.get('client-anna')?.town).toBe('Haren');
    const response = await pending;
    expect(profileSchema.parse(await response.json()).version).toBe(2);
  });

  it('rejects an invalid configuration', () => {
    expect(() => configureSwitches({ errorRate: 2 })).toThrow();
    expect(() => configureSwitches({ nonsense: true } as never)).toThrow();
  });
});
