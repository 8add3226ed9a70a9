import { describe, expect, it } from 'vitest';
import { blankEntry, cvEntrySchema, partialDateSchema, resolveCv, sortNewestFirst, type Cv } from './schemas.ts';
import { sampleProfile } from './fixtures.ts';

describe('partial dates', () => {
  it('accepts a year, a month and year, or a day', () => {
    for (const ok of ['2020', '2020-01', '2020-12-31']) expect(partialDateSchema.safeParse(ok).success).toBe(true);
    for (const bad of ['20', '2020-13', '2020-1', '2020-02-32', '1820', 'mei 2020']) expect(partialDateSchema.safeParse(bad).success).toBe(false);
  });

  it('sorts newest first: running entries on top, then by end, then by start; undated last, stable', () => {
    const e = (id: string, startDate: string | null, endDate: string | null) => ({ id, startDate, endDate });
    const sorted = sortNewestFirst([
      e('old', '2010', '2012'),
      e('undated-1', null, null),
      e('running', '2022-05', null),
      e('ended-2020-03', '2019', '2020-03'),
      e('ended-2020', '2018', '2020'),
      e('ended-2020-03-b', '2019-06', '2020-03'),
      e('undated-2', null, null),
      e('only-start', '2023', null),
    ]);
    expect(sorted.map((x) => x.id)).toEqual(['only-start', 'running', 'ended-2020-03-b', 'ended-2020-03', 'ended-2020', 'old', 'undated-1', 'undated-2']);
  });

  it('refuses an end before the start', () => {
    const result = cvEntrySchema.safeParse({ ...blankEntry('a', 'work'), title: 'Kok', startDate: '2021-05', endDate: '2021-02' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['endDate'], message: 'validation.cv.endBeforeStart' });
  });
});

describe('resolveCv', () => {
  it('takes only the chosen entries, in the CV order, with tailored text, and hides what is switched off', () => {
    const profile = sampleProfile();
    profile.personalia.photo = 'data:image/jpeg;base64,AAAA';
    const cv: Cv = {
      id: 'cv-1',
      clientId: 'client-anna',
      title: 'Kok',
      templateId: 'modern',
      language: 'nl',
      sharedWithCoach: true,
      profileText: null,
      items: [
        { entryId: 'w2', text: null },
        { entryId: 'w1', text: 'Aangepast voor deze baan.' },
        { entryId: 'gone', text: null },
      ],
      version: 1,
      createdAt: '2026-11-23T10:00:00Z',
      updatedAt: '2026-11-23T10:00:00Z',
    };
    const resolved = resolveCv(profile, cv);
    expect(resolved.entries.map((e) => [e.id, e.description])).toEqual([
      ['w2', ''],
      ['w1', 'Aangepast voor deze baan.'],
    ]);
    expect(resolved.personalia.dateOfBirth).toBeNull();
    expect(resolved.personalia.photo).toBeNull();
    expect(resolved.customSections).toEqual([]);
    expect(resolved.profileText).toBe(profile.profileText);
  });
});

describe('schema 2 of the master profile', () => {
  it('a save queued before the update replays with the new fields empty', async () => {
    const { putCvProfileKind } = await import('./api/put-cv-profile.ts');
    const v1 = sampleProfile() as unknown as Record<string, unknown>;
    delete v1.kept;
    const old = { clientId: 'client-anna', input: JSON.parse(JSON.stringify(v1, (k, v: unknown) => (['url', 'highlights', 'keywords', 'studyType', 'courses', 'fluency', 'draft', 'label', 'website', 'imageUrl', 'address', 'postalCode', 'region', 'countryCode', 'profiles'].includes(k) ? undefined : v))) };
    expect(old.input.entries[0]).not.toHaveProperty('highlights');
    const migrated = putCvProfileKind.migrate!(old, 1, {} as never);
    expect(migrated.input).toEqual(sampleProfile());
  });
});
