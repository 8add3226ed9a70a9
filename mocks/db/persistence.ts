import { z } from 'zod';
import { nowIso } from '../clock.ts';
import { buildSeed } from '../seed.ts';
import { resetSwitches } from '../switches.ts';
import { DB_SCHEMA_VERSION, dbStateSchema, exportState, importState, isDbLoaded, type DbState } from './state.ts';

/**
 * Where the store lives between requests: in memory (Node: Vitest, the e2e HTTP server) or
 * written through to localStorage (the browser in development). Nothing happens on import:
 * each host calls `initDb()` once before it answers a request.
 */

export type PersistenceAdapter = {
  readonly kind: 'memory' | 'localStorage';
  /** The stored envelope, or null when nothing is stored. */
  load(): unknown;
  save(envelope: PersistedEnvelope): void;
  clear(): void;
};

export type PersistedEnvelope = { schemaVersion: number; savedAt: string; revision: string; state: DbState };

const envelopeSchema = z.object({
  schemaVersion: z.literal(DB_SCHEMA_VERSION),
  savedAt: z.string(),
  revision: z.string().optional(),
  state: dbStateSchema,
});

/** Node (Vitest, the e2e HTTP server): nothing outlives the process. */
export function memoryPersistence(): PersistenceAdapter {
  return { kind: 'memory', load: () => null, save: () => {}, clear: () => {} };
}

/** Browser development: the whole store under one localStorage key. */
export function localStoragePersistence(storage: Storage, key = 'werkmap.mock-db'): PersistenceAdapter {
  let warned = false;
  return {
    kind: 'localStorage',
    load() {
      const raw = storage.getItem(key);
      if (raw === null) return null;
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        return null;
      }
    },
    save(envelope) {
      try {
        storage.setItem(key, JSON.stringify(envelope));
      } catch (error) {
        if (!warned) console.warn('[mock db] could not write to localStorage', (error as Error).name);
        warned = true;
      }
    },
    clear() {
      storage.removeItem(key);
    },
  };
}

let persistence: PersistenceAdapter = memoryPersistence();
/** The revision this store last wrote or loaded; another tab's save changes the stored one. */
let revision = '';

function newRevision(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Writes the current store through the persistence adapter (a no-op in memory). */
export function saveDb(): void {
  if (persistence.kind === 'memory') return;
  revision = newRevision();
  persistence.save({ schemaVersion: DB_SCHEMA_VERSION, savedAt: nowIso(), revision, state: exportState() });
}

/** Loads a stored envelope when it has this schema version and every record passes; false otherwise. */
function loadStored(raw: unknown): boolean {
  const stored = envelopeSchema.safeParse(raw);
  if (!stored.success) return false;
  try {
    importState(stored.data.state);
    revision = stored.data.revision ?? '';
    return true;
  } catch {
    return false;
  }
}

/**
 * Picks up what another tab wrote since this store last saved or loaded, so
 * two tabs of the dev app do not overwrite each other's writes. Called before
 * every request; a no-op in memory. Throws when no host initialised the store.
 */
export function syncFromPersistence(): void {
  if (!isDbLoaded()) throw new Error('[mock db] the store is empty: the host must call initDb() before the first request');
  if (persistence.kind === 'memory') return;
  const raw = persistence.load() as { revision?: unknown } | null;
  if (!raw || raw.revision === revision) return;
  // a broken stored state: keep the in-memory one; the next save overwrites it
  loadStored(raw);
}

/**
 * Back to the deterministic seed (dates relative to today). Also resets the
 * failure switches, so one call (as in `test/setup.ts`) resets the whole mock.
 */
export function resetDb(): void {
  resetSwitches();
  importState(buildSeed());
  saveDb();
}

/**
 * Makes the store ready for a host (each host calls this once, before its first request):
 * switches to the persistence adapter (default: memory) and loads what it holds. Stored state
 * with another schema version, or that no longer passes the schemas, and an empty store are
 * replaced by a fresh seed. Returns what happened.
 */
export function initDb(adapter: PersistenceAdapter = memoryPersistence()): 'loaded' | 'seeded' {
  persistence = adapter;
  if (loadStored(adapter.load())) return 'loaded';
  resetDb();
  return 'seeded';
}

export function persistenceKind(): PersistenceAdapter['kind'] {
  return persistence.kind;
}
