import { sessionSchema, type Session } from './schemas.ts';

/**
 * Where the signed-in session lives on the device.
 * - Own device: localStorage, so a reload or a reopened tab keeps the person signed in
 *   until the token expires (8 hours).
 * - Public computer: sessionStorage only (gone when the browser closes; wiped at sign-out
 *   and timeout). See docs/decisions/002-data-on-the-device.md.
 * Only this origin's scripts can read either; the token is never put in a URL or a log.
 */
export const SESSION_KEY = 'werkmap.session';

type Listener = () => void;
const listeners = new Set<Listener>();
let current: Session | null = null;
let expired = false;
let loaded = false;

function read(storage: Storage): Session | null {
  try {
    const raw = storage.getItem(SESSION_KEY);
    if (!raw) return null;
    const parsed = sessionSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return null;
    if (Date.parse(parsed.data.expiresAt) <= Date.now()) return null;
    return parsed.data;
  } catch {
    return null;
  }
}

function load(): void {
  if (loaded) return;
  loaded = true;
  if (typeof window === 'undefined') return;
  current = read(sessionStorage) ?? read(localStorage);
}

function emit(): void {
  for (const listener of listeners) listener();
}

export const sessionStore = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get(): Session | null {
    load();
    return current;
  },
  /** True after the API answered 401: the person must sign in again; queued work is kept. */
  isExpired(): boolean {
    return expired;
  },
  token(): string | null {
    load();
    return current?.token ?? null;
  },
  set(session: Session): void {
    current = session;
    expired = false;
    loaded = true;
    const storage = session.publicComputer ? sessionStorage : localStorage;
    const other = session.publicComputer ? localStorage : sessionStorage;
    try {
      other.removeItem(SESSION_KEY);
      storage.setItem(SESSION_KEY, JSON.stringify(session));
    } catch {
      // storage full or blocked: the session still works in memory for this page
    }
    emit();
  },
  markExpired(): void {
    if (!current || expired) return;
    expired = true;
    emit();
  },
  clear(): void {
    current = null;
    expired = false;
    loaded = true;
    try {
      localStorage.removeItem(SESSION_KEY);
      sessionStorage.removeItem(SESSION_KEY);
    } catch {
      // nothing to remove
    }
    emit();
  },
  /** For tests: forget what was loaded so the next `get` reads storage again. */
  reload(): void {
    loaded = false;
    current = null;
    expired = false;
    emit();
  },
};
