/**
 * Builds the OpenAPI 3.1 document of the API from the mock handlers'
 * `operations` and the app's zod schemas (zod 4's native `z.toJSONSchema`).
 *
 *   node test/tools/openapi.ts          writes docs/openapi.json
 *   node test/tools/openapi.ts --check  exits 1 when docs/openapi.json is out of date
 *
 * `test/unit/openapi.test.ts` fails when the committed document is out of date;
 * `test/unit/openapi-tools.test.ts` lints it with Redocly CLI and Spectral and type-checks what
 * openapi-typescript generates from it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { operations } from '#mocks/handlers/index.ts';
import type { Operation } from '#mocks/http.ts';
import { ACR } from '#mocks/oidc/tokens.ts';
import { conditionSchema } from '#src/features/intake/definition/schemas.ts';
import { reviewSchema } from '#src/features/coach/schemas.ts';
import { problemSchema } from '#src/shared/api/problem.ts';
import { idSchema } from '#src/shared/lib/domain.ts';
import { graphemeLimitToJsonSchema } from '#src/shared/lib/text.ts';

const ROOT = join(import.meta.dirname, '..', '..');
export const OPENAPI_PATH = join(ROOT, 'docs', 'openapi.json');
const PACKAGE_JSON = join(ROOT, 'package.json');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No content',
  400: 'Bad request: the body is missing or not JSON, a path parameter or a header (Idempotency-Key) is malformed',
  401: 'Not signed in: no token, an unknown token, or an expired session (code token-missing, token-invalid, token-expired)',
  403: 'Not allowed (code forbidden): tells nothing about the other person or whether they exist',
  404: 'Not found',
  409: 'Conflict: code idempotency-in-progress when the same Idempotency-Key is still being processed (retry after Retry-After seconds), or a conflict with the current state named by `code`',
  412: 'Precondition failed: code version-mismatch when If-Match is stale; `current` holds the current resource',
  413: 'Content too large: the request body is over the server-wide limit (answered before the body is read in full)',
  414: 'URI too long: the path and query are over the server-wide limit',
  415: 'Unsupported media type: a request body must be `application/json`',
  422: 'Validation failed: `fieldErrors` keyed by field path, values are i18n keys; or code idempotency-key-reused',
};

const PROBLEM_DESCRIPTION =
  'An error, as RFC 9457 problem details (`application/problem+json`). `code` is the machine-readable reason the app acts on ' +
  '(e.g. validation, version-mismatch, idempotency-in-progress, idempotency-key-reused, forbidden, not-found); `fieldErrors` ' +
  'maps a field path (`phone`, `answers.q3`; `_form` for the whole form) to i18n keys the app shows at that field; ' +
  '`current` is the current resource with a 412 version-mismatch. Other members (RFC 9457 `detail`, `instance`, ' +
  'extensions) may be present; the app ignores them.';

/** Server-wide limits every route answers (as problem details), added to each operation's own statuses. */
const LIMIT_STATUSES = { always: [414], withBody: [413, 415] } as const;

/** Every tag an operation may use, in the order they are listed. */
const TAGS: Array<{ name: string; description: string }> = [
  { name: 'auth', description: 'Signing in (a mock DigiD in test environments), the session and its bearer token, signing out, and the connection check.' },
  { name: 'clients', description: "A client's own data: the zoekperiode overview, the profile, and the history of who changed what." },
  { name: 'coach', description: "For e-coaches: the caseload, one client's page and timeline, coach-only notes and the three-month review." },
  { name: 'helper', description: 'For STIP helpers: the clients who authorised them, and choosing whom to act for.' },
  { name: 'intake', description: 'Questionnaires (the entreevragenlijst and the aanvullende vragenlijst): definitions as data, drafts, submissions, the proposed service line and the coach\'s decision.' },
  { name: 'work-folder', description: 'The werkmap: activities with proof, the norm, handing in a period, and the coach\'s feedback.' },
  { name: 'files', description: 'The content of a file a client added (proof, message attachment, portfolio product), for whoever may read what it belongs to.' },
  { name: 'cv', description: 'The master CV profile and the CVs built from it; the CVs a client shares with their coach.' },
  { name: 'messages', description: 'The conversation between a client and their e-coach: messages, attachments, appointment invitations, read state, and a coach\'s time away.' },
  { name: 'tasks', description: "The werkplan: tasks and agreements the coach sets, ticked off by the client." },
  { name: 'portfolio', description: "The client's e-portfolio: items with attachments and comments, shares with the coach or by link, and who viewed what." },
  { name: 'me', description: 'For the signed-in client: Mijn gegevens (who looked at my data, my authorisations, export and deletion of my data).' },
  { name: 'vacancies', description: 'Vacancies (schema.org JobPosting) and courses (Course): the set a client keeps and searches on the device, the zoekprofiel with consent for matching, saved vacancies, and "Ik heb gesolliciteerd", which creates the linked werkmap activity once.' },
  { name: 'intake-rules', description: "For the functioneel beheerder: drafts of the entreevragenlijst's scoring and decision table, a backtest on a period's submissions (pseudonymised), publishing with a reason, the log of versions and a rollback." },
  { name: 'matching', description: 'For the regisseur werk (C3): vacancies they acquire (a form or a JSON-LD import), ranked candidates among consenting clients, proposals and their steps; the client answers a proposal.' },
  { name: 'notifications', description: 'Meldingen (issue 17): the signed-in person\'s notifications and settings, the VAPID public key and the push subscriptions of their devices. The server makes notifications on its own clock and sends Web Pushes (see getNotifications for the schedule).' },
  { name: 'management', description: "For the teamleider: their own team's figures for a period, aggregates only, with the small-cell rule applied on the server (decision 015)." },
];

