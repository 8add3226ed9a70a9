import { db, type StoredResponse } from './db.ts';
import { now, nowIso } from './clock.ts';
import { problem, type Actor } from './http.ts';
import { processingDelay } from './switches.ts';

/**
 * Idempotency keys (the `Idempotency-Key` request header), for any write:
 * - keys are scoped per user (`userId:key`);
 * - the fingerprint is method + path + canonical JSON body;
 * - first request: marked in progress, run, its 2xx response stored;
 * - same key and fingerprint again: the stored response is replayed with
 *   `Idempotent-Replayed: true` (the write is not applied again);
 * - same key while the first is still running: 409 `idempotency-in-progress`
 *   with `Retry-After: 1`;
 * - same key with another fingerprint: 422 `idempotency-key-reused`.
 * Only successful responses are stored: a failed attempt (422, 412, 5xx ...)
 * releases the key, so the same intent can be sent again after a fix.
 * Records live in the db, so replays also work after a browser reload.
 */

/** An in-progress mark older than this is treated as abandoned (e.g. the tab was closed mid-request). */
const STALE_IN_PROGRESS_MS = 30_000;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
/** Response headers worth replaying. */
const REPLAYED_HEADERS = ['content-type', 'etag', 'location'];

/** JSON with object keys sorted at every level. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A small non-cryptographic hash (cyrb53), twice with different seeds. */
function hash(text: string): string {
  const cyrb53 = (seed: number) => {
    let h1 = 0xdeadbeef ^ seed;
    let h2 = 0x41c6ce57 ^ seed;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
  };
  return `${cyrb53(1)}${cyrb53(2)}`;
}

export async function fingerprintOf(request: Request): Promise<string> {
  const text = await request.clone().text();
  let body: string;
  try {
    body = text.trim() === '' ? '' : canonicalJson(JSON.parse(text));
  } catch {
    body = text;
  }
  return hash(`${request.method.toUpperCase()} ${new URL(request.url).pathname}\n${body}`);
}

function replay(stored: StoredResponse): Response {
  return new Response(stored.status === 204 ? null : stored.body, {
    status: stored.status,
    headers: { ...stored.headers, 'Idempotent-Replayed': 'true' },
  });
}

async function store(response: Response): Promise<StoredResponse> {
  const headers: Record<string, string> = {};
  for (const name of REPLAYED_HEADERS) {
    const value = response.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  return { status: response.status, headers, body: await response.clone().text() };
}

/**
 * Runs `run` at most once per (user, key). Without an `Idempotency-Key`
 * header it simply runs.
 */
export async function withIdempotency(request: Request, actor: Actor, run: () => Promise<Response>): Promise<Response> {
  const key = request.headers.get('Idempotency-Key');
  if (key === null) return run();
  if (!KEY_PATTERN.test(key)) return problem(400, { code: 'idempotency-key-invalid' });

  const scopedKey = `${actor.user.id}:${key}`;
  const fingerprint = await fingerprintOf(request);
  const existing = db.idempotency.get(scopedKey);

  if (existing) {
    if (existing.fingerprint !== fingerprint) return problem(422, { code: 'idempotency-key-reused' });
    if (existing.state === 'done' && existing.response) return replay(existing.response);
    const abandoned = now().getTime() - Date.parse(existing.startedAt) > STALE_IN_PROGRESS_MS;
    if (!abandoned) return problem(409, { code: 'idempotency-in-progress', headers: { 'Retry-After': '1' } });
  }

  db.idempotency.put({
    scopedKey,
    userId: actor.user.id,
    key,
    fingerprint,
    state: 'in-progress',
    startedAt: nowIso(),
    completedAt: null,
    response: null,
  });

  let response: Response;
  try {
    response = await run();
  } catch (thrown) {
    db.idempotency.delete(scopedKey);
    throw thrown;
  }
  await processingDelay(request);

  if (!response.ok) {
    db.idempotency.delete(scopedKey);
    return response;
  }
  const record = db.idempotency.get(scopedKey);
  if (record) {
    db.idempotency.put({ ...record, state: 'done', completedAt: nowIso(), response: await store(response) });
  }
  return response;
}
