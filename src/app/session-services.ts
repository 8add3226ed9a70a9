import type { QueryClient } from '@tanstack/react-query';
import type { Session } from '#src/shared/auth/schemas.ts';
import { onSignOut } from '#src/shared/auth/sign-out.ts';
import { createOutbox, setAppOutbox, type Outbox } from '#src/shared/offline/outbox.ts';
import { createIdbOutboxStore } from '#src/shared/offline/idb-store.ts';
import { createMemoryOutboxStore } from '#src/shared/offline/memory-store.ts';
import { startOutboxSync } from '#src/shared/offline/sync.ts';
import { createQueryPersistence, initOnlineManager, QUERY_PERSIST_KEY, type QueryPersistence } from '#src/shared/offline/persist-queries.ts';
import { wipeDevice } from '#src/shared/offline/wipe.ts';
import { refreshesOnItsOwn } from '#src/shared/api/query-client.ts';
import { unsealWerkmapDb } from '#src/shared/offline/db.ts';
import { unsubscribeDevice } from '#src/shared/push/device.ts';
import { clearPushMoment } from '#src/shared/push/moment.ts';
import { OIDC_TOKEN_MARK } from '#src/shared/auth/oidc-token.ts';

/**
 * Every outbox kind is registered before the outbox sends anything, so queued records can always
 * be sent. All kinds are one chunk (vite.config.ts, `collectOutboxKinds`), loaded only for a
 * signed-in person and off the first screen's path (issue 15): once the page has loaded and the
 * app's first screen was painted (`loadOutboxKindsAfter`), or at once when a write is queued before
 * that (then sending waits only for that one chunk). Nobody signed in
 * (the sign-in page) loads none of it.
 */
let outboxKinds: Promise<unknown> | null = null;
function loadOutboxKinds(): Promise<unknown> {
  outboxKinds ??= import('./outbox-kinds.ts');
  return outboxKinds;
}
/** When the app loads the kinds if nothing is written before (main.tsx: after the first screen); by default once the page has loaded. */
let kindsMoment: Promise<unknown> = Promise.resolve();
export function loadOutboxKindsAfter(moment: Promise<unknown>): void {
  kindsMoment = moment;
}
function pageLoaded(): Promise<void> {
  if (typeof document === 'undefined' || document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

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
      // this device stops getting pushes (the server removed the subscription with the session)
      clearPushMoment();
      await unsubscribeDevice();
      teardown(queryClient);
      queryClient.clear();
      // in development the mock backend's demo data (also in localStorage) survives a sign-out
      await wipeDevice(import.meta.env.DEV ? { keep: (key) => key === 'werkmap.mock-db' } : {});
    });
  }
  initOnlineManager();
  // signed in at an OpenID provider: keep renewing its tokens (also after a reload)
  if (session?.token === OIDC_TOKEN_MARK) {
    // offline the OIDC client (not precached) cannot load: renewal starts at the next start online
    void import('#src/shared/auth/oidc.ts')
      .then((oidc) => oidc.resumeOidcSession())
      .catch(() => undefined);
  }
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
  // Another tab sent or threw away a change: what this tab shows may be older than the server
  // (a read the server logs as a look is not read again for that: `loggedRead`).
  outbox.onEvent((event) => {
    if (event.remote && (event.type === 'sent' || event.type === 'discarded')) void queryClient.invalidateQueries({ predicate: refreshesOnItsOwn });
  });
  current = { userId, publicComputer, outbox, persistence, stopSync: () => undefined };
  setAppOutbox(outbox);
  // Show the last known data before the first render, so the app opens offline with it.
  await persistence?.restored;
  // Sending starts once the kinds are registered; the first screen does not wait for that.
  let stopWaiting = () => {};
  const firstWrite = new Promise<void>((resolve) => {
    stopWaiting = outbox.onEvent((event) => {
      if (event.type === 'enqueued') resolve();
    });
  });
  void Promise.race([pageLoaded().then(() => kindsMoment), firstWrite])
    .then(loadOutboxKinds)
    .then(() => {
      stopWaiting();
      if (current?.outbox === outbox) current.stopSync = startOutboxSync(outbox);
      // the last of the app's start-up work (tests wait for it before they time the page's own work)
      performance.mark('werkmap:kinds');
    });
}
