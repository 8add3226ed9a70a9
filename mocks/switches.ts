import { z } from 'zod';
import { HttpResponse } from 'msw';
import { seededRandom } from '#src/shared/lib/random.ts';
import { clockOffset, setClockOffset } from './clock.ts';

/**
 * Failure switches for the mock API: latency, random 503s, no network, and
 * one-off failures or delays for matching requests. Applied to every handler in
 * one place (`route()` in `mocks/http.ts`). Set them with
 * `window.__mock.configure({...})` in development or `POST /__mock/config` on
 * the e2e HTTP server.
 */

const ruleMatch = {
  /** Substring of the request path, e.g. `/profile`. Omit to match every request. */
  path: z.string().optional(),
  /** HTTP method, e.g. `PUT`. Omit to match every method. */
  method: z.string().toUpperCase().optional(),
  /** How many matching requests this rule applies to. */
  times: z.number().int().positive().default(1),
};

export const failRuleSchema = z.object({
  ...ruleMatch,
  /** Response status, or `network` for a network error. */
  status: z.union([z.number().int().min(400).max(599), z.literal('network')]),
  /** Problem code for the failure body. */
  code: z.string().optional(),
  /** `Retry-After` seconds (429/503). */
  retryAfter: z.number().int().nonnegative().optional(),
});
export type FailRule = z.infer<typeof failRuleSchema>;

export const delayRuleSchema = z.object({
  ...ruleMatch,
  ms: z.number().int().nonnegative().max(120_000),
  /**
   * `response` (default): the handler applies the write at once, then the
   * response waits (a response lost or slow in flight).
   * `processing`: the wait happens while an idempotent request is still
   * marked in progress, so a resend with the same key gets 409.
   */
  stage: z.enum(['response', 'processing']).default('response'),
});
export type DelayRule = z.infer<typeof delayRuleSchema>;

const oneOrMany = <S extends z.ZodType>(schema: S) =>
  z.union([schema, z.array(schema)]).transform((value) => (Array.isArray(value) ? value : [value]) as Array<z.output<S>>);

export const mockConfigSchema = z
  .object({
    /** Clear everything first (back to defaults). */
    reset: z.boolean().optional(),
    latencyMs: z.number().int().nonnegative().max(60_000).optional(),
    jitterMs: z.number().int().nonnegative().max(60_000).optional(),
    /** Share of requests answered with 503 (0..1), decided by a seeded PRNG. */
    errorRate: z.number().min(0).max(1).optional(),
    /** Seed of that PRNG (restarts the sequence). */
    seed: z.number().int().optional(),
    /** Every request fails with a network error. */
    unreachable: z.boolean().optional(),
    /** Shift the mock server's clock (e.g. to expire sessions). */
    clockOffsetMs: z.number().int().optional(),
    /** Append one-off failures; `null` clears the queue. */
    failNext: oneOrMany(failRuleSchema).nullable().optional(),
    /** Append one-off delays; `null` clears the queue. */
    delayNext: oneOrMany(delayRuleSchema).nullable().optional(),
  })
  .strict();
export type MockConfigInput = z.input<typeof mockConfigSchema>;

export type SwitchState = {
  latencyMs: number;
  jitterMs: number;
  errorRate: number;
  seed: number;
  unreachable: boolean;
  clockOffsetMs: number;
  failNext: FailRule[];
  delayNext: DelayRule[];
};

function defaults(): SwitchState {
  return { latencyMs: 0, jitterMs: 0, errorRate: 0, seed: 1, unreachable: false, clockOffsetMs: 0, failNext: [], delayNext: [] };
}

let state = defaults();
/** Seeded, so error-rate runs are repeatable. */
let random = seededRandom(state.seed);

export function resetSwitches(): void {
  state = defaults();
  random = seededRandom(state.seed);
  setClockOffset(0);
}

