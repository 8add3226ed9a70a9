import { describe, expect, it } from 'vitest';
import { operations } from '#mocks/handlers/index.ts';
import { buildOpenApiDocument, readCommittedOpenApi, serializeOpenApi } from '#test/tools/openapi.ts';

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
});
