/**
 * Builds the OpenAPI 3.1 document of the API from the mock handlers'
 * `operations` and the app's zod schemas (zod 4's native `z.toJSONSchema`).
 *
 *   node test/tools/openapi.ts          writes docs/openapi.json
 *   node test/tools/openapi.ts --check  exits 1 when docs/openapi.json is out of date
 *
 * `test/unit/openapi.test.ts` fails when the committed document is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { operations } from '#mocks/handlers/index.ts';
import type { Operation } from '#mocks/http.ts';
import { problemSchema } from '#src/shared/api/problem.ts';
import { idSchema } from '#src/shared/lib/domain.ts';

const ROOT = join(import.meta.dirname, '..', '..');
export const OPENAPI_PATH = join(ROOT, 'docs', 'openapi.json');
const PACKAGE_JSON = join(ROOT, 'package.json');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No content',
  400: 'Bad request: the body is not JSON, or a header is malformed',
  401: 'Not signed in: no token, an unknown token, or an expired session (code token-missing, token-invalid, token-expired)',
  403: 'Not allowed: tells nothing about the other person or whether they exist',
  404: 'Not found',
  409: 'Conflict: code idempotency-in-progress when the same Idempotency-Key is still being processed (retry after Retry-After seconds)',
  412: 'Precondition failed: code version-mismatch when If-Match is stale; `current` holds the current resource',
  422: 'Validation failed: `fieldErrors` keyed by field path, values are i18n keys; or code idempotency-key-reused',
};

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

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
  const result = z.toJSONSchema(schema, { target: 'draft-2020-12', io }) as JsonObject;
  delete result.$schema; // the document's jsonSchemaDialect applies
  return result;
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version: string }).version;
}

export function buildOpenApiDocument(ops: Operation[] = operations): JsonObject {
  const schemas: JsonObject = { Problem: jsonSchema(problemSchema, 'output') };

  const ref = (name: string, schema: z.ZodType, io: 'input' | 'output'): JsonObject => {
    const built = jsonSchema(schema, io);
    const existing = schemas[name];
    if (existing !== undefined && !isDeepStrictEqual(existing, built)) {
      throw new Error(`OpenAPI: two different schemas are named "${name}"`);
    }
    schemas[name] = built;
    return { $ref: `#/components/schemas/${name}` };
  };

  const paths: JsonObject = {};
  for (const op of ops) {
    const pathParams = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
    const parameters: Json[] = [
      ...pathParams.map((name) => ({ name, in: 'path', required: true, schema: jsonSchema(idSchema, 'input') })),
      ...(op.headers ?? []).map((header) => ({ $ref: `#/components/parameters/${header.replace(/-/g, '')}` })),
    ];

    const responses: JsonObject = {};
    for (const status of op.responses) {
      if (status >= 200 && status < 300) {
        const response: JsonObject = { description: STATUS_TEXT[status] ?? 'Success' };
        if (op.responseHeaders?.length) {
          response.headers = Object.fromEntries(
            op.responseHeaders.map((header) => [header, { $ref: `#/components/headers/${header.replace(/-/g, '')}` }]),
          );
        }
        if (status !== 204 && op.response) {
          response.content = { 'application/json': { schema: ref(op.response.name, op.response.schema, 'output') } };
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
      tags: [op.tag],
      security: op.auth ? [{ bearerAuth: [] }] : [],
      responses,
    };
    if (parameters.length > 0) operation.parameters = parameters;
    if (op.request) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: ref(op.request.name, op.request.schema, 'input') } },
      };
    }

    const pathItem = (paths[op.path] ??= {}) as JsonObject;
    const method = op.method.toLowerCase();
    if (pathItem[method]) throw new Error(`OpenAPI: ${op.method} ${op.path} is described twice`);
    pathItem[method] = operation;
  }

  const problemStatuses = [...new Set(ops.flatMap((op) => op.responses).filter((s) => s >= 400))].sort((a, b) => a - b);
  const problemContent = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
  const problemResponses: JsonObject = {
    ProblemDefault: { description: 'Unexpected error (429, 5xx): try again later, honouring Retry-After', content: problemContent },
  };
  for (const status of problemStatuses) {
    const response: JsonObject = { description: STATUS_TEXT[status] ?? 'Error', content: problemContent };
    if (status === 401) response.headers = { 'WWW-Authenticate': { schema: { type: 'string', const: 'Bearer' } } };
    if (status === 409) response.headers = { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } };
    if (status === 412) response.headers = { ETag: { $ref: '#/components/headers/ETag' } };
    problemResponses[`Problem${status}`] = response;
  }

  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Werkmap API',
      version: packageVersion(),
      description:
        'The contract between the Werkmap app and its backend, generated from the zod schemas the app validates with ' +
        '(`npm run openapi`). The mock backend in `mocks/` implements it. Errors are RFC 9457 problem details.',
    },
    servers: [{ url: '/api' }],
    paths: sortKeys(paths),
    components: sortKeys({
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'The token from POST /auth/session. Never in URLs.' },
      },
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description:
            'Makes a resend harmless: the same key (per user) with the same method, path and body replays the first response ' +
            'with `Idempotent-Replayed: true`; with another body: 422 idempotency-key-reused; still running: 409. ' +
            'Only successful responses are kept.',
          schema: { type: 'string', minLength: 1, maxLength: 255 },
        },
        IfMatch: {
          name: 'If-Match',
          in: 'header',
          required: false,
          description: 'The ETag last read (`"<version>"`). Stale: 412 version-mismatch. Absent: last write wins.',
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
