import type { QueryClient } from '@tanstack/react-query';
import type { Session } from '#src/shared/auth/schemas.ts';
import { onSignOut } from '#src/shared/auth/sign-out.ts';
import { createOutbox, setAppOutbox, type Outbox } from '#src/shared/offline/outbox.ts';
import { createIdbOutboxStore } from '#src/shared/offline/idb-store.ts';
import { createMemoryOutboxStore } from '#src/shared/offline/memory-store.ts';
import { startOutboxSync } from '#src/shared/offline/sync.ts';
import { createQueryPersistence, initOnlineManager, QUERY_PERSIST_KEY, type QueryPersistence } from '#src/shared/offline/persist-queries.ts';
import { wipeDevice } from '#src/shared/offline/wipe.ts';
import { unsealWerkmapDb } from '#src/shared/offline/db.ts';

/**
 * Every outbox kind is registered before the outbox sends anything, so queued records can always
 * be sent. Loaded right after start (not before the first screen: the kinds bring zod along).
 */
const outboxKindsLoaded = import('./outbox-kinds.ts');

/**
 * The device services of the signed-in person: the outbox (IndexedDB, or memory on a public
 * computer), its sync triggers and the persisted query cache (not on a public computer).
 * See docs/decisions/002-data-on-the-device.md.
 */
type Services = {
  userId: string;
  publicComputer: boolean;
  outbox: Outbox;
  stopSync: () => void;
  persistence: QueryPersistence | null;
};

let current: Services | null = null;
let wiredSignOut = false;

function teardown(queryClient: QueryClient): void {
  if (!current) return;
  current.stopSync();
  current.persistence?.unsubscribe();
  setAppOutbox(null);
  current.outbox.dispose();
  current = null;
  queryClient.clear();
}

export async function startSessionServices(queryClient: QueryClient, session: Session | null): Promise<void> {
  if (!wiredSignOut) {
    wiredSignOut = true;
    onSignOut(async () => {
      const outbox = current?.outbox;
      if (outbox) await outbox.clear();
      teardown(queryClient);
      queryClient.clear();
      // in development the mock backend's demo data (also in localStorage) survives a sign-out
      await wipeDevice(import.meta.env.DEV ? { keep: (key) => key === 'werkmap.mock-db' } : {});
    });
  }
  initOnlineManager();
  const userId = session?.user.id ?? null;
  if (current && current.userId === userId && current.publicComputer === session?.publicComputer) {
    // Signed in again as the same person (after a 401): send what waited.
    current.outbox.resumeAfterLogin();
    return;
  }
  teardown(queryClient);
  if (!session || !userId) return;

  const publicComputer = session.publicComputer;
  // a public computer never writes to IndexedDB; one's own device may again after a wipe
  if (!publicComputer) unsealWerkmapDb();
  const outbox = createOutbox({
    store: publicComputer ? createMemoryOutboxStore() : createIdbOutboxStore(),
    ownerId: userId,
    onError: (message) => console.error(`[outbox] ${message}`),
  });
  const persistence = publicComputer
    ? null
    : createQueryPersistence(queryClient, { buildId: __BUILD_ID__, key: `${QUERY_PERSIST_KEY}:${userId}` });
  // Another tab sent or threw away a change: what this tab shows may be older than the server.
  outbox.onEvent((event) => {
    if (event.remote && (event.type === 'sent' || event.type === 'discarded')) void queryClient.invalidateQueries();
  });
  current = { userId, publicComputer, outbox, persistence, stopSync: () => undefined };
  setAppOutbox(outbox);
  // Show the last known data before the first render, so the app opens offline with it.
  await persistence?.restored;
  // Sending starts once the kinds are registered; the first screen does not wait for that.
  void outboxKindsLoaded.then(() => {
    if (current?.outbox === outbox) current.stopSync = startOutboxSync(outbox);
  });
}
