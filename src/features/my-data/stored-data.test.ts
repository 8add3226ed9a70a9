import { describe, expect, it } from 'vitest';
import { exportFileName, groupsOf } from './stored-data.ts';

describe('groupsOf', () => {
  it('puts who you are first, shows only readable fields, and keeps unknown collections in one group', () => {
    const groups = groupsOf({
      exportedAt: '2026-11-23T10:00:00.000Z',
      clientId: 'client-anna',
      collections: {
        cvs: [{ id: 'cv-1', clientId: 'client-anna' }],
        reviews: [{ id: 'r-1', clientId: 'client-anna' }, { id: 'r-2', clientId: 'client-anna' }],
        profiles: [{ clientId: 'client-anna', phone: '06 1', email: '', town: 'Haren' }],
        clients: [{ id: 'client-anna', name: 'Anna', bsn: '123456782', birthDate: '1990-01-01', firstLanguage: 'nl' }],
        messages: [{ id: 'm-1' }, { id: 'm-2' }, { id: 'm-3' }],
      },
    });
    expect(groups.map((g) => g.collection)).toEqual(['clients', 'profiles', 'messages', 'other']);
    expect(groups[0]?.fields).toEqual([
      { field: 'name', value: 'Anna', kind: 'text' },
      { field: 'birthDate', value: '1990-01-01', kind: 'date' },
      { field: 'firstLanguage', value: 'nl', kind: 'language' },
    ]);
    // one record by nature: no count ("1 gegeven" said nothing)
    expect(groups[0]?.count).toBeNull();
    expect(groups[1]?.fields.map((f) => f.field)).toEqual(['phone', 'town']);
    expect(groups[2]?.count).toBe(3);
    // two unknown collections: one "Andere gegevens" group, not two identical ones
    expect(groups[3]).toEqual({ collection: 'other', known: false, count: 3, fields: [] });
  });

  it('names the file with the date', () => {
    expect(exportFileName({ exportedAt: '2026-11-23T10:00:00.000Z', clientId: 'a', collections: {} })).toBe('mijn-gegevens-2026-11-23.json');
  });
});
