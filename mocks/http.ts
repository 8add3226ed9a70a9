import { http, HttpResponse, passthrough, type HttpHandler } from 'msw';
import type { z } from 'zod';
import { idSchema, type Role } from '#src/shared/lib/domain.ts';
import { recordChange } from './audit.ts';
import { db, etagFor, logWrite, parseIfMatch, saveDb, syncFromPersistence, type AuthorisationRecord, type ClientRecord, type SessionRecord, type UserRecord } from './db.ts';
import { now, nowIso } from './clock.ts';
import { acrAtLeast, ACR, issuerNameFor, TokenRefused, verifyAccessToken, type VerifiedToken } from './oidc/tokens.ts';
import { afterHandler, beforeHandler } from './switches.ts';
import { bodyPolicyFor, declaredLength, isJsonContentType, jsonTooDeep, readCapped, urlTooLong, type BodyPolicy } from './limits.ts';
import { removeSubscriptionsOfSession } from './notify/subscriptions.ts';

/**
 * Building blocks for the handlers: the one `route()` wrapper (switches,
 * thrown problem responses, write-through persistence), problem and JSON
 * responses, authentication, authorisation and body validation.
 */

/** Handlers match any origin followed by `/api/...` (browser, jsdom, HTTP server). */
export const API_PREFIX = '*/api';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Describes one endpoint for the OpenAPI document (`test/tools/openapi.ts`). */
export type Operation = {
  operationId: string;
  method: Method;
  /** OpenAPI-style path relative to `/api`, e.g. `/clients/{clientId}/profile`. */
  path: string;
  /** A short title (a few words). */
  summary: string;
  /**
   * What it does, in plain English for a backend developer: who may call it, what it changes,
   * what a resend does, and the problem `code`s it answers with.
   */
  description: string;
  tag: string;
  /** Needs a bearer token. */
  auth: boolean;
  request?: { name: string; schema: z.ZodType };
  response?: { name: string; schema: z.ZodType };
  /**
   * Status codes this endpoint answers with. The server-wide limits are added by the generator:
   * 414 (URL too long) everywhere, 413 (body too large) and 415 (not JSON) with a request body.
   */
  responses: number[];
  /** Request headers it reads. */
  headers?: Array<'Idempotency-Key' | 'If-Match'>;
  /** Response headers it sets on success. */
  responseHeaders?: Array<'ETag' | 'Idempotent-Replayed'>;
  /** Path parameters that are not ids (`idSchema` is the default), e.g. a version number. */
  params?: Record<string, z.ZodType>;
  /** Query parameters it reads (all optional). */
  query?: Array<{ name: string; description: string; schema: z.ZodType }>;
  /** The success body is the file itself, in one of these media types (not JSON). */
  fileTypes?: readonly string[];
  /**
   * Largest request body in bytes (413 above it); default: `JSON_BODY_MAX_BYTES` with a
   * `request`, `NO_BODY_MAX_BYTES` without (mocks/limits.ts).
   */
  maxBodyBytes?: number;
  /**
   * The least DigiD level (`acr`) a client must have signed in with (`x-required-acr`); without it,
   * any level. A real backend must check it; the mock checks it where the handler calls `requireAcr`.
   */
  acr?: keyof typeof ACR;
};

// ---------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  412: 'Precondition failed',
  413: 'Content too large',
  414: 'URI too long',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export type ProblemInit = {
  code?: string;
  title?: string;
  fieldErrors?: Record<string, string[]>;
  current?: unknown;
  headers?: Record<string, string>;
};

/** An RFC 9457 problem response (the shape of `problemSchema`). */
export function problem(status: number, init: ProblemInit = {}): Response {
  const body: Record<string, unknown> = { title: init.title ?? TITLES[status] ?? 'Error', status };
  if (init.code) body.code = init.code;
  if (init.fieldErrors) body.fieldErrors = init.fieldErrors;
  if (init.current !== undefined) body.current = init.current;
  return HttpResponse.json(body, {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...init.headers },
  });
}

export function json(body: unknown, init: { status?: number; version?: number; headers?: Record<string, string> } = {}): Response {
  const headers: Record<string, string> = { ...init.headers };
  if (init.version !== undefined) headers.ETag = etagFor(init.version);
  return HttpResponse.json(body as never, { status: init.status ?? 200, headers });
}

export function noContent(): Response {
  return new HttpResponse(null, { status: 204 });
}

// ---------------------------------------------------------------------------
// The route wrapper
// ---------------------------------------------------------------------------

export type RouteContext = { request: Request; params: Record<string, string> };

/** One request a handler answered, for `observeExchanges` (the request as it arrived, the response as sent). */
export type Exchange = { request: Request; response: Response; path: string };
let exchangeObserver: ((exchange: Exchange) => void) | null = null;

