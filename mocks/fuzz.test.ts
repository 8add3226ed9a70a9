import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '#src/shared/api/problem.ts';
import { exportState, snapshotDb } from './db.ts';
import { CHUNK_BODY_MAX_BYTES, JSON_BODY_MAX_BYTES, MAX_JSON_DEPTH, MAX_URL_LENGTH } from './limits.ts';
import { apiUrl, signIn } from './testing.ts';
import { runSchedule } from './notify/scheduler.ts';

/**
 * "No 5xx for any input" (issue 13), property-based and generated from the contract: for every
 * operation in docs/openapi.json, fast-check sends requests with at least one thing that is
 * certainly wrong — a body that breaks the request schema (wrong types per property, a missing
 * required property, huge strings, deep nesting, `__proto__` keys, broken JSON), another content
 * type, a malformed path parameter or Idempotency-Key, a stale If-Match, no or a bad token — mixed
 * with noise that may be valid, through the mock backend in Node (MSW), as a signed-in user who
 * may use the operation and without a token. Every answer must be a 4xx problem+json (never a
 * 5xx, never a thrown exception), the store must be unchanged and Object.prototype untouched.
 * Operations without anything that could be wrong (an open GET) only have to stay under 500.
 *
 * Seeded: FUZZ_SEED (default below), printed at the start; FUZZ_RUNS runs per operation and mode.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const RUNS = Number(process.env.FUZZ_RUNS ?? 6);
/** FUZZ_REPORT=1: print the statuses per operation (to see how deep the runs get). */
const REPORT = process.env.FUZZ_REPORT === '1';
const statuses: Record<string, string[]> = {};

type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  maxLength?: number;
  /** A limit in graphemes (`maxChars` in the schemas). */
  'x-maxGraphemes'?: number;
  minLength?: number;
  pattern?: string;
  maximum?: number;
  minimum?: number;
  maxItems?: number;
  additionalProperties?: Schema | boolean;
};
type Parameter = { $ref?: string; in: string; name: string; required?: boolean; schema: Schema };
type ContractOperation = {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  security?: unknown[];
};
type Contract = {
  paths: Record<string, Record<string, ContractOperation>>;
  components: { schemas: Record<string, Schema>; parameters: Record<string, Parameter> };
};

const contract = JSON.parse(readFileSync(join(import.meta.dirname, '../docs/openapi.json'), 'utf8')) as Contract;

/** Resolves `#/components/...` refs (anything else: an unconstrained schema). */
function resolve<T extends { $ref?: string }>(node: T): T {
  let current: T = node;
  for (let i = 0; current.$ref && i < 20; i++) {
    const parts = current.$ref.replace(/^#\//, '').split('/');
    let target: unknown = contract;
    for (const part of parts) target = (target as Record<string, unknown> | undefined)?.[part];
    current = (target ?? {}) as T;
  }
  return current;
}

type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'object' | 'array';
const ALL_TYPES: JsonType[] = ['string', 'number', 'integer', 'boolean', 'null', 'object', 'array'];

/** The JSON types a schema takes, or null when it is not known (then no value is certainly wrong). */
function typesOf(raw: Schema, depth = 0): Set<JsonType> | null {
  const schema = resolve(raw);
  if (depth > 10) return null;
  const union = schema.anyOf ?? schema.oneOf;
  if (union) {
    const out = new Set<JsonType>();
    for (const member of union) {
      const types = typesOf(member, depth + 1);
      if (!types) return null;
      for (const type of types) out.add(type);
    }
    return out;
  }
  const values = schema.enum ?? (schema.const !== undefined ? [schema.const] : undefined);
  if (values) return new Set(values.map((v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : (typeof v as JsonType))));
  if (!schema.type) return null;
  const types = new Set((Array.isArray(schema.type) ? schema.type : [schema.type]) as JsonType[]);
  if (types.has('number')) types.add('integer');
  return types;
}

function sampleOfType(type: JsonType): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return fc.oneof(fc.string(), fc.constantFrom('', ' ', '0', 'null', '<script>', '\u0000', '\ud800', 'ë'));
    case 'number':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0.5, -1e308, 1e308));
    case 'integer':
      return fc.oneof(fc.integer(), fc.constantFrom(-1, 0, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2));
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'object':
      return fc.oneof(fc.constant({}), fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }));
    case 'array':
      return fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 });
  }
}

