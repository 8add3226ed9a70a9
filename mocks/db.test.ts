import { afterEach, describe, expect, it, vi } from 'vitest';
import { idSchema } from '#src/shared/lib/domain.ts';
import { addDays, todayIso } from './clock.ts';
import {
  DB_SCHEMA_VERSION,
  db,
  etagFor,
  localStoragePersistence,
  memoryPersistence,
  parseIfMatch,
  persistenceKind,
  resetDb,
  saveDb,
  initDb,
  snapshotDb,
  syncFromPersistence,
  tableDefs,
  tableNames,
} from './db.ts';
import { fakeBsn } from './seed.ts';
import { HISTORY_SIZE } from './seed-intake-history.ts';

const KEY = 'werkmap.mock-db.test';

afterEach(() => {
  initDb(memoryPersistence());
});

describe('seed', () => {
  it('has stable, valid ids and realistic caseloads', () => {
    const ids = [...db.users.keys(), ...db.clients.keys(), ...db.authorisations.keys()];
    for (const id of ids) expect(idSchema.safeParse(id).success).toBe(true);
    const byCoach = (coachId: string) => db.clients.list().filter((c) => c.coachId === coachId).length;
    expect(byCoach('coach-marieke')).toBe(66);
    expect(byCoach('coach-ruud')).toBe(100);
    expect(byCoach('coach-sander')).toBe(3);
    expect(db.users.get('client-jayden')).toMatchObject({ role: 'client', clientId: 'client-jayden' });
    expect(db.clients.get('client-jayden')?.hasStartkwalificatie).toBe(false);
    expect(db.clients.get('client-yasmin')?.firstLanguage).toBe('ar');
  });

  it('dates the seed relative to today', () => {
    expect(db.clients.get('client-anna')?.benefitApplicationDate).toBe(addDays(todayIso(), -3));
    const age = (id: string) => {
      const birth = db.clients.get(id)?.birthDate ?? '';
      return Number(todayIso().slice(0, 4)) - Number(birth.slice(0, 4)) - (todayIso().slice(5) < birth.slice(5) ? 1 : 0);
    };
    expect(age('client-jayden')).toBeLessThan(27);
    expect(age('client-henk')).toBeGreaterThanOrEqual(55);
  });

  it('makes BSNs that pass the elfproef', () => {
    for (const client of db.clients.list()) {
      const digits = client.bsn.split('').map(Number);
      const sum = digits.slice(0, 8).reduce((t, d, i) => t + d * (9 - i), 0) - (digits[8] ?? 0);
      expect(sum % 11).toBe(0);
    }
    expect(fakeBsn(1)).toBe(fakeBsn(1));
  });

  it('is the same after every reset', () => {
    const first = snapshotDb();
    db.profiles.put({ ...db.profiles.get('client-anna')!, town: 'Haren', version: 2 });
    resetDb();
    expect(snapshotDb()).toEqual(first);
  });
});

describe('records are checked', () => {
  it('refuses a record that does not match the schema', () => {
    const profile = db.profiles.get('client-anna')!;
    expect(() => db.profiles.put({ ...profile, version: -1 })).toThrow(/invalid profiles record/);
    expect(() => db.profiles.set('client-other', profile)).toThrow(/key mismatch/);
  });

  it('keeps session ids out of the snapshot', () => {
    db.sessions.put({
      sid: 'a-secret-session-id-of-enough-length',
      userId: 'client-anna',
      createdAt: new Date().toISOString(),
      expiresAt: new Date().toISOString(),
      publicComputer: false,
      actingForClientId: null,
    });
    expect(JSON.stringify(snapshotDb())).not.toContain('a-secret-session-id');
  });
});

describe('initialisation', () => {
  it('changes nothing on import: the store is empty and refuses requests until a host calls initDb()', async () => {
    vi.resetModules();
    const fresh = await import('./db.ts');
    expect(fresh.db.users.size).toBe(0);
    expect(fresh.db.clients.size).toBe(0);
    expect(() => fresh.syncFromPersistence()).toThrow(/initDb/);
    expect(fresh.initDb()).toBe('seeded');
    expect(fresh.persistenceKind()).toBe('memory');
    expect(fresh.db.clients.size).toBe(169 + HISTORY_SIZE);
    expect(() => fresh.syncFromPersistence()).not.toThrow();
    vi.resetModules();
  });

  it('keeps the store in memory by default (Vitest, the e2e server): a fresh seed each time', () => {
    db.profiles.put({ ...db.profiles.get('client-anna')!, town: 'Haren', version: 2 });
    expect(initDb()).toBe('seeded');
    expect(persistenceKind()).toBe('memory');
    expect(db.profiles.get('client-anna')?.town).not.toBe('Haren');
  });
});

