import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, DeviceSealedError, openWerkmapDb, openWerkmapDbConnection, unsealWerkmapDb } from './db.ts';
import { createIdbOutboxStore } from './idb-store.ts';
import { createIdbQueryStorage } from './persist-queries.ts';
import { rawRecord, resetIndexedDb } from './test-helpers.ts';
import { LANGUAGE_CACHE, PRECACHE_PREFIX, STORAGE_PREFIX, wipeDevice } from './wipe.ts';

function stubCaches(names: string[]) {
  const present = new Set(names);
  const stub = {
    keys: vi.fn(async () => [...present]),
    delete: vi.fn(async (name: string) => present.delete(name)),
  };
  vi.stubGlobal('caches', stub);
  return present;
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((db) => db.name ?? '');
}

beforeEach(async () => {
  unsealWerkmapDb();
  await resetIndexedDb();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('wipeDevice', () => {
  it('removes the database, our storage keys and every cache but the app\'s own files (precache, language texts)', async () => {
    await createIdbOutboxStore().add(rawRecord({ id: 'r1', payload: { text: 'persoonlijk' } }));
    await createIdbQueryStorage().setItem('werkmap-query-cache:anna', '{"clientState":{}}');
    localStorage.setItem(`${STORAGE_PREFIX}.language`, 'ar');
    localStorage.setItem(`${STORAGE_PREFIX}-session`, '{"token":"x"}');
    localStorage.setItem('third-party', 'keep');
    sessionStorage.setItem(`${STORAGE_PREFIX}:draft`, '{"phone":"06"}');
    sessionStorage.setItem('other', 'keep');
    const caches = stubCaches([`${PRECACHE_PREFIX}-v2-http://localhost/`, LANGUAGE_CACHE, 'werkmap-uploads', 'images', 'workbox-runtime']);
    expect(await databaseNames()).toContain(DB_NAME);

    const report = await wipeDevice();

    expect(report.indexedDb).toEqual({ deleted: true, blocked: false });
    expect(report.localStorage.sort()).toEqual([`${STORAGE_PREFIX}-session`, `${STORAGE_PREFIX}.language`]);
    expect(report.sessionStorage).toEqual([`${STORAGE_PREFIX}:draft`]);
    expect(report.caches.sort()).toEqual(['images', 'werkmap-uploads', 'workbox-runtime']);
    expect(report.errors).toEqual([]);

    expect(await databaseNames()).not.toContain(DB_NAME);
    expect(localStorage.getItem('third-party')).toBe('keep');
    expect(localStorage.length).toBe(1);
    expect(sessionStorage.getItem('other')).toBe('keep');
    expect(sessionStorage.length).toBe(1);
    expect([...caches]).toEqual([`${PRECACHE_PREFIX}-v2-http://localhost/`, LANGUAGE_CACHE]);

    // A late write (a throttled save of the read cache) cannot create the database again…
    await expect(openWerkmapDb()).rejects.toBeInstanceOf(DeviceSealedError);
    expect(await databaseNames()).not.toContain(DB_NAME);
    // …until someone signs in again: then it opens empty, nothing personal survived.
    unsealWerkmapDb();
    const db = await openWerkmapDb();
    expect(await db.getAll('outbox')).toEqual([]);
    expect(await db.getAllKeys('query-cache')).toEqual([]);
  });

  it('closes the connections of other tabs of this app', async () => {
    const otherTab = await openWerkmapDbConnection();
    await otherTab.put('query-cache', 'x', 'k');
    const report = await wipeDevice({ caches: null });
    expect(report.indexedDb.deleted).toBe(true);
    expect(await databaseNames()).not.toContain(DB_NAME);
  });

  it('does not hang on a tab that keeps the database open, and reports it', async () => {
    // An old tab without a versionchange handler.
    const stubborn = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
      },
    });
    const report = await wipeDevice({ caches: null, timeoutMs: 50 });
    expect(report.indexedDb).toEqual({ deleted: false, blocked: true });
    expect(report.errors).toContain('indexedDB: blocked by another tab');
    // The deletion goes through as soon as that tab lets go.
    stubborn.close();
    await vi.waitFor(async () => expect(await databaseNames()).not.toContain(DB_NAME));
  });

  it('leaves keys a development tool asked to keep', async () => {
    localStorage.setItem(`${STORAGE_PREFIX}.mock-db`, '{}');
    localStorage.setItem(`${STORAGE_PREFIX}.language`, 'nl');
    const report = await wipeDevice({ caches: null, keep: (key) => key === `${STORAGE_PREFIX}.mock-db` });
    expect(report.localStorage).toEqual([`${STORAGE_PREFIX}.language`]);
    expect(localStorage.getItem(`${STORAGE_PREFIX}.mock-db`)).toBe('{}');
  });

  it('works without Cache Storage (and offline: it makes no requests)', async () => {
    localStorage.setItem(`${STORAGE_PREFIX}.x`, '1');
    const report = await wipeDevice({ caches: null });
    expect(report.localStorage).toEqual([`${STORAGE_PREFIX}.x`]);
    expect(report.caches).toEqual([]);
  });
});