/** A value of a type the schema does not take, or null when every type could be right. */
function wrongValue(schema: Schema): fc.Arbitrary<unknown> | null {
  const types = typesOf(schema);
  if (!types) return null;
  const wrong = ALL_TYPES.filter((t) => !types.has(t) && !(t === 'integer' && types.has('number')));
  // an integer is a number: when only integers are taken, a fraction is wrong
  const arbitraries = wrong.filter((t) => t !== 'integer' || !types.has('number')).map(sampleOfType);
  if (types.has('integer') && !types.has('number') && !types.has('string')) arbitraries.push(fc.constantFrom(0.5, -2.25));
  const resolved = resolve(schema);
  if (resolved.enum && resolved.enum.every((v) => typeof v === 'string')) {
    arbitraries.push(fc.string({ maxLength: 20 }).filter((s) => !(resolved.enum as unknown[]).includes(s)));
  }
  return arbitraries.length > 0 ? fc.oneof(...arbitraries) : null;
}

/** A plausible value for a schema (valid-shaped, maybe valid): noise that reaches deeper checks. */
function plausible(raw: Schema, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(raw);
  if (depth > 4) return fc.constant(null);
  const union = schema.anyOf ?? schema.oneOf;
  if (union && union.length > 0) return fc.oneof(...union.map((member) => plausible(member, depth + 1)));
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      if (schema.pattern === '^[A-Za-z0-9_-]+$') return fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 20, 20) });
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -5, max: Math.min(schema.maximum ?? 100, 100) });
    case 'number':
      return fc.double({ min: schema.minimum ?? -5, max: Math.min(schema.maximum ?? 100, 100), noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(schema.items ? plausible(schema.items, depth + 1) : fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 });
    case 'object': {
      const props = Object.entries(schema.properties ?? {});
      return fc.record(Object.fromEntries(props.map(([name, prop]) => [name, plausible(prop, depth + 1)])), { requiredKeys: [] });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

const nested = (depth: number, inner = '1') => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;
const json = (value: unknown) => JSON.stringify(value) ?? 'null';
/** An object's JSON with one property replaced by raw JSON text (so `__proto__` stays an own key). */
const withRaw = (object: Record<string, unknown>, key: string, rawValue: string) => {
  const rest = json(Object.fromEntries(Object.entries(object).filter(([k]) => k !== key)));
  return rest === '{}' ? `{${json(key)}:${rawValue}}` : `{${json(key)}:${rawValue},${rest.slice(1)}`;
};

/** Request bodies (JSON text) that the request schema certainly refuses, or the limits do. */
function invalidBody(raw: Schema, maxBytes: number): fc.Arbitrary<string> {
  const schema = resolve(raw);
  const base = plausible(schema) as fc.Arbitrary<Record<string, unknown>>;
  const props = Object.entries(schema.properties ?? {});
  const required = schema.required ?? [];
  const options: Array<fc.Arbitrary<string>> = [
    // not an object at all
    fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 })).map(json),
    // broken JSON, or none
    fc.constantFrom('', '   ', '{', '{"a":', "{'a':1}", '[1,]', '{"a":1}}', 'nul', '\u0000', '{"a":"\\x"}', '{"a":1} trailing'),
    // nesting past the limit, alone or inside a property
    fc.integer({ min: MAX_JSON_DEPTH + 1, max: 50_000 }).map((depth) => nested(depth)),
  ];
  // a body over the operation's limit (rarely: it is a megabyte)
  const tooLarge = fc.constant(null).map(() => json({ pad: 'x'.repeat(maxBytes) }));
  if (props.length > 0 || required.length > 0) {
    options.push(
      fc.tuple(base, fc.integer({ min: MAX_JSON_DEPTH + 1, max: 5_000 }), fc.constantFrom(...(props.length ? props.map(([n]) => n) : required))).map(
        ([object, depth, key]) => withRaw(object ?? {}, key, nested(depth, '{}')),
      ),
    );
  }
  if (required.length > 0) {
    // a required property missing, with prototype-pollution keys beside it
    options.push(
      fc.tuple(base, fc.constantFrom(...required), fc.boolean()).map(([object, missing, pollute]) => {
        const rest = Object.fromEntries(Object.entries(object ?? {}).filter(([k]) => k !== missing));
        if (!pollute) return json(rest);
        const text = withRaw(rest, '__proto__', '{"polluted":true,"role":"coach"}');
        return `{"constructor":{"prototype":{"polluted":true}},${text.slice(1)}`;
      }),
    );
  }
  for (const [name, prop] of props) {
    const wrong = wrongValue(prop);
    const essential = required.includes(name) || wrong !== null;
    if (wrong && essential) {
      // a wrong type for one property (also __proto__ as the property name's sibling)
      options.push(fc.tuple(base, wrong).map(([object, value]) => json({ ...(object ?? {}), [name]: value })));
    }
    const resolved = resolve(prop);
    const types = typesOf(prop);
    const maxLength = resolved.maxLength ?? resolved['x-maxGraphemes'];
    if (maxLength !== undefined && types && !types.has('null') && [...types].every((t) => t === 'string')) {
      // a string past its maxLength (huge, in one case)
      options.push(fc.tuple(base, fc.integer({ min: 1, max: 5_000 })).map(([object, extra]) => json({ ...(object ?? {}), [name]: 'x'.repeat(maxLength + extra) })));
    }
  }
  return fc.oneof({ weight: 1, arbitrary: tooLarge }, ...options.map((arbitrary) => ({ weight: 3, arbitrary })));
}

