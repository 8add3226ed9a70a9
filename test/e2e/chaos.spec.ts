import type { MockConfigInput } from '#mocks/switches.ts';
import { seededRandom } from '#src/shared/lib/random.ts';
import { expect, test, ANNA, configureMock, editProfile, heading, profileInputOf, readOutbox, resetMock, serverProfile, startControlled, summaryValue, syncStatus, waitForQueryPersist, writesTo } from './support.ts';

/**
 * A bounded, seeded chaos run: N profile writes (the town, `Plaats-<i>`) interleaved
 * with offline/online switches, reloads, injected 500s, dropped connections and
 * slow responses. Afterwards the server must hold the last write, and have applied
 * every write exactly once, in order. Replay a failure with the seed it names:
 *   CHAOS_SEED=<seed> CHAOS_N=<n> npm run test:e2e -- test/e2e/chaos.spec.ts
 */

const SEED = Number(process.env.CHAOS_SEED ?? 20_260_327);
const N = Number(process.env.CHAOS_N ?? 25);


test.beforeEach(async () => {
  await resetMock();
});

test(`chaos: ${N} writes with offline switches, reloads, 500s and delays (seed ${SEED})`, async ({ page, context }) => {
  test.setTimeout(120_000);
  expect(Number.isInteger(SEED) && Number.isInteger(N) && N > 0, 'CHAOS_SEED and CHAOS_N must be whole numbers').toBe(true);
  console.log(`chaos: N=${N} seed=${SEED} (replay: CHAOS_SEED=${SEED} CHAOS_N=${N})`);
  const random = seededRandom(SEED);
  const chance = (p: number) => random() < p;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const log: string[] = [];

  // every profile PUT the page sends: its key and the town it carries
  const townByKey = new Map<string, string>();
  const sends: string[] = [];
  const keyReused: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'PUT' || !/\/api\/clients\/client-anna\/profile$/.test(request.url())) return;
    const key = request.headers()['idempotency-key'] ?? '(none)';
    const town = (JSON.parse(request.postData() ?? '{}') as { town?: string }).town ?? '?';
    const known = townByKey.get(key);
    if (known !== undefined && known !== town) keyReused.push(`${key}: ${known} and ${town}`);
    townByKey.set(key, town);
    sends.push(key);
    traffic.push(`PUT ${town} if-match ${request.headers()['if-match']}`);
  });
  const traffic: string[] = [];
  page.on('response', (response) => {
    if (!/\/api\/clients\/client-anna\/profile$/.test(response.url())) return;
    const method = response.request().method();
    const body = (method === 'PUT' ? JSON.parse(response.request().postData() ?? '{}') : {}) as { town?: string };
    traffic.push(`${method} ${body.town ?? ''} -> ${response.status()} etag ${response.headers()['etag']}`);
  });

  try {
    await startControlled(page, ANNA.name);
    await expect(heading(page, 'Mijn zoekperiode')).toBeVisible();
    await page.goto('/profiel');
    await expect(summaryValue(page, 'Woonplaats')).toHaveText('Groningen');
    await waitForQueryPersist(page);
    const before = await serverProfile(ANNA.id);
    await configureMock({ jitterMs: 150, seed: SEED });

    let offline = false;
    for (let i = 1; i <= N; i++) {
      if (chance(0.3)) {
        offline = !offline;
        log.push(offline ? 'offline' : 'online');
        await context.setOffline(offline);
      }
      // at most one fault rule waits on the server at a time, so faults do not pile up
      // on one record while it is offline (a bounded run, not an endless back-off)
      const pending = await configureMock({});
      if (chance(0.4) && pending.failNext.length + pending.delayNext.length === 0) {
        const kind = between(0, 3);
        let fault: MockConfigInput;
        if (kind === 0) fault = { failNext: { path: '/profile', method: 'PUT', times: between(1, 2), status: 500 } };
        else if (kind === 1) fault = { failNext: { path: '/profile', method: 'PUT', times: 1, status: 'network' } };
        else if (kind === 2) fault = { delayNext: { path: '/profile', method: 'PUT', times: 1, ms: between(200, 2_500), stage: 'response' } };
        else fault = { delayNext: { path: '/profile', method: 'PUT', times: 1, ms: between(200, 2_000), stage: 'processing' } };
        log.push(`fault ${JSON.stringify(fault)}`);
        await configureMock(fault);
      }
      const town = `Plaats-${i}`;
      log.push(`write ${town}`);
      traffic.push(`-- write ${town}`);
      await editProfile(page, { town });
      await expect(summaryValue(page, 'Woonplaats')).toHaveText(town);
      if (chance(0.2)) {
        log.push('reload');
        await page.reload();
        await expect(heading(page, 'Mijn gegevens')).toBeVisible();
        await expect(summaryValue(page, 'Woonplaats')).toHaveText(town);
      }
    }

    // The network heals: no more faults; the connection comes back (an `online` event,
    // which also ends any back-off).
    log.push('heal, connection back');
    await configureMock({ failNext: null, delayNext: null });
    await context.setOffline(true);
    await context.setOffline(false);
    await expect(syncStatus(page)).toHaveText('Alles is verstuurd', { timeout: 30_000 });
    await expect(page.getByTestId('profile-sync-state')).toHaveText('Verstuurd');
    expect(await readOutbox(page)).toEqual([]);

    const writes = await writesTo(ANNA.lane);
    const keys = writes.map((write) => write.idempotencyKey ?? '(none)');
    // no loss, no duplicate: N applied writes, N distinct keys, one per write, in order
    expect(keys).toHaveLength(N);
    expect(new Set(keys).size).toBe(N);
    expect(keys.map((key) => townByKey.get(key))).toEqual(Array.from({ length: N }, (_, i) => `Plaats-${i + 1}`));
    expect(writes.map((write) => write.version)).toEqual(Array.from({ length: N }, (_, i) => before.version + i + 1));
    expect(new Set(sends)).toEqual(new Set(keys));
    expect(keyReused, 'one key, one body').toEqual([]);
    expect(await serverProfile(ANNA.id)).toMatchObject({ town: `Plaats-${N}`, version: before.version + N });
    await expect(summaryValue(page, 'Woonplaats')).toHaveText(`Plaats-${N}`);
    console.log(`chaos: ${sends.length} sends for ${N} writes`);
  } catch (error) {
    console.log(`chaos failed (CHAOS_SEED=${SEED} CHAOS_N=${N}); actions:\n  ${log.join('\n  ')}`);
    const outbox = await readOutbox(page).catch(() => []);
    const summary = outbox.map((r) => JSON.stringify({ town: profileInputOf(r).town, status: r.status, attempts: r.attempts, due: r.nextAttemptAt - Date.now(), baseVersion: r.baseVersion, lastError: r.lastError }));
    console.log(`traffic:\n  ${traffic.join('\n  ')}`);
    console.log(`outbox:\n  ${summary.join('\n  ')}\nsends: ${sends.length}; server writes: ${(await writesTo(ANNA.lane)).length}`);
    if (error instanceof Error) error.message = `[chaos CHAOS_SEED=${SEED} CHAOS_N=${N}] ${error.message}`;
    throw error;
  }
});
