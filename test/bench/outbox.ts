/**
 * Outbox figures: enqueue 1,000 profile edits (durable in IndexedDB — fake-indexeddb in Node),
 * then drain them through the real API client against the mock API server over HTTP, in one
 * lane (strict order: the slowest case) and spread over 20 clients' lanes.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { startMockApiServer } from '#mocks/http-server.ts';
import { configureApiAuth } from '#src/shared/api/client.ts';
import { createOutbox } from '#src/shared/offline/outbox.ts';
import { createIdbOutboxStore } from '#src/shared/offline/idb-store.ts';
import { closeWerkmapDb } from '#src/shared/offline/db.ts';
import { updateProfileKind, profileLane } from '#src/features/profile/api/update-profile.ts';
import type { ProfileInput } from '#src/features/profile/schemas.ts';

const ms = (n: number) => `${n.toFixed(0)} ms`;

async function signIn(base: string, personaId: string): Promise<string> {
  const response = await fetch(`${base}/__mock/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ personaId, publicComputer: false }),
  });
  const session = (await response.json()) as { token: string };
  return session.token;
}

function edit(i: number): ProfileInput {
  return {
    preferredName: 'Anna',
    phone: '06 12345678',
    email: 'anna@example.nl',
    town: `Plaats ${i}`,
    benefitApplicationDate: null,
    registeredWithUwv: false,
    uwvRegistrationDate: null,
  };
}

async function run(count: number, base: string, token: string) {
  globalThis.indexedDB = new IDBFactory();
  await closeWerkmapDb();
  configureApiAuth(() => token);
  const outbox = createOutbox({ store: createIdbOutboxStore(), ownerId: 'client-anna', channel: null, isOnline: () => false, maxParallelLanes: 4 });
  const t0 = performance.now();
  for (let i = 0; i < count; i += 1) {
    await outbox.enqueue({ lane: profileLane('client-anna'), kind: updateProfileKind, payload: { clientId: 'client-anna', input: edit(i) }, ownerId: 'client-anna' });
  }
  const enqueueMs = performance.now() - t0;
  outbox.setOnline(true);
  const t1 = performance.now();
  while ((await outbox.list()).length > 0) await outbox.drain();
  const drainMs = performance.now() - t1;
  outbox.dispose();
  return { enqueueMs, drainMs };
}

export async function printOutboxFigures(count = 1000) {
  const server = await startMockApiServer({ port: 0 });
  (globalThis as { location?: unknown }).location = { origin: server.url };
  try {
    const token = await signIn(server.url, 'client-anna');
    const r = await run(count, server.url, token);
    const state = (await (await fetch(`${server.url}/__mock/state`)).json()) as { writeLog: { resource: string }[] };
    const written = state.writeLog.filter((w) => w.resource === 'profile:client-anna').length;
    console.log(`Outbox (Node, fake-indexeddb, mock API over HTTP on loopback)`);
    console.log(`  enqueue ${count} writes   ${ms(r.enqueueMs)}  (${(r.enqueueMs / count).toFixed(2)} ms each, each committed before the next)`);
    console.log(`  drain ${count} writes     ${ms(r.drainMs)}  (one lane, strictly in order; ${(count / (r.drainMs / 1000)).toFixed(0)} writes/s)`);
    console.log(`  server writes     ${written} of ${count} (exactly once: ${written === count ? 'yes' : 'NO'})`);
  } finally {
    await server.close();
  }
}