// --------------------------------------------------------------------------- operations

type Op = {
  method: string;
  path: string;
  operationId: string;
  auth: boolean;
  params: string[];
  body: Schema | null;
  idempotent: boolean;
  ifMatch: boolean;
  maxBytes: number;
};

const ops: Op[] = Object.entries(contract.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => ['get', 'put', 'post', 'patch', 'delete'].includes(method))
    .map(([method, op]): Op => {
      const parameters = (op.parameters ?? []).map((p) => resolve(p));
      return {
        method: method.toUpperCase(),
        path,
        operationId: op.operationId,
        auth: (op.security ?? []).length > 0,
        params: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        body: op.requestBody?.content['application/json']?.schema ?? null,
        idempotent: parameters.some((p) => p.in === 'header' && p.name === 'Idempotency-Key'),
        ifMatch: parameters.some((p) => p.in === 'header' && p.name === 'If-Match'),
        maxBytes: path.includes('/chunks/') ? CHUNK_BODY_MAX_BYTES : JSON_BODY_MAX_BYTES,
      };
    }),
);

/** Who may use the operation, and path parameters that exist in the seed (so the handler gets far). */
function personaFor(op: Op): { persona: string; actingFor?: string; params: Record<string, string> } {
  const coach =
    op.path.startsWith('/coach') ||
    /coach-notes|reviews|intake\/decision|\/request$|\/feedback\/|\/norm$|\/tasks\/\{taskId\}$/.test(op.path);
  const helper = op.path.startsWith('/helper');
  const portfolio = op.path.includes('portfolio');
  const clientId = portfolio ? 'client-jayden' : 'client-anna';
  const params: Record<string, string> = {
    clientId,
    coachId: 'coach-marieke',
    activityId: 'act-anna-1',
    itemId: 'seed-pf-jayden-1',
    shareId: 'seed-pf-share-jayden',
    cvId: 'cv-anna-horeca',
    questionnaireId: 'participation',
    definitionId: 'entree',
    version: '1',
    index: '0',
    proofId: 'fuzz-file',
    fileId: 'fuzz-file',
    authorisationId: 'auth-anna-stip-1',
  };
  if (coach) return { persona: 'coach-marieke', params };
  if (helper) return { persona: 'helper-stip-1', actingFor: 'client-yasmin', params: { ...params, clientId: 'client-yasmin' } };
  return { persona: portfolio ? 'client-jayden' : 'client-anna', params };
}

type Fault = 'token' | 'body' | 'content-type' | 'path' | 'idempotency-key' | 'if-match';

function faultsFor(op: Op, authorised: boolean): Fault[] {
  const faults: Fault[] = [];
  if (!authorised && op.auth) faults.push('token');
  if (op.body) faults.push('body', 'content-type');
  if (op.params.length > 0) faults.push('path');
  if (op.idempotent && op.method !== 'GET') faults.push('idempotency-key');
  if (op.ifMatch && op.method !== 'GET') faults.push('if-match');
  return faults;
}

const ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;
/** A path parameter the contract refuses (pattern or length); never `.`/`..` (the URL would change route). */
const badParam = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 30 }),
    fc.constantFrom('a b', 'ä', '<script>', "'; DROP TABLE", '%', 'a/b', 'a?b', 'a#b', '\u0000', '\ud83d\ude00', 'x'.repeat(101), 'x'.repeat(MAX_URL_LENGTH - 200), 'x'.repeat(MAX_URL_LENGTH + 500)),
  )
  .filter((s) => !ID_PATTERN.test(s) && s !== '.' && s !== '..');
