import { describe, expect, it } from 'vitest';
import { operations } from './index.ts';
import { call, signIn } from '../testing.ts';

/** Every operation described for OpenAPI has a handler behind it (no 404 from the catch-all). */
describe('operations match the handlers', () => {
  it.each(operations.map((op) => [op.method, op.path] as const))('%s %s is handled', async (method, path) => {
    const { token } = await signIn('client-anna');
    const concrete = path.replace('{clientId}', 'client-anna');
    const response = await call(concrete, { method, token, body: method === 'POST' || method === 'PUT' ? {} : undefined });
    expect(response.status).not.toBe(404);
    const documented = operations.find((op) => op.method === method && op.path === path)?.responses ?? [];
    expect(documented).toContain(response.status);
  });
});
