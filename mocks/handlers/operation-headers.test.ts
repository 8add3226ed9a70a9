import { describe, expect, it } from 'vitest';
import { operations } from './index.ts';
import { call, signIn } from '../testing.ts';

/**
 * The contract declares `Idempotency-Key` exactly where a handler honours it: a malformed key
 * gets 400 idempotency-key-invalid (before the body is read) from every operation that honours
 * it, as the client, their coach, a regisseur werk or a functioneel beheerder, and is ignored by every other.
 */
describe('operations declare the Idempotency-Key they honour', () => {
  it('every operation', async () => {
    const wrong: string[] = [];
    const personas = ['client-anna', 'coach-marieke', 'broker-renate', 'admin-kees'];
    const tokens = new Map<string, string>();
    for (const persona of personas) tokens.set(persona, (await signIn(persona)).token);
    for (const op of operations) {
      const path = op.path
        .replace('{clientId}', 'client-anna')
        .replace('{questionnaireId}', 'participation')
        .replace('{definitionId}', 'entree')
        .replace('{version}', '1')
        .replace('{index}', '0')
        .replace(/\{\w+\}/g, 'some-id');
      let honours = false;
      for (const persona of personas) {
        const token = tokens.get(persona) ?? '';
        const response = await call(path, { method: op.method, token, body: op.request ? {} : undefined, headers: { 'Idempotency-Key': 'not a key' } });
        if ((await response.text()).includes('"idempotency-key-invalid"')) honours = true;
        // signing out or deleting one's data ends the session
        if (response.status === 204 || response.status === 202) tokens.set(persona, (await signIn(persona)).token);
      }
      const declares = op.headers?.includes('Idempotency-Key') ?? false;
      if (honours !== declares) wrong.push(`${op.operationId}: ${honours ? 'honours it but does not declare it' : 'declares it but does not honour it'}`);
    }
    expect(wrong).toEqual([]);
  });
});
