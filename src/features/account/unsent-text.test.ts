import { describe, expect, it } from 'vitest';
import { readableValues } from './unsent-text.ts';

describe('readableValues', () => {
  it('keeps what was typed and leaves out ids, versions and file data', () => {
    expect(
      readableValues({
        id: '3f2a1b4c-1111-2222-3333-444455556666',
        clientId: 'client-anna',
        employer: 'Bakkerij Jansen',
        jobTitle: ' Verkoper ',
        date: '2026-11-20',
        version: 3,
        proofs: [{ id: 'x', data: 'AAAA', name: 'brief.pdf' }],
        answers: { q1: 'ja', q2: 4 },
        empty: '',
      }),
    ).toEqual(['Bakkerij Jansen', 'Verkoper', '2026-11-20', 'brief.pdf', 'ja', '4']);
  });
});
