import type { z } from 'zod';
import { ApiError } from './errors.ts';
import { parseProblem } from './parse-problem.ts';
import { reportNetworkFailure, reportResponse } from './connectivity.ts';
import { apiBaseUrl, toUrl } from './url.ts';

export { apiBaseUrl };

/**
 * The one API client. Every call goes through `apiRequest`: it adds the bearer
 * token, validates the response against the operation's zod schema, and maps
 * every failure to a typed `ApiError`. Tokens are never put in URLs.
 */

type TokenGetter = () => string | null;
let getToken: TokenGetter = () => null;
const unauthorizedListeners = new Set<(token: string | null) => void>();

export function configureApiAuth(getter: TokenGetter): void {
  getToken = getter;
}

/**
 * Called whenever the API answers 401, with the token that request carried, so the app can
 * ask to sign in again (and ignore a late answer to a request of an earlier session).
 */
export function onUnauthorized(listener: (token: string | null) => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export type ApiRequest<S extends z.ZodType | undefined> = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
  /** Response schema; `undefined` for 204 responses. */
  schema: S;
  idempotencyKey?: string;
  ifMatch?: string;
  signal?: AbortSignal;
  /** Skip the bearer token (sign-in calls). */
  anonymous?: boolean;
  /** This bearer token instead of the session's (right after signing in at a provider); a 401 is not reported. */
  token?: string;
};

export type ApiResponse<T> = { data: T; etag: string | undefined; status: number };

function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) ? seconds * 1000 : undefined;
}

async function readProblem(response: Response) {
  try {
    return parseProblem(await response.json());
  } catch {
    return undefined;
  }
}

export async function errorFromResponse(response: Response): Promise<ApiError> {
  const problem = await readProblem(response);
  const status = response.status;
  const base = {
    status,
    message: problem?.title ?? response.statusText,
    fieldErrors: problem?.fieldErrors,
    code: problem?.code,
    current: problem?.current,
  };
  if (status === 400 || status === 422) return new ApiError('validation', base);
  if (status === 401) return new ApiError('unauthorized', base);
  if (status === 403) return new ApiError('forbidden', base);
  if (status === 404) return new ApiError('not-found', base);
  if (status === 409 && problem?.code === 'idempotency-in-progress') {
    return new ApiError('in-progress', { ...base, retryAfterMs: parseRetryAfter(response.headers.get('Retry-After')) });
  }
  if (status === 409 || status === 412) return new ApiError('conflict', base);
  if (status === 429) {
    return new ApiError('rate-limited', { ...base, retryAfterMs: parseRetryAfter(response.headers.get('Retry-After')) });
  }
  return new ApiError('server', base);
}

/** Sends a request with the session's token; network failures and non-2xx answers become `ApiError`s. */
async function send(request: Omit<ApiRequest<undefined>, 'schema'>, accept: string): Promise<Response> {
  const headers = new Headers({ Accept: accept });
  const token = request.token ?? (request.anonymous ? null : getToken());
  if (token) headers.set('Authorization', `Bearer ${token}`);
  if (request.body !== undefined) headers.set('Content-Type', 'application/json');
  if (request.idempotencyKey) headers.set('Idempotency-Key', request.idempotencyKey);
  if (request.ifMatch) headers.set('If-Match', request.ifMatch);

  let response: Response;
  try {
    response = await fetch(toUrl(request.path), {
      method: request.method ?? 'GET',
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: request.signal,
      credentials: 'omit',
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    // an abort says nothing about the connection (Node's AbortError is not the page's DOMException)
    const aborted = request.signal?.aborted === true || (cause as { name?: unknown } | null)?.name === 'AbortError';
    if (!aborted) reportNetworkFailure();
    throw new ApiError('network', { message: 'network' });
  }
  reportResponse();

  if (!response.ok) {
    const error = await errorFromResponse(response);
    if (error.kind === 'unauthorized' && !request.anonymous && !request.token) {
      for (const listener of unauthorizedListeners) listener(token);
    }
    throw error;
  }
  return response;
}

/** A file's content (a proof, an attachment) as a Blob, with the session's token. */
export async function apiBlob(path: string, signal?: AbortSignal): Promise<Blob> {
  const response = await send({ path, signal }, '*/*');
  return response.blob();
}

export async function apiRequest<S extends z.ZodType | undefined>(
  request: ApiRequest<S>,
): Promise<ApiResponse<S extends z.ZodType ? z.output<S> : undefined>> {
  const response = await send(request, 'application/json');

  const etag = response.headers.get('ETag') ?? undefined;
  if (!request.schema || response.status === 204) {
    return { data: undefined as never, etag, status: response.status };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError('invalid-response', { status: response.status, message: 'not json' });
  }
  const parsed = request.schema.safeParse(body);
  if (!parsed.success) {
    // The contract is broken: say so loudly in development, but never log the body (personal data).
    if (import.meta.env?.DEV) console.error('[api] response does not match the contract', request.path, parsed.error.issues.map((i) => i.path.join('.')));
    throw new ApiError('invalid-response', { status: response.status, message: 'contract' });
  }
  return { data: parsed.data as never, etag, status: response.status };
}
