import { describe, expect, it } from 'vitest';
import { Conformance, contractConformance } from './conformance.ts';

/** A small contract: one read, one write, a problem response by reference. */
const doc = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {
    '/things/{thingId}': {
      get: {
        responses: {
          '200': { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
          '404': { $ref: '#/components/responses/Problem404' },
        },
      },
      put: {
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
        responses: { '204': { description: 'No content' }, '422': { $ref: '#/components/responses/Problem404' } },
      },
    },
    '/things/special': { get: { responses: { '204': { description: 'No content' } } } },
  },
  components: {
    schemas: {
      Thing: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1 }, at: { type: 'string', format: 'date-time' } }, additionalProperties: false },
      Problem: { type: 'object', required: ['title', 'status'], properties: { title: { type: 'string' }, status: { type: 'integer' } } },
    },
    responses: {
      Problem404: { description: 'Problem', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
    },
  },
};

const json = (body: unknown, status = 200, type = 'application/json') => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
const get = (path: string) => new Request(`http://x/api${path}`);
const put = (path: string, body: unknown) => new Request(`http://x/api${path}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('conformance to the contract', () => {
  const conformance = new Conformance(doc as never);

  it('passes an answer that matches, also a problem given by reference', async () => {
    expect(await conformance.check({ request: get('/things/a'), response: json({ name: 'x', at: '2026-12-07T10:00:00Z' }), path: '/things/a' })).toBeNull();
    expect(await conformance.check({ request: get('/things/a'), response: json({ title: 'Not found', status: 404 }, 404, 'application/problem+json'), path: '/things/a' })).toBeNull();
  });

  it('prefers the literal path over a template', async () => {
    expect(conformance.template('/things/special')).toBe('/things/special');
    expect(conformance.template('/things/other')).toBe('/things/{thingId}');
  });

  it('finds a body that does not match, a status not listed, and a media type not listed', async () => {
    const wrongBody = await conformance.check({ request: get('/things/a'), response: json({ name: '', extra: 1 }), path: '/things/a' });
    expect(wrongBody?.problems.join()).toMatch(/response body does not match/);
    const wrongStatus = await conformance.check({ request: get('/things/a'), response: json({ title: 'x', status: 409 }, 409, 'application/problem+json'), path: '/things/a' });
    expect(wrongStatus?.problems).toEqual(['status 409 is not listed for this operation']);
    const wrongType = await conformance.check({ request: get('/things/a'), response: json({ title: 'x', status: 404 }, 404), path: '/things/a' });
    expect(wrongType?.problems.join()).toMatch(/content type "application\/json" is not listed/);
    const wrongFormat = await conformance.check({ request: get('/things/a'), response: json({ name: 'x', at: 'yesterday' }), path: '/things/a' });
    expect(wrongFormat?.problems.join()).toMatch(/format/);
  });

  it('finds a request the server accepted that the contract does not allow, not one it refused', async () => {
    const accepted = await conformance.check({ request: put('/things/a', { name: 3 }), response: new Response(null, { status: 204 }), path: '/things/a' });
    expect(accepted?.problems.join()).toMatch(/accepted request body does not match/);
    const refused = await conformance.check({ request: put('/things/a', { name: 3 }), response: json({ title: 'x', status: 422 }, 422, 'application/problem+json'), path: '/things/a' });
    expect(refused).toBeNull();
  });

  it('finds answers on paths or methods the contract does not have, but lets their 404 pass', async () => {
    expect((await conformance.check({ request: get('/nothing'), response: json({ ok: true }), path: '/nothing' }))?.problems).toEqual(['no operation in the contract has this path']);
    expect(await conformance.check({ request: get('/nothing'), response: json({ title: 'x', status: 404 }, 404, 'application/problem+json'), path: '/nothing' })).toBeNull();
  });

  it('collects what observe saw until take() is called', async () => {
    const observed = new Conformance(doc as never);
    observed.observe({ request: get('/things/a'), response: json({ nope: true }), path: '/things/a' });
    observed.observe({ request: get('/things/a'), response: json({ name: 'ok' }), path: '/things/a' });
    const violations = await observed.take();
    expect(violations).toHaveLength(1);
    expect(violations[0]?.operation).toBe('GET /things/{thingId}');
    expect(await observed.take()).toEqual([]);
  });

  it('compiles every response and request schema of docs/openapi.json', () => {
    // an unresolvable $ref or a pattern Ajv cannot read would only show when a test hits that operation
    const problems = contractConformance().compileAll();
    expect(problems).toEqual([]);
  });
});