describe('snapshot', () => {
  it('has every table of the definitions, each as its definition shows it', () => {
    const snapshot = snapshotDb();
    expect(Object.keys(snapshot).sort()).toEqual(['schemaVersion', ...tableNames, 'writeLog'].sort());
    for (const name of tableNames) {
      const shown = db[name].list().map((record) => (tableDefs[name].snapshot as (r: unknown) => unknown)(record));
      expect(snapshot[name]).toEqual(shown);
    }
    expect(snapshot.schemaVersion).toBe(DB_SCHEMA_VERSION);
  });

  it('leaves out secrets and bulky content, and the export leaves out technical collections', () => {
    db.fileUploads.put({ key: 'client-anna:f1', id: 'f1', clientId: 'client-anna', owner: 'activity:a1', name: 'bewijs.pdf', type: 'application/pdf', size: 3, chunks: 2, received: { 0: 'QUJD' }, complete: false });
    const snapshot = snapshotDb();
    expect(snapshot.fileUploads.find((u) => u.id === 'f1')).toMatchObject({ receivedChunks: 1 });
    expect(snapshot.fileUploads.find((u) => u.id === 'f1')).not.toHaveProperty('received');
    for (const share of snapshot.portfolioShares) expect(share).not.toHaveProperty('token');
    expect(snapshot.intakeDefinitions[0]).toEqual({ id: expect.any(String), version: expect.any(Number), publishedAt: expect.any(String) });
    expect(tableNames.filter((name) => !tableDefs[name].exported)).toEqual(['sessions', 'idempotency', 'notificationMarks', 'pushSubscriptions', 'figuresLog']);
    expect(tableNames.filter((name) => tableDefs[name].drafts)).toEqual(['intakeDrafts']);
  });
});

describe('localStorage persistence', () => {
  it('writes through and loads the store again', () => {
    expect(initDb(localStoragePersistence(localStorage, KEY))).toBe('seeded');
    db.profiles.put({ ...db.profiles.get('client-anna')!, town: 'Haren', version: 2 });
    saveDb();
    db.profiles.put({ ...db.profiles.get('client-anna')!, town: 'Leek', version: 3 });
    expect(initDb(localStoragePersistence(localStorage, KEY))).toBe('loaded');
    expect(db.profiles.get('client-anna')?.town).toBe('Haren');
    expect(JSON.parse(localStorage.getItem(KEY) ?? '{}').schemaVersion).toBe(DB_SCHEMA_VERSION);
  });

  it('picks up what another tab saved', () => {
    initDb(localStoragePersistence(localStorage, KEY));
    const stored = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    const anna = stored.state.profiles.find((p: { clientId: string }) => p.clientId === 'client-anna');
    anna.town = 'Winsum';
    anna.version = 2;
    localStorage.setItem(KEY, JSON.stringify({ ...stored, revision: 'other-tab' }));
    syncFromPersistence();
    expect(db.profiles.get('client-anna')?.town).toBe('Winsum');
    // Nothing new: the in-memory store is kept.
    db.profiles.put({ ...db.profiles.get('client-anna')!, town: 'Ulrum' });
    syncFromPersistence();
    expect(db.profiles.get('client-anna')?.town).toBe('Ulrum');
  });

  it('reseeds on another schema version or a broken value', () => {
    localStorage.setItem(KEY, JSON.stringify({ schemaVersion: DB_SCHEMA_VERSION + 1, savedAt: '', state: {} }));
    expect(initDb(localStoragePersistence(localStorage, KEY))).toBe('seeded');
    expect(JSON.parse(localStorage.getItem(KEY) ?? '{}').schemaVersion).toBe(DB_SCHEMA_VERSION);
    localStorage.setItem(KEY, '{not json');
    expect(initDb(localStoragePersistence(localStorage, KEY))).toBe('seeded');
    expect(db.clients.size).toBe(169 + HISTORY_SIZE);
  });

  it('keeps the in-memory store when another tab left a broken value', () => {
    initDb(localStoragePersistence(localStorage, KEY));
    db.profiles.put({ ...db.profiles.get('client-anna')!, town: 'Ulrum', version: 2 });
    localStorage.setItem(KEY, '{not json');
    syncFromPersistence();
    expect(db.profiles.get('client-anna')?.town).toBe('Ulrum');
    saveDb();
    expect(JSON.parse(localStorage.getItem(KEY) ?? '{}').state.profiles.find((p: { clientId: string }) => p.clientId === 'client-anna').town).toBe('Ulrum');
  });
});

describe('ETags', () => {
  it('quotes the version and reads If-Match', () => {
    expect(etagFor(3)).toBe('"3"');
    expect(parseIfMatch('"3"')).toBe(3);
    expect(parseIfMatch('W/"3"')).toBe(3);
    expect(parseIfMatch('*')).toBe('*');
    expect(parseIfMatch(null)).toBeNull();
    expect(parseIfMatch('3')).toBeNaN();
  });
});
