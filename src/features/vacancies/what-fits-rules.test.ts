import { describe, expect, it } from 'vitest';
import { OCCUPATIONS } from './occupations.ts';
import { SECTOR_OCCUPATIONS, STRENGTH_OCCUPATIONS, suggestOccupations, wordsMatch, type SuggestionReason, type WhatFitsInput } from './what-fits-rules.ts';

const none: WhatFitsInput = { profileOccupations: [], intake: null, cvSkills: [], talents: [] };
const intake = (over: Partial<NonNullable<WhatFitsInput['intake']>>) => ({ sectors: [], strengths: [], desiredJob: '', lastJob: '', ...over });
const reasonsFor = (input: WhatFitsInput, name: string): SuggestionReason[] | undefined => suggestOccupations(input, 40).find((s) => s.occupation.name === name)?.reasons;

describe('Wat past bij mij? — from sources to occupations', () => {
  it.each<[string, Partial<WhatFitsInput>, string, SuggestionReason[]]>([
    ['the zoekprofiel', { profileOccupations: ['9112'] }, 'Schoonmaker', [{ source: 'profile', matched: ['Schoonmaker'] }]],
    ['a wished sector (willen)', { intake: intake({ sectors: ['hospitality'] }) }, 'Kok', [{ source: 'intakeSectors', matched: ['hospitality'] }]],
    ['the work they would like most, in their own words', { intake: intake({ desiredJob: 'Iets in de kinderopvang' }) }, 'Pedagogisch medewerker', [{ source: 'intakeDesiredJob', matched: ['Iets in de kinderopvang'] }]],
    ['the work they did last (kunnen)', { intake: intake({ lastJob: 'Vakkenvuller bij de Jumbo' }) }, 'Vakkenvuller', [{ source: 'intakeLastJob', matched: ['Vakkenvuller bij de Jumbo'] }]],
    ['a strength (kunnen)', { intake: intake({ strengths: ['caring'] }) }, 'Verzorgende IG', [{ source: 'intakeStrengths', matched: ['caring'] }]],
    ['a skill on the CV', { cvSkills: ['Heftruck'] }, 'Heftruckchauffeur', [{ source: 'cv', matched: ['Heftruck'] }]],
    ['a course on the CV', { cvSkills: ['HACCP-certificaat'] }, 'Kok', [{ source: 'cv', matched: ['HACCP-certificaat'] }]],
    ['a talent in the portfolio', { talents: ['Koken voor grote groepen'] }, 'Kok', [{ source: 'talent', matched: ['Koken voor grote groepen'] }]],
    [
      'several sources: every one is named, the zoekprofiel first',
      { profileOccupations: ['5120'], intake: intake({ sectors: ['hospitality'] }), cvSkills: ['HACCP'], talents: ['koken'] },
      'Kok',
      [
        { source: 'profile', matched: ['Kok'] },
        { source: 'intakeSectors', matched: ['hospitality'] },
        { source: 'cv', matched: ['HACCP'] },
        { source: 'talent', matched: ['koken'] },
      ],
    ],
  ])('%s', (_name, input, occupation, reasons) => {
    expect(reasonsFor({ ...none, ...input }, occupation)).toEqual(reasons);
  });

  it('suggests nothing from nothing, and nothing from words that fit no occupation', () => {
    expect(suggestOccupations(none)).toEqual([]);
    expect(suggestOccupations({ ...none, cvSkills: ['xyz'], talents: ['abc'], intake: intake({ desiredJob: 'weet ik niet', sectors: ['other'] }) })).toEqual([]);
  });

  it('ranks by the weight of the sources, keeps the zoekprofiel’s occupations and stays short', () => {
    const input: WhatFitsInput = { profileOccupations: ['9112'], intake: intake({ sectors: ['logistics', 'retail', 'care'], strengths: ['customers', 'handsOn'] }), cvSkills: ['heftruck'], talents: [] };
    const suggestions = suggestOccupations(input);
    // the zoekprofiel first; then a sector with a CV skill (logistics + heftruck) before a sector with a strength, before a sector alone (Bezorger)
    expect(suggestions.map((s) => s.occupation.name)).toEqual(['Schoonmaker', 'Heftruckchauffeur', 'Magazijnmedewerker', 'Orderpicker', 'Kassamedewerker', 'Verkoopmedewerker']);
  });

  it('its tables name only occupations of the list', () => {
    const ids = new Set(OCCUPATIONS.map((o) => o.id));
    for (const list of [...Object.values(SECTOR_OCCUPATIONS), ...Object.values(STRENGTH_OCCUPATIONS)]) for (const id of list) expect(ids).toContain(id);
  });

  it.each([
    ['heftruck', 'heftruck', true],
    ['Heftruck rijden', 'heftruck', true],
    ['schoonmaak', 'schoonmaken', true],
    ['kok', 'koken', false],
    ['Kok in een restaurant', 'kok', true],
    ['kokkin', 'kok', false],
    ['', 'kok', false],
  ])('wordsMatch(%j, %j) is %s', (a, b, expected) => {
    expect(wordsMatch(a, b)).toBe(expected);
  });

});
