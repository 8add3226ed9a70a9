/**
 * Typed API errors. Every failure of the API client is one of these, so the UI
 * can show a plain message (an i18n key per kind) and the outbox can decide
 * whether to retry, stop a lane, or pause.
 */
export type FieldErrors = Record<string, string[]>;

export type ApiErrorKind =
  | 'validation' // 400 / 422 with field errors
  | 'unauthorized' // 401
  | 'forbidden' // 403
  | 'not-found' // 404
  | 'conflict' // 409 (domain conflict) / 412 (stale version)
  | 'in-progress' // 409 with an idempotency key still being processed
  | 'rate-limited' // 429
  | 'server' // 5xx
  | 'network' // no answer at all
  | 'invalid-response'; // the server answered something that does not match the contract

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  readonly fieldErrors: FieldErrors;
  readonly code: string | undefined;
  /** Server body for conflicts (the current server state), when given. */
  readonly current: unknown;
  readonly retryAfterMs: number | undefined;

  constructor(
    kind: ApiErrorKind,
    init: {
      status?: number;
      message?: string;
      fieldErrors?: FieldErrors;
      code?: string;
      current?: unknown;
      retryAfterMs?: number;
    } = {},
  ) {
    super(init.message ?? kind);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = init.status;
    this.fieldErrors = init.fieldErrors ?? {};
    this.code = init.code;
    this.current = init.current;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** Worth sending again later, unchanged. */
  get retriable(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'server' ||
      this.kind === 'rate-limited' ||
      this.kind === 'in-progress'
    );
  }

  /** The i18n key of the plain-language message for this error. */
  get messageKey(): string {
    return `errors.${this.kind}`;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