/** Applies a (partial) configuration. Throws a ZodError on invalid input. */
export function configureSwitches(input: MockConfigInput): SwitchState {
  const config = mockConfigSchema.parse(input);
  if (config.reset) resetSwitches();
  if (config.latencyMs !== undefined) state.latencyMs = config.latencyMs;
  if (config.jitterMs !== undefined) state.jitterMs = config.jitterMs;
  if (config.errorRate !== undefined) state.errorRate = config.errorRate;
  if (config.unreachable !== undefined) state.unreachable = config.unreachable;
  if (config.seed !== undefined) {
    state.seed = config.seed;
    random = seededRandom(config.seed);
  }
  if (config.clockOffsetMs !== undefined) {
    state.clockOffsetMs = config.clockOffsetMs;
    setClockOffset(config.clockOffsetMs);
  }
  if (config.failNext === null) state.failNext = [];
  else if (config.failNext) state.failNext.push(...config.failNext);
  if (config.delayNext === null) state.delayNext = [];
  else if (config.delayNext) state.delayNext.push(...config.delayNext);
  return getSwitches();
}

export function getSwitches(): SwitchState {
  return structuredClone({ ...state, clockOffsetMs: clockOffset() });
}

function matches(rule: { path?: string; method?: string }, request: Request): boolean {
  if (rule.method && rule.method !== request.method.toUpperCase()) return false;
  return !rule.path || new URL(request.url).pathname.includes(rule.path);
}

/** Takes one use of the first matching rule from a queue. */
function take<R extends { path?: string; method?: string; times: number }>(queue: R[], request: Request, extra?: (rule: R) => boolean): R | undefined {
  const index = queue.findIndex((rule) => matches(rule, request) && (!extra || extra(rule)));
  if (index === -1) return undefined;
  const rule = queue[index] as R;
  if (rule.times <= 1) queue.splice(index, 1);
  else queue[index] = { ...rule, times: rule.times - 1 };
  return rule;
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

function problemResponse(status: number, code: string, retryAfter?: number): Response {
  const headers: Record<string, string> = {};
  if (retryAfter !== undefined) headers['Retry-After'] = String(retryAfter);
  return HttpResponse.json({ title: 'Simulated failure', status, code }, {
    status,
    headers: { ...headers, 'Content-Type': 'application/problem+json' },
  });
}

/**
 * Runs before the handler: latency, no network, one-off failures, random 503s.
 * Returns a response to send instead of running the handler, or undefined.
 */
export async function beforeHandler(request: Request): Promise<Response | undefined> {
  const latency = state.latencyMs + (state.jitterMs > 0 ? Math.floor(random() * state.jitterMs) : 0);
  if (latency > 0) await sleep(latency, request.signal);
  if (state.unreachable) return HttpResponse.error();
  const fail = take(state.failNext, request);
  if (fail) {
    if (fail.status === 'network') return HttpResponse.error();
    return problemResponse(fail.status, fail.code ?? 'simulated-failure', fail.retryAfter);
  }
  if (state.errorRate > 0 && random() < state.errorRate) return problemResponse(503, 'simulated-unavailable', 1);
  return undefined;
}

const processingDelayTaken = new WeakSet<Request>();

/** Inside an idempotent request, after the write and before its response is stored. */
export async function processingDelay(request: Request): Promise<void> {
  if (processingDelayTaken.has(request)) return;
  const rule = take(state.delayNext, request, (r) => r.stage === 'processing');
  processingDelayTaken.add(request);
  if (rule) await sleep(rule.ms);
}

/** Runs after the handler applied its work: delays the response of matching requests. */
export async function afterHandler(request: Request): Promise<void> {
  // A processing delay on a request without an idempotency key is applied here.
  if (!processingDelayTaken.has(request)) await processingDelay(request);
  const rule = take(state.delayNext, request, (r) => r.stage === 'response');
  if (rule) await sleep(rule.ms, request.signal);
}
