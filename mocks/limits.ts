import { FILE_CHUNK_CHARS } from '#src/shared/files/schemas.ts';

/**
 * Request limits of the mock backend, checked before authentication on every host (the
 * browser, Vitest, the HTTP server), so a real backend has one list to copy:
 *
 * - **URL** (414 `url-too-long`): the request target (path and query) at most
 *   `MAX_URL_LENGTH` characters — RFC 9110 asks every server to take at least 8000. The app's
 *   longest URL is well under 300.
 * - **Body size** (413 `body-too-large`): per operation. A JSON body at most
 *   `JSON_BODY_MAX_BYTES` (the largest the app sends is a CV profile: a 400 kB photo plus 200
 *   entries); a chunk of a file upload at most `CHUNK_BODY_MAX_BYTES` (the app sends
 *   `FILE_CHUNK_CHARS` of base64 in `{"data":"…"}`); an operation without a request body
 *   at most `NO_BODY_MAX_BYTES`. A `Content-Length` over the limit is refused before a byte is
 *   read; a body without one is read only up to the limit.
 * - **Content type** (415 `unsupported-media-type`): an operation with a request body takes
 *   `application/json` (or `application/*+json`), in UTF-8.
 * - **Nesting** (400 `json-too-deep`): JSON nested deeper than `MAX_JSON_DEPTH`.
 */

export const MAX_URL_LENGTH = 8000;
export const JSON_BODY_MAX_BYTES = 1024 * 1024;
export const CHUNK_BODY_MAX_BYTES = FILE_CHUNK_CHARS + 64 * 1024;
export const NO_BODY_MAX_BYTES = 16 * 1024;
export const MAX_JSON_DEPTH = 64;
/** The largest body any operation takes: the HTTP server refuses more before routing. */
export const MAX_BODY_BYTES = Math.max(JSON_BODY_MAX_BYTES, CHUNK_BODY_MAX_BYTES, NO_BODY_MAX_BYTES);
/**
 * MSW's URL matcher throws on a URL (origin and path) longer than this (`@msw/url`), which
 * became a 500 on every route: a request that long is refused before any handler matches.
 */
const MATCHER_MAX_URL = 8192;

/** The request target's length (path and query), or true when MSW's matcher could not take the URL. */
export function urlTooLong(url: string | URL): boolean {
  const parsed = typeof url === 'string' ? new URL(url) : url;
  const target = parsed.pathname.length + parsed.search.length;
  return target > MAX_URL_LENGTH || parsed.origin.length + parsed.pathname.length > MATCHER_MAX_URL;
}

export type BodyPolicy = {
  /** Largest body in bytes. */
  maxBytes: number;
  /** The operation takes a JSON body (so a body of another type is a 415). */
  json: boolean;
};

const NO_BODY: BodyPolicy = { maxBytes: NO_BODY_MAX_BYTES, json: false };
const policies = new Map<string, BodyPolicy>();

type Described = { method: string; path: string; request?: unknown; maxBodyBytes?: number };

/** The policy an operation declares: its own `maxBodyBytes`, or the default for a JSON body or none. */
export function bodyPolicyOf(operation: Described): BodyPolicy {
  const json = operation.request !== undefined;
  return { maxBytes: operation.maxBodyBytes ?? (json ? JSON_BODY_MAX_BYTES : NO_BODY_MAX_BYTES), json };
}

/** Called once with every operation (handlers/index.ts); `route()` looks its policy up per request. */
export function registerBodyPolicies(operations: readonly Described[]): void {
  for (const operation of operations) policies.set(`${operation.method} ${operation.path}`, bodyPolicyOf(operation));
}

/** The policy of a route (`/clients/:clientId/profile` style); a route without an operation takes no body. */
export function bodyPolicyFor(method: string, routePath: string): BodyPolicy {
  const path = routePath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
  return policies.get(`${method.toUpperCase()} ${path}`) ?? NO_BODY;
}

/**
 * `Content-Length` as a number: null when absent, NaN when unreadable (a server must refuse that:
 * RFC 9112 §6.3).
 */
export function declaredLength(headers: Headers): number | null {
  const value = headers.get('Content-Length');
  if (value === null) return null;
  return /^\s*\d{1,16}\s*$/.test(value) ? Number(value) : Number.NaN;
}

/** `application/json` or `application/<x>+json`, with no charset or UTF-8. */
export function isJsonContentType(header: string | null): boolean {
  if (header === null) return false;
  const [type = '', ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  if (!/^application\/(?:[a-z0-9.!#$&^_-]+\+)?json$/.test(type)) return false;
  return params.every((param) => {
    const [name, value = ''] = param.split('=').map((part) => part.trim());
    return name !== 'charset' || /^"?utf-8"?$/.test(value);
  });
}

export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
}

/**
 * Reads a body stream up to `maxBytes`: the bytes, or `'too-large'` as soon as the stream goes
 * past the limit (then it is cancelled and nothing more is read). A stream that errors with
 * `BodyTooLargeError` (the HTTP server's own cap) counts as too large too.
 */
export async function readCapped(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array | 'too-large'> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        void reader.cancel().catch(() => undefined);
        return 'too-large';
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof BodyTooLargeError) return 'too-large';
    throw error;
  } finally {
    reader.releaseLock();
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * True when JSON text nests arrays/objects deeper than `max` (counted without parsing, so a
 * body of a million `[` never reaches a recursive function).
 */
export function jsonTooDeep(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++;
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      if (++depth > max) return true;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return false;
}
