import { afterEach, describe, expect, it } from 'vitest';
import { idSchema } from '#src/shared/lib/domain.ts';
import { addDays, todayIso } from './clock.ts';
import {
  DB_SCHEMA_VERSION,
  db,
  etagFor,
  localStoragePersistence,
  memoryPersistence,
  parseIfMatch,
  resetDb,
  saveDb,
  setPersistence,
  snapshotDb,
  syncFromPersistence,
} from './db.ts';
import { fakeBsn } from './seed.ts';

const KEY = 'werkmap.mock-db.test';

afterEach(() => {
  setPersistence(memoryPersistence());
});

describe('seed', () => {
  it('has stable, valid ids and realistic caseloads', () => {
    const ids = [...db.users.keys(), ...db.clients.keys(), ...db.authorisations.keys()];
    for (const id of ids) expect(idSchema.safeParse(id).success).toBe(true);
    const byCoach = (coachId: string) => db.clients.list().filter((c) => c.coachId === coachId).length;
    expect(byCoach('coach-marieke')).toBe(66);
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

  it('keeps tokens out of the snapshot', () => {
    db.sessions.put({
      token: 'a-secret-token-of-enough-length',
      userId: 'client-anna',
      createdAt: new Date().toISOString(),
      expiresAt: new Date().toISOString(),
      publicComputer: false,
      actingForClientId: null,
    });
    expect(JSON.stringify(snapshotDb())).not.toContain('a-secret-token');
  });
});

describe('localStorage persistence', () => {
  it('writes through and loads the store again', () => {
    expect(setPersistence(localStoragePersistence(localStorage, KEY))).toBe('seeded');
    db.profiles.put({ ...db.profiles.get('client-anna')!, town: 'Haren', version: 2 });
    saveDb();
    db.profiles.put({ ...db.profiles.get('client-anna')!, town: 'Leek', version: 3 });
    expect(setPersistence(localStoragePersistence(localStorage, KEY))).toBe('loaded');
    expect(db.profiles.get('client-anna')?.town).toBe('Haren');
    expect(JSON.parse(localStorage.getItem(KEY) ?? '{}').schemaVersion).toBe(DB_SCHEMA_VERSION);
  });

  it('picks up what another tab saved', () => {
    setPersistence(localStoragePersistence(localStorage, KEY));
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
    expect(setPersistence(localStoragePersistence(localStorage, KEY))).toBe('seeded');
    expect(JSON.parse(localStorage.getItem(KEY) ?? '{}').schemaVersion).toBe(DB_SCHEMA_VERSION);
    localStorage.setItem(KEY, '{not json');
    expect(setPersistence(localStoragePersistence(localStorage, KEY))).toBe('seeded');
    expect(db.clients.size).toBe(69);
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
