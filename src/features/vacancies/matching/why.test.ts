import { describe, expect, it } from 'vitest';
import { CANDIDATE_FACTS } from './candidate.ts';
import { BLOCKERS, FACTS_NEVER_USED, FACTS_USED, whyNotProposed, type Blocker, type WhyFacts } from './why.ts';

const TODAY = '2026-12-07';
const ready: WhyFacts = { matchingConsent: true, occupations: ['9321'], homePlace: 'groningen', availableFrom: null };

describe('why a client is (not) in the candidate lists', () => {
  it.each<[string, Partial<WhyFacts>, boolean, Blocker[]]>([
    ['ready: nothing keeps them out', {}, false, []],
    ['no consent', { matchingConsent: false }, false, ['noConsent']],
    ['the e-coach decides (the rung, never named)', {}, true, ['coachDecides']],
    ['no occupation chosen', { occupations: [] }, false, ['noOccupation']],
    ['no home place', { homePlace: null }, false, ['noHomePlace']],
    ['available from today', { availableFrom: TODAY }, false, []],
    ['available within the rules’ 30 days counts as now', { availableFrom: '2027-01-06' }, false, []],
    ['available later than that', { availableFrom: '2027-01-07' }, false, ['notAvailableYet']],
    ['an empty default profile of someone not assessed', { matchingConsent: false, occupations: [], homePlace: null }, true, ['noConsent', 'coachDecides', 'noOccupation', 'noHomePlace']],
  ])('%s', (_name, changes, coachDecides, expected) => {
    expect(whyNotProposed({ ...ready, ...changes }, { coachDecides }, TODAY)).toEqual(expected);
  });

  it('lists every blocker once, most important first', () => {
    expect(whyNotProposed({ matchingConsent: false, occupations: [], homePlace: null, availableFrom: '2027-06-01' }, { coachDecides: true }, TODAY)).toEqual([...BLOCKERS]);
  });

  it('explains every fact the matching reads, and names protected characteristics as never used', () => {
    // each fact of the candidate type is explained on the page (home + maxDistanceKm are "distance")
    const explained: Record<(typeof CANDIDATE_FACTS)[number], (typeof FACTS_USED)[number]> = {
      occupations: 'occupations',
      skills: 'cvSkills',
      home: 'distance',
      maxDistanceKm: 'distance',
      hours: 'hours',
      contractTypes: 'contract',
      drivingLicence: 'licence',
      educationLevel: 'education',
      availableFrom: 'availability',
    };
    for (const fact of CANDIDATE_FACTS) expect(FACTS_USED).toContain(explained[fact]);
    expect(FACTS_NEVER_USED).toEqual(expect.arrayContaining(['age', 'nationality', 'gender', 'health', 'religion']));
    for (const never of FACTS_NEVER_USED) expect(CANDIDATE_FACTS as readonly string[]).not.toContain(never);
  });
});
