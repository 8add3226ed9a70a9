import { describe, expect, it } from 'vitest';
import { blankEntry } from './schemas.ts';
import { insertEntry, sectionFromSlug, slugOf } from './sections.ts';

describe('sections', () => {
  it('maps slugs both ways, custom sections included', () => {
    expect(sectionFromSlug('werkervaring')).toEqual({ section: 'work', customSectionId: null });
    expect(sectionFromSlug('eigen-abc')).toEqual({ section: 'custom', customSectionId: 'abc' });
    expect(sectionFromSlug('bsn')).toBeNull();
    expect(slugOf({ section: 'custom', customSectionId: 'abc' })).toBe('eigen-abc');
  });

  it('puts a new dated entry where newest-first says, keeps sections together', () => {
    const entries = [
      { ...blankEntry('w-new', 'work'), startDate: '2022' },
      { ...blankEntry('w-old', 'work'), startDate: '2010', endDate: '2012' },
      { ...blankEntry('s', 'skill') },
    ];
    const added = insertEntry(entries, { ...blankEntry('w-mid', 'work'), startDate: '2014', endDate: '2016' });
    expect(added.map((e) => e.id)).toEqual(['w-new', 'w-mid', 'w-old', 's']);
    const edu = insertEntry(added, { ...blankEntry('e', 'education'), endDate: '2000' });
    expect(edu.map((e) => e.id)).toEqual(['w-new', 'w-mid', 'w-old', 'e', 's']);
    const skill = insertEntry(edu, blankEntry('s2', 'skill'));
    expect(skill.map((e) => e.id)).toEqual(['w-new', 'w-mid', 'w-old', 'e', 's', 's2']);
  });
});