/**
 * Schemas that must be components of their own although no operation names them: zod writes a
 * recursive schema as a `$ref` to itself, which must point at a component (not at `$defs`).
 * The generator stops with a message when it meets a recursive schema that is not listed here.
 * `Review` is here to stay one component inside `CoachClient` now that `putReview` answers
 * `ReviewRecorded`.
 */
const SHARED_SCHEMAS: Record<string, z.ZodType> = { IntakeCondition: conditionSchema, Review: reviewSchema };

const COMPONENT = '#/components/schemas/';

/** Object keys sorted at every level, so the output is stable. Arrays keep their order. */
function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys(value[key] as Json)]),
    );
  }
  return value;
}

const isObject = (value: Json | undefined): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Tidies what zod writes for tools that read OpenAPI:
 * - a record with enum keys (`z.record(z.enum([...]), …)`) becomes an object with those
 *   properties: zod writes `propertyNames` + `required`, which names required properties that
 *   `properties` does not define;
 * - `$schema` and the `$id`s zod adds in registry mode go (the document's jsonSchemaDialect applies).
 */
function tidy(value: Json): Json {
  if (Array.isArray(value)) return value.map(tidy);
  if (!isObject(value)) return value;
  const out: JsonObject = Object.fromEntries(Object.entries(value).map(([key, child]) => [key, tidy(child)]));
  delete out.$schema;
  delete out.$id;
  const names = out.propertyNames;
  if (out.type === 'object' && out.properties === undefined && isObject(names) && Array.isArray(names.enum)) {
    const each = out.additionalProperties === undefined || out.additionalProperties === true ? {} : out.additionalProperties;
    out.properties = Object.fromEntries(names.enum.map((key) => [String(key), each]));
    out.additionalProperties = false;
    delete out.propertyNames;
  }
  return out;
}

/** Every `$ref` in a JSON value. */
function refsIn(value: Json, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const child of value) refsIn(child, found);
  else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') found.add(child);
      else refsIn(child, found);
    }
  }
  return found;
}

/**
 * The component schemas of one direction (requests are read as zod's input, responses as its
 * output), through a zod registry: a named schema used inside another becomes a `$ref` to its
 * component, and so does a recursive one (see SHARED_SCHEMAS).
 */
function componentSchemas(named: Map<string, z.ZodType>, io: 'input' | 'output'): JsonObject {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of named) registry.add(schema, { id });
  const shared = Object.entries(SHARED_SCHEMAS).filter(([, schema]) => !registry.has(schema));
  for (const [id, schema] of shared) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { target: 'draft-2020-12', io, uri: (id) => `${COMPONENT}${id}`, override: graphemeLimitToJsonSchema }) as { schemas: Record<string, JsonObject> };
  if (schemas.__shared) {
    throw new Error(`OpenAPI: a recursive schema has no name of its own: add it to SHARED_SCHEMAS in test/tools/openapi.ts (${refsIn(schemas as JsonObject).size} refs)`);
  }
  const out = tidy(schemas as JsonObject) as JsonObject;
  // a shared schema no named schema of this direction uses is left out
  const used = refsIn(Object.fromEntries([...named.keys()].map((id) => [id, out[id] as Json])));
  for (const [id] of shared) {
    if (!used.has(`${COMPONENT}${id}`)) delete out[id];
  }
  return out;
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
  return z.toJSONSchema(schema, { target: 'draft-2020-12', io, override: graphemeLimitToJsonSchema }) as JsonObject;
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version: string }).version;
}

