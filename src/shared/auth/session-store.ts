import type { Session } from './schemas.ts';
import { OIDC_TOKEN_MARK, oidcAccessToken } from './oidc-token.ts';

/**
 * Where the signed-in session lives on the device.
 * - Own device: localStorage, so a reload or a reopened tab keeps the person signed in
 *   until the token expires (8 hours).
 * - Public computer: sessionStorage only (gone when the browser closes; wiped at sign-out
 *   and timeout). See docs/decisions/002-data-on-the-device.md.
 * Only this origin's scripts can read either; the token is never put in a URL or a log.
 * Signed in at an OpenID provider, the saved session carries no token at all, only a mark: the
 * tokens stay with the OIDC client in sessionStorage (docs/decisions/014-tokens-on-the-device.md).
 */
export const SESSION_KEY = 'werkmap.session';

/**
 * A light structural check of what we stored ourselves (the API's answer was validated with the
 * zod schema at sign-in); it keeps zod out of the code that must load before the first screen.
 */
function isStoredSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const user = v.user as Record<string, unknown> | null | undefined;
  return (
    typeof v.token === 'string' &&
    v.token.length >= 20 &&
    typeof v.expiresAt === 'string' &&
    typeof v.publicComputer === 'boolean' &&
    typeof user === 'object' &&
    user !== null &&
    typeof user.id === 'string' &&
    typeof user.name === 'string' &&
    (user.role === 'client' || user.role === 'coach' || user.role === 'helper' || user.role === 'jobBroker' || user.role === 'teamLead' || user.role === 'functionalAdmin') &&
    (user.clientId === null || typeof user.clientId === 'string')
  );
}

type Listener = () => void;
const listeners = new Set<Listener>();
let current: Session | null = null;
let expired = false;
let loaded = false;
/** Why the last session ended without the person choosing to (shown on the signed-out page). */
export type SessionEndReason = 'timeout' | 'timeout-kept';
let endReason: SessionEndReason | null = null;

function read(storage: Storage): Session | null {
  try {
    const raw = storage.getItem(SESSION_KEY);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    if (!isStoredSession(value)) return null;
    if (Date.parse(value.expiresAt) <= Date.now()) return null;
    return value;
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
    // signed in at an OpenID provider: the token lives with the OIDC client (src/shared/auth/oidc-token.ts)
    if (current?.token === OIDC_TOKEN_MARK) return oidcAccessToken();
    return current?.token ?? null;
  },
  set(session: Session): void {
    current = session;
    expired = false;
    endReason = null;
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
  /** The reason the last session ended by itself, until someone signs in again. */
  endReason(): SessionEndReason | null {
    return endReason;
  },
  clear(reason: SessionEndReason | null = null): void {
    current = null;
    expired = false;
    endReason = reason;
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
    endReason = null;
    current = null;
    expired = false;
    emit();
  },
};