/** Valid-shaped path parameters that may not exist (or are awkward keys). */
const oddParam = fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '0', '-1', '999999999999'));
const badKey = fc.oneof(fc.constantFrom('', ' ', 'a b', 'x'.repeat(256)), fc.stringMatching(/^[a-z]{256,300}$/));
const goodKey = fc.stringMatching(/^[\x21-\x7e]{1,40}$/);
const badIfMatch = fc.constantFrom('"999999"', 'W/"999999"', '"0"', 'abc', '"-1"', '""', '"1", "2"', `"${'9'.repeat(400)}"`);
const anyIfMatch = fc.oneof(badIfMatch, fc.constantFrom('*', '"1"', 'W/"1"'));
const badContentType = fc.constantFrom(
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=latin1',
  'application/xml',
  'image/png',
  '',
);
const goodContentType = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'application/problem+json');
const badToken = fc.oneof(
  fc.constant(null),
  fc.constantFrom('Bearer', 'Bearer ', 'Basic YWxpY2U6c2VjcmV0', 'bearer null', 'Bearer undefined', 'Bearer __proto__', `Bearer ${'x'.repeat(5000)}`),
  fc.stringMatching(/^[A-Za-z0-9]{20,64}$/).map((t) => `Bearer ${t}`),
);

type Case = { fault: Fault | null; params: Record<string, string>; headers: Record<string, string>; body: string | null };

function caseFor(op: Op, authorised: boolean, token: string | null, defaults: Record<string, string>): fc.Arbitrary<Case> {
  const faults = faultsFor(op, authorised);
  // the body is where most can go wrong: it is chosen more often
  const weight = (f: Fault) => (f === 'body' ? 4 : f === 'token' ? 2 : 1);
  const fault: fc.Arbitrary<Fault | null> =
    faults.length > 0 ? fc.oneof(...faults.map((f) => ({ weight: weight(f), arbitrary: fc.constant<Fault | null>(f) }))) : fc.constant(null);
  return fault.chain((chosen) => {
    const params = fc.record(
      Object.fromEntries(op.params.map((name) => [name, fc.oneof({ weight: 6, arbitrary: fc.constant(defaults[name] ?? 'fuzz-1') }, { weight: 1, arbitrary: oddParam })])),
    );
    const badParams = fc.tuple(params, fc.constantFrom(...(op.params.length ? op.params : ['none'])), badParam).map(([p, name, value]) => ({ ...p, [name]: value }));
    const body: fc.Arbitrary<string | null> =
      op.method === 'GET'
        ? fc.constant(null)
        : chosen === 'body'
          ? invalidBody(op.body as Schema, op.maxBytes)
          : op.body
            ? fc.oneof(plausible(op.body).map(json), invalidBody(op.body, op.maxBytes))
            : fc.option(fc.jsonValue({ maxDepth: 2 }).map(json), { nil: null });
    return fc
      .record({
        // a stale If-Match is certainly wrong only on something that exists (deleting what is gone may answer 204)
        params: chosen === 'path' ? badParams : chosen === 'if-match' ? fc.constant(Object.fromEntries(op.params.map((name) => [name, defaults[name] ?? 'fuzz-1']))) : params,
        body,
        auth: chosen === 'token' || !authorised ? badToken : fc.constant(token ? `Bearer ${token}` : null),
        key: chosen === 'idempotency-key' ? badKey.map((k): string | null => k) : fc.option(goodKey, { nil: null }),
        ifMatch: chosen === 'if-match' ? badIfMatch.map((v): string | null => v) : op.ifMatch ? fc.option(anyIfMatch, { nil: null }) : fc.constant(null),
        contentType: chosen === 'content-type' ? badContentType.map((v): string | null => v) : fc.option(goodContentType, { nil: null, freq: 8 }),
      })
      .map(({ params: p, body: b, auth, key, ifMatch, contentType }) => {
        const headers: Record<string, string> = {};
        if (auth !== null) headers.Authorization = auth;
        if (key !== null) headers['Idempotency-Key'] = key;
        if (ifMatch !== null) headers['If-Match'] = ifMatch;
        // a wrong content type needs a body to be wrong about
        const text = chosen === 'content-type' && (b === null || b === '') ? '{}' : b;
        if (text !== null && contentType !== null) headers['Content-Type'] = contentType;
        if (text !== null && chosen !== 'content-type' && contentType === null) headers['Content-Type'] = 'application/json';
        return { fault: chosen, params: p, headers, body: text };
      });
  });
}

