import { describe, expect, it } from 'vitest';
import { etagOf, ifMatchFor } from './versions.ts';

describe('ifMatchFor', () => {
  it('sends the quoted ETag of the version the edit was made on', () => {
    expect(etagOf(3)).toBe('"3"');
    expect(ifMatchFor({ baseVersion: 3 })).toBe('"3"');
    expect(ifMatchFor({ baseVersion: 3 }, 'singleton')).toBe('"3"');
  });

  it('sends nothing for an unversioned record', () => {
    expect(ifMatchFor({})).toBeUndefined();
    expect(ifMatchFor({}, 'singleton')).toBeUndefined();
  });

  it('version 0 is "made on nothing": no If-Match for an entity that does not exist yet, "0" for a singleton served at 0', () => {
    expect(ifMatchFor({ baseVersion: 0 })).toBeUndefined();
    expect(ifMatchFor({ baseVersion: 0 }, 'singleton')).toBe('"0"');
  });
});