/**
 * Lets a host see every answer a handler gives (copies of the request and the response): the
 * unit tests and the end-to-end HTTP server check them against the contract (`mocks/conformance.ts`).
 * `null` stops it. Answers of the failure switches are not handler answers and are not passed on.
 */
export function observeExchanges(observer: ((exchange: Exchange) => void) | null): void {
  exchangeObserver = observer;
}
type Resolver = (context: RouteContext) => Response | Promise<Response>;

let beforeEveryRequest: (() => void) | null = null;
/** Something the server does before every request it answers (the notification schedule, mocks/notify/scheduler.ts). */
export function beforeRequests(hook: (() => void) | null): void {
  beforeEveryRequest = hook;
}

function stringParams(params: Record<string, string | readonly string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string') out[key] = value;
  }
  return out;
}

/**
 * Every mock endpoint is declared through here, so the failure switches,
 * error handling and persistence apply to all of them in one place.
 * Helpers throw `Response`s (401, 403, 422 ...); they are sent as they are.
 */
export function route(method: Method | 'ALL', path: string, resolver: Resolver): HttpHandler {
  const register = method === 'ALL' ? http.all : http[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'];
  return register(`${API_PREFIX}${path}`, async ({ request: incoming, params }) => {
    let request = incoming;
    // `*/api/...` also matches e.g. the dev server's `/src/features/x/api/y.ts` modules: only
    // paths that start with /api are ours; anything else goes on to the network untouched.
    if (!new URL(request.url).pathname.startsWith('/api/')) return undefined;
    const early = await beforeHandler(request);
    if (early) return early;
    syncFromPersistence();
    try {
      beforeEveryRequest?.();
    } catch (thrown) {
      console.error('[mock api] before-request hook failed', (thrown as Error)?.name);
    }
    let requestCopy: Request | null = null;
    let response: Response;
    try {
      // limits first (before authentication): the resolver gets the body read up to its limit
      const checked = await checkBody(request, bodyPolicyFor(method, path));
      if (checked instanceof Response) response = checked;
      else {
        // the same request to the end (the switches' processing delay is kept per request)
        request = checked;
        await checkBearer(request);
        // a copy of the body before the handler reads it, only while someone observes
        if (exchangeObserver && request.body) requestCopy = request.clone();
        response = await resolver({ request, params: stringParams(params) });
      }
    } catch (thrown) {
      if (thrown instanceof Response) {
        response = thrown;
      } else {
        // Name only: the message could carry personal data.
        console.error('[mock api] handler failed', request.method, path, (thrown as Error)?.name);
        response = problem(500, { code: 'internal' });
      }
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') saveDb();
    if (exchangeObserver) {
      const pathname = new URL(request.url).pathname.slice('/api'.length);
      exchangeObserver({ request: requestCopy ?? new Request(request.url, { method: request.method, headers: request.headers }), response: response.clone(), path: pathname });
    }
    await afterHandler(request);
    return response;
  });
}

/**
 * The first handler on every host: a URL longer than the limit gets a 414 before any other
 * handler tries to match it (MSW's matcher throws on one over 8192 characters, which was a 500
 * on every route). Not ours (no `/api/`): passed on untouched.
 */
export const urlLimitHandler: HttpHandler = http.all(
  ({ request }) => urlTooLong(request.url),
  async ({ request }) => {
    if (!new URL(request.url).pathname.startsWith('/api/')) return passthrough();
    const early = await beforeHandler(request);
    return early ?? problem(414, { code: 'url-too-long' });
  },
);

/**
 * Size and type of a request body against its operation's policy (mocks/limits.ts): a 413
 * when `Content-Length` says too much (nothing is read) or when the stream goes past the
 * limit (reading stops there); a 415 when an operation that takes JSON gets another type.
 * Otherwise the request with its body read (at most the limit), for the resolver.
 */
export async function checkBody(request: Request, policy: BodyPolicy): Promise<Request | Response> {
  if (request.method === 'GET' || request.method === 'HEAD') return request;
  const length = declaredLength(request.headers);
  if (Number.isNaN(length)) return problem(400, { code: 'invalid-content-length' });
  const tooLarge = () => problem(413, { code: 'body-too-large', headers: { Connection: 'close' } });
  if (length !== null && length > policy.maxBytes) return tooLarge();
  const wrongType = () => policy.json && !isJsonContentType(request.headers.get('Content-Type'));
  const unsupported = () => problem(415, { code: 'unsupported-media-type' });
  if (length !== null && length > 0 && wrongType()) return unsupported();
  if (request.body === null) return request;
  let bytes: Uint8Array | 'too-large';
  try {
    bytes = await readCapped(request.body, policy.maxBytes);
  } catch {
    return problem(400, { code: 'body-unreadable' });
  }
  if (bytes === 'too-large') return tooLarge();
  if (bytes.byteLength > 0 && wrongType()) return unsupported();
  return new Request(request.url, { method: request.method, headers: request.headers, body: bytes as Uint8Array<ArrayBuffer>, signal: request.signal });
}

// ---------------------------------------------------------------------------
// Authentication and authorisation
// ---------------------------------------------------------------------------

export type Actor = {
  user: UserRecord;
  session: SessionRecord;
  /** The assurance level the person signed in with (DigiD: `acr`), null for an employee. */
  acr: string | null;
};

const unauthorized = (code: string, challenge = 'Bearer') => problem(401, { code, headers: { 'WWW-Authenticate': challenge } });

const BEARER = /^Bearer\s+(\S+)\s*$/i;
/** What `route()` learnt from a request's bearer token before the handler ran (jose verifies asynchronously). */
const bearerChecks = new WeakMap<Request, VerifiedToken | TokenRefused>();
/** Sessions signed out on the server: a provider's token of such a session is refused until it expires. */
const endedSessions = new Set<string>();

/** Verifies the request's bearer token, if any, once, for `authenticate()` (called by `route()`). */
export async function checkBearer(request: Request): Promise<void> {
  const match = BEARER.exec(request.headers.get('Authorization') ?? '');
  if (!match) return;
  try {
    bearerChecks.set(request, await verifyAccessToken(match[1] as string));
  } catch (error) {
    bearerChecks.set(request, error instanceof TokenRefused ? error : new TokenRefused('token-invalid'));
  }
}

/** Ends a session on the server: its tokens are refused from now on (sign-out, account deletion). */
export function endSession(sid: string): void {
  endedSessions.add(sid);
  db.sessions.delete(sid);
  // the devices this session subscribed stop getting pushes (issue 17)
  removeSubscriptionsOfSession(sid);
}

/**
 * The signed-in user from the bearer token; throws 401 otherwise. The token is a JWT from one of
 * the mock's OpenID providers (or the persona sign-in), verified by `route()` with jose: signature,
 * issuer, audience, expiry (mocks/oidc/tokens.ts). Clients come only from the DigiD issuer,
 * employees only from the employees' issuer. The role always comes from here.
 */
export function authenticate(request: Request): Actor {
  if (!BEARER.test(request.headers.get('Authorization') ?? '')) throw unauthorized('token-missing');
  const checked = bearerChecks.get(request);
  if (!checked) throw unauthorized('token-invalid');
  if (checked instanceof TokenRefused) throw unauthorized(checked.code);
  const user = db.users.get(checked.sub);
  if (!user || issuerNameFor(user.role) !== checked.issuer || endedSessions.has(checked.sid)) throw unauthorized('token-invalid');
  let session = db.sessions.get(checked.sid);
  // a provider's session is met here first (a persona sign-in made its own at POST /auth/session)
  if (!session && checked.clientId) {
    const expiresAt = checked.expiresAt.toISOString();
    session = db.sessions.put({ sid: checked.sid, userId: user.id, createdAt: nowIso(), expiresAt, publicComputer: false, actingForClientId: null });
  }
  if (!session || session.userId !== user.id) throw unauthorized('token-invalid');
  // a provider's renewed token carries the session on
  if (checked.clientId && Date.parse(session.expiresAt) < checked.expiresAt.getTime()) {
    session = db.sessions.put({ ...session, expiresAt: checked.expiresAt.toISOString() });
  }
  if (Date.parse(session.expiresAt) <= now().getTime()) {
    db.sessions.delete(session.sid);
    throw unauthorized('token-expired');
  }
  return { user, session, acr: user.role === 'client' ? checked.acr : null };
}

/**
 * A client must have signed in with at least this DigiD level (e.g. "midden" to write a CV); a
 * lower one gets a 401 `insufficient-user-authentication` that asks for it (RFC 9470): sign in again.
 */
export function requireAcr(actor: Actor, level: keyof typeof ACR): void {
  if (actor.user.role !== 'client' || acrAtLeast(actor.acr, level)) return;
  throw unauthorized('insufficient-user-authentication', `Bearer error="insufficient_user_authentication", acr_values="${ACR[level]}"`);
}

export function requireRole(actor: Actor, role: Role): void {
  if (actor.user.role !== role) throw forbidden();
}

/** One 403 for every refusal: it tells nothing about the other person or whether they exist. */
export function forbidden(): Response {
  return problem(403, { code: 'forbidden' });
}

export function activeAuthorisation(helperId: string, clientId: string): AuthorisationRecord | undefined {
  const at = now().getTime();
  return db.authorisations
    .list()
    .find(
      (a) =>
        a.helperId === helperId &&
        a.clientId === clientId &&
        a.withdrawnAt === null &&
        Date.parse(a.startsAt) <= at &&
        Date.parse(a.endsAt) > at,
    );
}

/**
 * The client record the actor may access, or a 403.
 * - client: only their own record;
 * - coach: only clients in their caseload, and only to read;
 * - helper: only for the client of the session's acting context, with an active,
 *   unexpired, not withdrawn authorisation;
 *   writing needs the `write` scope.
 */
export function authoriseClient(actor: Actor, clientId: string, access: 'read' | 'write'): ClientRecord {
  const client = db.clients.get(clientId);
  if (!client) throw forbidden();
  const { user } = actor;
  if (user.role === 'client' && user.clientId === clientId) return client;
  if (user.role === 'coach' && access === 'read' && client.coachId === user.id) return client;
  // a helper only for the client they chose to act for (the session's acting context)
  if (user.role === 'helper' && actor.session.actingForClientId === clientId) {
    const authorisation = activeAuthorisation(user.id, clientId);
    if (authorisation && (access === 'read' || authorisation.scope === 'write')) return client;
  }
  throw forbidden();
}

/** Only the client's own coach (one 403 for everything else, whether the client exists or not). */
export function authoriseCoach(actor: Actor, clientId: string): ClientRecord {
  const client = db.clients.get(clientId);
  if (!client || actor.user.role !== 'coach' || client.coachId !== actor.user.id) throw forbidden();
  return client;
}

/** Who did something, as records keep it (`updatedBy`, `createdBy`, …). */
export function personOf(actor: Actor): { id: string; name: string } {
  return { id: actor.user.id, name: actor.user.name };
}

// ---------------------------------------------------------------------------
// Bodies
// ---------------------------------------------------------------------------

const I18N_KEY = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/;

/** Field errors keyed by field path (`answers.q3`); form-level errors under `_form`. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_form';
    // The app's schemas carry i18n keys; zod's own English defaults become a generic key.
    const message = I18N_KEY.test(issue.message) ? issue.message : 'validation.invalid';
    const list = (out[key] ??= []);
    if (!list.includes(message)) list.push(message);
  }
  return out;
}

export function mergeFieldErrors(...all: Array<Record<string, string[]>>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const errors of all) {
    for (const [key, messages] of Object.entries(errors)) {
      const list = (out[key] ??= []);
      for (const message of messages) if (!list.includes(message)) list.push(message);
    }
  }
  return out;
}

export function validationProblem(fieldErrors: Record<string, string[]>): Response {
  return problem(422, { code: 'validation', fieldErrors });
}

/** The JSON body, or a 400 problem. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') throw problem(400, { code: 'body-missing' });
  if (jsonTooDeep(text)) throw problem(400, { code: 'json-too-deep' });
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw problem(400, { code: 'invalid-json' });
  }
}

/**
 * Parses the body with the app's zod schema; throws a 422 problem with
 * `fieldErrors` (plus any `extraErrors`) when it does not pass.
 */
export async function parseBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  extraErrors?: (raw: unknown) => Record<string, string[]>,
): Promise<z.output<S>> {
  const raw = await readJson(request);
  const result = schema.safeParse(raw);
  const extra = extraErrors ? extraErrors(raw) : {};
  if (!result.success) throw validationProblem(mergeFieldErrors(fieldErrorsOf(result.error), extra));
  if (Object.keys(extra).length > 0) throw validationProblem(extra);
  return result.data;
}

// ---------------------------------------------------------------------------
// Shared by the resource handlers
// ---------------------------------------------------------------------------

/** An id from the path (made on the device or in the seed), or a 400. */
export function validId(value: string | undefined): string {
  const parsed = idSchema.safeParse(value);
  if (!parsed.success) throw problem(400, { code: 'invalid-id' });
  return parsed.data;
}

/** `If-Match` against the current version: absent or `*` passes; anything else must match, or a 412 with the current record. */
export function checkIfMatch(request: Request, version: number | null, current?: unknown): void {
  const expected = parseIfMatch(request.headers.get('If-Match'));
  if (expected === null || expected === '*') return;
  if (version === null || expected !== version) {
    throw problem(412, { code: 'version-mismatch', current, headers: version === null ? {} : { ETag: etagFor(version) } });
  }
}

/**
 * Records an applied write: in the write log (so tests can check "exactly once") and, unless
 * `history` is false (coach-only notes), in the client's history of who changed what for whom
 * (the client of the path, else the signed-in client; `clientId` names another).
 * Every handler that applies a write calls this once.
 */
export function logApplied(
  request: Request,
  actor: Actor,
  resource: string,
  { method = 'PUT', version = null, clientId, history = true }: { method?: 'PUT' | 'POST' | 'DELETE'; version?: number | null; clientId?: string | null; history?: boolean } = {},
): void {
  if (history) recordChange(request, actor, resource, clientId);
  logWrite({ resource, method, path: new URL(request.url).pathname, idempotencyKey: request.headers.get('Idempotency-Key'), userId: actor.user.id, version });
}
