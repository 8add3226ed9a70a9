import { describe, expect, it } from 'vitest';
import { operations } from '#mocks/handlers/index.ts';
import { buildOpenApiDocument, readCommittedOpenApi, serializeOpenApi, statusesOf } from '#test/tools/openapi.ts';

describe('OpenAPI document', () => {
  it('docs/openapi.json matches the schemas and handlers (else run `npm run openapi`)', () => {
    const committed = readCommittedOpenApi();
    const fresh = serializeOpenApi(buildOpenApiDocument());
    if (committed !== fresh) {
      expect.fail('docs/openapi.json is out of date: run `npm run openapi` and commit the result');
    }
  });

  it('describes every operation once, with bearer auth where needed', () => {
    const document = buildOpenApiDocument() as {
      paths: Record<string, Record<string, { operationId: string; security: unknown[] }>>;
    };
    const described = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ path, method, id: op.operationId, secured: op.security.length > 0 })),
    );
    expect(described).toHaveLength(operations.length);
    expect(new Set(described.map((d) => d.id)).size).toBe(operations.length);
    for (const op of operations) {
      expect(described).toContainEqual({ path: op.path, method: op.method.toLowerCase(), id: op.operationId, secured: op.auth });
    }
  });

  it('lists every status what an operation reads can bring', () => {
    const missing: string[] = [];
    for (const op of operations) {
      const statuses = new Set(statusesOf(op));
      const need = (why: string, ...codes: number[]) => {
        for (const code of codes) if (!statuses.has(code)) missing.push(`${op.operationId}: ${code} (${why})`);
      };
      need('the server-wide URL limit', 414);
      if (op.auth) need('a bearer token', 401);
      if (op.request) need('a JSON body: malformed, too large, not JSON, invalid', 400, 413, 415, 422);
      if (op.headers?.includes('Idempotency-Key')) need('Idempotency-Key: malformed, in progress, reused', 400, 409, 422);
      if (op.headers?.includes('If-Match')) need('If-Match', 412);
      if (![...statuses].some((status) => status >= 200 && status < 300)) missing.push(`${op.operationId}: no success status`);
      if (op.headers?.includes('Idempotency-Key') && !op.responseHeaders?.includes('Idempotent-Replayed')) {
        missing.push(`${op.operationId}: Idempotent-Replayed (a replay says so)`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives every operation a short summary and a description of its own', () => {
    const unclear = operations.filter(
      (op) => op.summary.length === 0 || op.summary.length > 80 || op.description.trim().length < 40 || op.description === op.summary,
    );
    expect(unclear.map((op) => `${op.operationId}: ${op.summary}`)).toEqual([]);
  });
});