/** One name for one schema: the same name for two different schemas (or two names for one) is a mistake. */
function nameSchema(named: Map<string, z.ZodType>, name: string, schema: z.ZodType, io: 'input' | 'output'): void {
  const existing = named.get(name);
  if (existing !== undefined && existing !== schema) {
    const same = isDeepStrictEqual(z.toJSONSchema(existing, { io }), z.toJSONSchema(schema, { io }));
    if (!same) throw new Error(`OpenAPI: two different schemas are named "${name}"`);
    return;
  }
  for (const [other, known] of named) {
    if (known === schema && other !== name) throw new Error(`OpenAPI: one schema is named both "${other}" and "${name}"`);
  }
  named.set(name, schema);
}

/** The statuses an operation answers: its own and the server-wide limits. */
export function statusesOf(op: Operation): number[] {
  const all = new Set([...op.responses, ...LIMIT_STATUSES.always, ...(op.request ? LIMIT_STATUSES.withBody : [])]);
  return [...all].sort((a, b) => a - b);
}

export function buildOpenApiDocument(ops: Operation[] = operations): JsonObject {
  const inputs = new Map<string, z.ZodType>();
  const outputs = new Map<string, z.ZodType>([['Problem', problemSchema]]);
  const ref = (name: string): JsonObject => ({ $ref: `${COMPONENT}${name}` });
  const tagNames = new Set(TAGS.map((tag) => tag.name));

  const paths: JsonObject = {};
  for (const op of ops) {
    if (!tagNames.has(op.tag)) throw new Error(`OpenAPI: ${op.operationId} uses the tag "${op.tag}": declare it in TAGS`);
    const pathParams = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
    for (const name of Object.keys(op.params ?? {})) {
      if (!pathParams.includes(name)) throw new Error(`OpenAPI: ${op.operationId} describes a path parameter "${name}" its path does not have`);
    }
    const parameters: Json[] = [
      ...pathParams.map((name) => ({ name, in: 'path', required: true, schema: tidy(jsonSchema(op.params?.[name] ?? idSchema, 'input')) })),
      ...(op.query ?? []).map((q) => ({ name: q.name, in: 'query', required: false, description: q.description, schema: tidy(jsonSchema(q.schema, 'input')) })),
      ...(op.headers ?? []).map((header) => ({ $ref: `#/components/parameters/${header.replace(/-/g, '')}` })),
    ];

    const responses: JsonObject = {};
    for (const status of statusesOf(op)) {
      if (status >= 200 && status < 300) {
        const response: JsonObject = { description: STATUS_TEXT[status] ?? 'Success' };
        if (op.responseHeaders?.length) {
          response.headers = Object.fromEntries(
            op.responseHeaders.map((header) => [header, { $ref: `#/components/headers/${header.replace(/-/g, '')}` }]),
          );
        }
        if (status !== 204 && op.fileTypes) {
          response.content = Object.fromEntries(op.fileTypes.map((type) => [type, {}]));
        } else if (status !== 204 && op.response) {
          nameSchema(outputs, op.response.name, op.response.schema, 'output');
          response.content = { 'application/json': { schema: ref(op.response.name) } };
        }
        responses[String(status)] = response;
      } else {
        responses[String(status)] = { $ref: `#/components/responses/Problem${status}` };
      }
    }
    responses.default = { $ref: '#/components/responses/ProblemDefault' };

    const operation: JsonObject = {
      operationId: op.operationId,
      summary: op.summary,
      description: op.description,
      tags: [op.tag],
      security: op.auth ? [{ bearerAuth: [] }] : [],
      responses,
    };
    if (op.acr) operation['x-required-acr'] = ACR[op.acr];
    if (parameters.length > 0) operation.parameters = parameters;
    if (op.request) {
      nameSchema(inputs, op.request.name, op.request.schema, 'input');
      operation.requestBody = { required: true, content: { 'application/json': { schema: ref(op.request.name) } } };
    }

    const pathItem = (paths[op.path] ??= {}) as JsonObject;
    const method = op.method.toLowerCase();
    if (pathItem[method]) throw new Error(`OpenAPI: ${op.method} ${op.path} is described twice`);
    pathItem[method] = operation;
  }

  const schemas: JsonObject = componentSchemas(outputs, 'output');
  // RFC 9457 allows other members (`detail`, `instance`, extensions); the app ignores them
  const { additionalProperties: _closed, ...problem } = schemas.Problem as JsonObject;
  schemas.Problem = { ...problem, description: PROBLEM_DESCRIPTION };
  for (const [name, schema] of Object.entries(componentSchemas(inputs, 'input'))) {
    if (schemas[name] !== undefined && !isDeepStrictEqual(schemas[name], schema)) {
      throw new Error(`OpenAPI: "${name}" differs as a request and as a response: give them different names`);
    }
    schemas[name] = schema;
  }

  const problemStatuses = [...new Set(ops.flatMap(statusesOf).filter((s) => s >= 400))].sort((a, b) => a - b);
  const problemContent = { 'application/problem+json': { schema: ref('Problem') } };
  const problemResponses: JsonObject = {
    ProblemDefault: { description: 'Unexpected error (429, 5xx): try again later, honouring Retry-After', content: problemContent },
  };
  for (const status of problemStatuses) {
    const response: JsonObject = { description: STATUS_TEXT[status] ?? 'Error', content: problemContent };
    if (status === 401) {
      const description = '`Bearer`; with code insufficient-user-authentication the RFC 9470 challenge that names the `acr_values` needed';
      response.headers = { 'WWW-Authenticate': { description, schema: { type: 'string', pattern: '^Bearer' } } };
    }
    if (status === 409) response.headers = { 'Retry-After': { description: 'Seconds to wait (with code idempotency-in-progress)', schema: { type: 'integer' } } };
    if (status === 412) response.headers = { ETag: { $ref: '#/components/headers/ETag' } };
    problemResponses[`Problem${status}`] = response;
  }

  const usedTags = new Set(ops.map((op) => op.tag));
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Werkmap API',
      version: packageVersion(),
      description:
        'The contract between the Werkmap app and its backend, generated from the zod schemas the app validates with ' +
        'and the mock backend\'s operations (`npm run openapi`). The mock backend in `mocks/` implements it. ' +
        'Errors are RFC 9457 problem details (`application/problem+json`) with a machine-readable `code` and, for ' +
        'validation errors, `fieldErrors` keyed by field path. Writes made on the device carry an `Idempotency-Key` ' +
        '(a resend is harmless); versioned resources answer an `ETag` and honour `If-Match`. Every route answers 414 ' +
        'when the URL is too long, and 413 (body too large) or 415 (not JSON) for a request body it cannot take.',
    },
    servers: [{ url: '/api', description: 'Same origin as the app (`api.baseUrl` in the app\'s /config.json points it elsewhere)' }],
    security: [{ bearerAuth: [] }],
    tags: TAGS.filter((tag) => usedTags.has(tag.name)),
    paths: sortKeys(paths),
    components: sortKeys({
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'An OAuth 2.0 access token in JWT form (RFC 9068) from one of the OpenID providers: DigiD (through a broker) for ' +
            "clients, the municipality's own provider for employees (coach, helper, regisseur, team lead). The backend verifies " +
            'the signature against the issuer\'s JWKS, `iss`, `aud` and `exp`, and answers 401 (code token-invalid or ' +
            'token-expired) otherwise. A client\'s token carries the DigiD level in `acr` (`http://eidas.europa.eu/LoA/low` = ' +
            'Basis, `…/substantial` = Midden, `…/high` = Substantieel/Hoog); every operation that needs a token needs at least ' +
            'Basis, and an operation with `x-required-acr` needs at least that level (401 with code ' +
            'insufficient-user-authentication below it, RFC 9470). Never in URLs.',
        },
      },
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description:
            'Makes a resend harmless: the same key (per user) with the same method, path and body replays the first response ' +
            'with `Idempotent-Replayed: true`; with another body: 422 idempotency-key-reused; still running: 409 ' +
            'idempotency-in-progress; not 1–255 visible ASCII characters: 400 idempotency-key-invalid. ' +
            'Only successful responses are kept. The app sends the id of the write it made on the device.',
          schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]+$' },
        },
        IfMatch: {
          name: 'If-Match',
          in: 'header',
          required: false,
          description: 'The ETag last read (`"<version>"`), or `*`. Stale: 412 version-mismatch with the current resource. Absent: last write wins.',
          schema: { type: 'string' },
        },
      },
      headers: {
        ETag: { description: 'The version of the resource as a quoted string, e.g. `"3"`', schema: { type: 'string' } },
        IdempotentReplayed: {
          description: '`true` when this response is a replay of an earlier request with the same Idempotency-Key',
          schema: { type: 'string', const: 'true' },
        },
      },
      responses: problemResponses,
      schemas,
    }),
  };
}

/** Pretty JSON with a trailing newline: the exact bytes of docs/openapi.json. */
export function serializeOpenApi(document: JsonObject = buildOpenApiDocument()): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function readCommittedOpenApi(): string | null {
  try {
    return readFileSync(OPENAPI_PATH, 'utf8');
  } catch {
    return null;
  }
}

const runDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runDirectly) {
  const fresh = serializeOpenApi();
  if (process.argv.includes('--check')) {
    if (readCommittedOpenApi() !== fresh) {
      console.error('docs/openapi.json is out of date: run `npm run openapi`');
      process.exit(1);
    }
    console.log('docs/openapi.json is up to date');
  } else {
    writeFileSync(OPENAPI_PATH, fresh);
    console.log(`wrote docs/openapi.json (${Object.keys(buildOpenApiDocument().paths as JsonObject).length} paths)`);
  }
}