function urlOf(op: Op, params: Record<string, string>): string {
  return apiUrl(op.path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(params[name] ?? 'fuzz-1')));
}

// --------------------------------------------------------------------------- the properties

/** Record counts per table, the write log and the idempotency keys: changes with any write. */
function sizes(): string {
  return Object.entries(exportState() as unknown as Record<string, unknown>)
    .map(([name, value]) => `${name}:${Array.isArray(value) ? value.length : String(value)}`)
    .join(',');
}

let total = 0;
const started = Date.now();

beforeAll(() => {
  console.log(`[fuzz] seed ${SEED} (FUZZ_SEED), ${RUNS} runs per operation and mode (FUZZ_RUNS), ${ops.length} operations`);
});

describe('no 5xx for any input (property-based, from docs/openapi.json)', () => {
  it('has operations to try', () => {
    expect(ops.length).toBeGreaterThan(50);
  });

  for (const authorised of [true, false]) {
    describe(authorised ? 'signed in as someone who may use it' : 'without a valid token', () => {
      it.each(ops.map((op) => [`${op.method} ${op.path}`, op] as const))('%s', async (_name, op) => {
        const who = personaFor(op);
        const token = authorised ? (await signIn(who.persona, { actingFor: who.actingFor })).token : null;
        const faults = faultsFor(op, authorised);
        // nothing can be wrong about a write without faults: it would simply succeed
        if (faults.length === 0 && op.method !== 'GET') return;
        if (token && op.path.endsWith('/chunks/{index}')) {
          // an upload in progress, so a chunk's body is read (not a 404 for an unknown upload)
          const start = urlOf({ ...op, path: op.path.replace('/chunks/{index}', '') }, who.params);
          const body = JSON.stringify({ name: 'fuzz.pdf', type: 'application/pdf', size: 10, chunks: 2 });
          await fetch(start, { method: 'PUT', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body });
        }
        // the server's notification schedule runs before any request (mocks/notify/scheduler.ts): what it
        // makes from the seed is not the operation's doing
        runSchedule();
        const before = JSON.stringify(snapshotDb());
        const sizesBefore = sizes();
        let anySuccess = false;
        let seed = SEED;
        for (const ch of `${op.operationId}:${authorised}`) seed = (Math.imul(seed, 31) + ch.charCodeAt(0)) | 0;
        await fc.assert(
          fc.asyncProperty(caseFor(op, authorised, token, who.params), async (c) => {
            total += 1;
            let response: Response;
            try {
              response = await fetch(urlOf(op, c.params), { method: op.method, headers: c.headers, body: c.body });
            } catch (error) {
              throw new Error(`the request threw: ${(error as Error).name}: ${(error as Error).message}`);
            }
            const text = await response.text();
            if (response.ok) anySuccess = true;
            if (REPORT) (statuses[`${authorised ? 'auth' : 'anon'} ${op.method} ${op.path}`] ??= []).push(`${response.status}:${c.fault}`);
            const summary = `${response.status} ${text.slice(0, 200)}`;
            expect(response.status, summary).toBeLessThan(500);
            if (c.fault !== null) expect(response.status, summary).toBeGreaterThanOrEqual(400);
            if (response.status >= 400) {
              expect(response.headers.get('Content-Type'), summary).toBe('application/problem+json');
              const problem = problemSchema.parse(JSON.parse(text));
              expect(problem.status).toBe(response.status);
              // cheap per request (sizes of every table and the write log); the whole store after the operation's runs
              expect(sizes(), `the store changed (${summary})`).toBe(sizesBefore);
            }
            expect(({} as Record<string, unknown>).polluted, 'Object.prototype was polluted').toBeUndefined();
          }),
          { seed, numRuns: RUNS, endOnFailure: true, verbose: 0 },
        );
        // only refusals: nothing in the store may have changed (a successful read may log an access)
        if (!anySuccess) expect(JSON.stringify(snapshotDb()) === before, 'the store is unchanged').toBe(true);
      });
    });
  }

  it('prints what it did', () => {
    if (REPORT) for (const [name, list] of Object.entries(statuses)) console.log(`[fuzz] ${name}: ${list.sort().join(' ')}`);
    console.log(`[fuzz] ${total} requests in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${SEED})`);
  });
});
