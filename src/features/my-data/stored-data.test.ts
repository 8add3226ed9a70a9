import { describe, expect, it } from 'vitest';
import { exportFileName, groupsOf } from './stored-data.ts';

describe('groupsOf', () => {
  it('puts who you are first, shows only readable fields, and keeps unknown collections', () => {
    const groups = groupsOf({
      exportedAt: '2026-11-23T10:00:00.000Z',
      clientId: 'client-anna',
      collections: {
        cvs: [{ id: 'cv-1', clientId: 'client-anna' }],
        profiles: [{ clientId: 'client-anna', phone: '06 1', email: '', town: 'Haren' }],
        clients: [{ id: 'client-anna', name: 'Anna', bsn: '123456782', birthDate: '1990-01-01' }],
      },
    });
    expect(groups.map((g) => g.collection)).toEqual(['clients', 'profiles', 'cvs']);
    expect(groups[0]?.fields).toEqual([
      { field: 'name', value: 'Anna' },
      { field: 'birthDate', value: '1990-01-01' },
    ]);
    expect(groups[1]?.fields.map((f) => f.field)).toEqual(['phone', 'town']);
    expect(groups[2]).toEqual({ collection: 'cvs', known: false, count: 1, fields: [] });
  });

  it('names the file with the date', () => {
    expect(exportFileName({ exportedAt: '2026-11-23T10:00:00.000Z', clientId: 'a', collections: {} })).toBe('mijn-gegevens-2026-11-23.json');
  });
});
