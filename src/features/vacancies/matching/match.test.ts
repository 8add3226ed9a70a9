import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ClientRecord, CvProfileRecord } from '#mocks/db.ts';
import { emptySearchProfileInput, type SearchProfileInput } from '../schemas.ts';
import { CANDIDATE_FACTS, candidateFrom, type MatchCandidate } from './candidate.ts';
import { matchVacancy, rankCandidates, type Outcome, type VacancyFacts } from './match.ts';
import { defaultMatchingRules, matchingRulesSchema, type Criterion } from './rules.ts';

const TODAY = '2026-12-07';

/** Groningen city; Hoogezand is ~14 km away, Winschoten ~32 km, Emmen ~50 km (straight line). */
const GRONINGEN = { postalCode: '9711', place: 'Groningen', lat: 53.2194, lon: 6.5665 };
const HOOGEZAND = { postalCode: '9601', place: 'Hoogezand', lat: 53.1617, lon: 6.7594 };
const WINSCHOTEN = { postalCode: '9671', place: 'Winschoten', lat: 53.1443, lon: 7.0347 };
const EMMEN = { postalCode: '7811', place: 'Emmen', lat: 52.7792, lon: 6.9069 };

const vacancy: VacancyFacts = {
  occupation: { isco: '9321', name: 'Orderpicker' },
  skills: ['orderpicken', 'scanner', 'heftruck', 'nauwkeurig'],
  jobLocation: HOOGEZAND,
  remote: false,
  workHours: { min: 24, max: 32 },
  employmentType: ['PART_TIME', 'TEMPORARY'],
  drivingLicenceRequired: true,
  educationRequirements: 'mbo1',
  validThrough: '2027-01-31',
};

const candidate: MatchCandidate = {
  occupations: ['9321'],
  skills: ['orderpicken', 'scanner', 'heftruckcertificaat', 'nauwkeurig'],
  home: { lat: GRONINGEN.lat, lon: GRONINGEN.lon },
  maxDistanceKm: 25,
  hours: { min: 20, max: 32 },
  contractTypes: ['PART_TIME'],
  drivingLicence: true,
  educationLevel: 'mbo2',
  availableFrom: null,
};

describe('matchVacancy, per criterion', () => {
  type Case = [name: string, criterion: Criterion, candidate: Partial<MatchCandidate>, vacancy: Partial<VacancyFacts>, outcome: Outcome, reason: string];
  const cases: Case[] = [
    ['the same ISCO code', 'occupation', {}, {}, 'met', 'exact'],
    ['the same ISCO minor group (932x)', 'occupation', { occupations: ['9329'] }, {}, 'partly', 'related'],
    ['another occupation', 'occupation', { occupations: ['5120'] }, {}, 'notMet', 'other'],
    ['no occupations chosen yet', 'occupation', { occupations: [] }, {}, 'unknown', 'unknown'],
    ['every skill on the CV (a longer word counts)', 'skills', {}, {}, 'met', 'some'],
    ['half the skills', 'skills', { skills: ['orderpicken', 'scanner'] }, {}, 'partly', 'some'],
    ['none of the skills', 'skills', { skills: ['koken'] }, {}, 'notMet', 'none'],
    ['no skills on the CV', 'skills', { skills: [] }, {}, 'unknown', 'unknown'],
    ['the vacancy asks no skills', 'skills', {}, { skills: [] }, 'notNeeded', 'notNeeded'],
    ['within the maximum distance', 'distance', {}, {}, 'met', 'within'],
    ['a little further than the maximum', 'distance', {}, { jobLocation: WINSCHOTEN }, 'partly', 'near'],
    ['much further than the maximum', 'distance', {}, { jobLocation: EMMEN }, 'notMet', 'far'],
    ['work from home', 'distance', {}, { remote: true, jobLocation: null }, 'met', 'remote'],
    ['no home place', 'distance', { home: null }, {}, 'unknown', 'unknown'],
    ['the hours overlap', 'hours', {}, {}, 'met', 'fits'],
    ['a few more hours than wanted', 'hours', { hours: { min: 8, max: 20 } }, {}, 'partly', 'more'],
    ['far more hours than wanted', 'hours', { hours: { min: 0, max: 12 } }, {}, 'notMet', 'muchMore'],
    ['fewer hours than wanted', 'hours', { hours: { min: 36, max: 40 } }, {}, 'partly', 'fewer'],
    ['a contract type looked for', 'contract', {}, {}, 'met', 'fits'],
    ['any contract type', 'contract', { contractTypes: [] }, {}, 'met', 'any'],
    ['another contract type', 'contract', { contractTypes: ['FULL_TIME'] }, {}, 'notMet', 'other'],
    ['a licence needed and present', 'drivingLicence', {}, {}, 'met', 'has'],
    ['a licence needed and missing', 'drivingLicence', { drivingLicence: false }, {}, 'notMet', 'missing'],
    ['no licence needed', 'drivingLicence', { drivingLicence: false }, { drivingLicenceRequired: false }, 'notNeeded', 'notNeeded'],
    ['education above the level asked', 'education', {}, {}, 'met', 'meets'],
    ['education one level below', 'education', { educationLevel: 'vmbo' }, {}, 'partly', 'oneBelow'],
    ['education far below', 'education', { educationLevel: 'none' }, { educationRequirements: 'mbo3' }, 'notMet', 'below'],
    ['education not given', 'education', { educationLevel: null }, {}, 'unknown', 'unknown'],
    ['no education asked', 'education', { educationLevel: null }, { educationRequirements: 'none' }, 'notNeeded', 'notNeeded'],
    ['available now', 'availability', {}, {}, 'met', 'now'],
    ['available within a month', 'availability', { availableFrom: '2026-12-20' }, {}, 'met', 'soon'],
    ['available before the closing date', 'availability', { availableFrom: '2027-01-20' }, {}, 'partly', 'beforeClosing'],
    ['available after the closing date', 'availability', { availableFrom: '2027-03-01' }, {}, 'notMet', 'later'],
    ['available later, no closing date', 'availability', { availableFrom: '2027-03-01' }, { validThrough: null }, 'notMet', 'later'],
  ];
  it.each(cases)('%s', (_name, criterion, own, job, outcome, reason) => {
    const result = matchVacancy({ ...candidate, ...own }, { ...vacancy, ...job }, { today: TODAY });
    const judged = result.criteria.find((c) => c.criterion === criterion);
    expect(judged?.outcome).toBe(outcome);
    expect(judged?.reason.key).toBe(`reason.${criterion}.${reason}`);
  });

  it('explains with values the texts need', () => {
    const result = matchVacancy({ ...candidate, skills: ['orderpicken', 'scanner'] }, vacancy, { today: TODAY });
    const byCriterion = Object.fromEntries(result.criteria.map((c) => [c.criterion, c]));
    expect(byCriterion.occupation?.reason.values).toEqual({ occupation: 'Orderpicker' });
    expect(byCriterion.skills?.reason.values).toEqual({ count: 2, total: 4, skills: 'orderpicken, scanner' });
    expect(byCriterion.distance?.reason.values).toEqual({ km: 14, max: 25, place: 'Hoogezand' });
    expect(byCriterion.skills?.points).toBe(10);
  });
});

describe('the score', () => {
  it('is 100 when everything fits, and the weights decide the rest', () => {
    expect(matchVacancy(candidate, vacancy, { today: TODAY }).score).toBe(100);
    // the occupation weighs 30 of 100
    expect(matchVacancy({ ...candidate, occupations: ['5120'] }, vacancy, { today: TODAY }).score).toBe(70);
    // a related occupation: half of 30
    expect(matchVacancy({ ...candidate, occupations: ['9329'] }, vacancy, { today: TODAY }).score).toBe(85);
  });

  it('follows rules given as data', () => {
    const rules = matchingRulesSchema.parse({ ...defaultMatchingRules, version: 2, criteria: { ...defaultMatchingRules.criteria, occupation: { weight: 0, related: 0.5 } } });
    const result = matchVacancy({ ...candidate, occupations: ['5120'] }, vacancy, { rules, today: TODAY });
    expect(result.score).toBe(100);
    expect(result.rulesVersion).toBe(2);
  });

  it('refuses rules that are not valid', () => {
    expect(matchingRulesSchema.safeParse({ ...defaultMatchingRules, unknown: 2 }).success).toBe(false);
  });
});

describe('rankCandidates', () => {
  const people = [
    { id: 'a', candidate: { ...candidate, occupations: ['5120'] } },
    { id: 'b', candidate },
    { id: 'c', candidate: { ...candidate, occupations: ['5120'], home: null } },
    { id: 'd', candidate: { ...candidate, occupations: ['9329'] } },
  ];

  it('puts the best fit first, equal scores in the given order', () => {
    const ranked = rankCandidates(vacancy, [...people, { id: 'e', candidate }], (p) => p.candidate, { today: TODAY });
    expect(ranked.map((r) => r.item.id)).toEqual(['b', 'e', 'd', 'a', 'c']);
  });

  it('leaves out whoever scores under the minimum', () => {
    const rules = { ...defaultMatchingRules, minScore: 80 };
    expect(rankCandidates(vacancy, people, (p) => p.candidate, { rules, today: TODAY }).map((r) => r.item.id)).toEqual(['b', 'd']);
  });
});

describe('protected characteristics never enter the matching', () => {
  it('has no field for them in the candidate', () => {
    expectTypeOf<keyof MatchCandidate>().toEqualTypeOf<(typeof CANDIDATE_FACTS)[number]>();
    const forbidden = ['age', 'birthDate', 'dateOfBirth', 'nationality', 'firstLanguage', 'languages', 'gender', 'health', 'religion', 'name', 'address', 'bsn', 'photo', 'town', 'phone', 'email'];
    const keys = Object.keys(candidateFrom(emptySearchProfileInput(), null));
    expect(keys.sort()).toEqual([...CANDIDATE_FACTS].sort());
    for (const key of forbidden) expect(keys).not.toContain(key);
  });

  // Full records as the municipality keeps them: the matching reads the zoekprofiel and the CV's
  // skills, courses and licences; whatever else changes, the outcome is the same.
  type CvEntry = CvProfileRecord['entries'][number];
  const entry = (id: string, section: CvEntry['section'], title: string, extra: Partial<CvEntry> = {}): CvEntry => ({
    id, section, title, organisation: '', place: '', startDate: null, endDate: null, description: '', diploma: null, level: null, customSectionId: null, sourcePortfolioItemId: null,
    url: '', highlights: [], keywords: [], studyType: '', courses: [], fluency: '', draft: false, kept: {}, ...extra,
  });
  const client: ClientRecord = {
    id: 'client-x', name: 'Fatima Yilmaz', bsn: '123456782', birthDate: '1980-05-01', town: 'Groningen', firstLanguage: 'ar',
    hasStartkwalificatie: true, previousWork: 'Orderpicker', coachId: 'coach-marieke', serviceLine: 'selfReliant',
    benefitApplicationDate: '2026-11-01', lastActivityAt: null,
  };
  const profile: SearchProfileInput = {
    ...emptySearchProfileInput(), occupations: ['9321'], homePlace: 'groningen', maxDistanceKm: 25, hours: { min: 20, max: 32 },
    contractTypes: ['PART_TIME'], drivingLicence: true, educationLevel: 'mbo2', languages: ['ar', 'nl'], matchingConsent: true,
  };
  const cv: CvProfileRecord = {
    clientId: client.id,
    personalia: { label: '', website: '', imageUrl: '', address: '', postalCode: '', region: '', countryCode: '', profiles: [], name: client.name, town: 'Groningen', phone: '06 11111111', email: 'f@example.nl', dateOfBirth: '1980-05-01', showDateOfBirth: true, photo: null, showPhoto: false, drivingLicences: ['B'] },
    profileText: 'Ik ben moeder van drie kinderen en werk graag.',
    entries: [
      entry('e1', 'skill', 'Orderpicken'),
      entry('e2', 'course', 'Heftruckcertificaat'),
      entry('e3', 'language', 'Arabisch', { level: 'native' }),
    ],
    customSections: [],
    kept: {},
    version: 1,
    updatedAt: '2026-12-01T10:00:00Z',
  };
  /** What a careless implementation might have read: the whole records. */
  const fromRecords = (c: ClientRecord, p: SearchProfileInput, v: CvProfileRecord) => {
    void c; // the client record is never passed on: the point of the test
    return candidateFrom(p, v);
  };

  type Change = [name: string, client: Partial<ClientRecord>, profile: Partial<SearchProfileInput>, cv: (cv: CvProfileRecord) => CvProfileRecord];
  const same = (v: CvProfileRecord) => v;
  const changes: Change[] = [
    ['age (birth date)', { birthDate: '2001-01-01' }, {}, (v) => ({ ...v, personalia: { ...v.personalia, dateOfBirth: '2001-01-01' } })],
    ['nationality and first language', { firstLanguage: 'nl' }, { languages: ['nl'] }, same],
    ['name (and with it gender or origin)', { name: 'Jan de Vries' }, {}, (v) => ({ ...v, personalia: { ...v.personalia, name: 'Jan de Vries' } })],
    ['address, phone and e-mail', { town: 'Haren' }, {}, (v) => ({ ...v, personalia: { ...v.personalia, town: 'Haren', phone: '06 22222222', email: 'x@example.nl' } })],
    ['a photo', {}, {}, (v) => ({ ...v, personalia: { ...v.personalia, photo: 'file-1', showPhoto: true } })],
    ['family, health or religion in the CV text', {}, {}, (v) => ({ ...v, profileText: 'Ik heb een chronische ziekte en ga naar de moskee.' })],
    ['the languages on the CV', {}, {}, (v) => ({ ...v, entries: v.entries.filter((e) => e.section !== 'language') })],
    ['the benefit and service line', { serviceLine: 'guidedSupport', benefitApplicationDate: '2025-01-01', hasStartkwalificatie: false }, {}, same],
  ];
  const today = { today: TODAY };
  const baseline = matchVacancy(fromRecords(client, profile, cv), vacancy, today);

  it.each(changes)('the score is unchanged when %s changes', (_name, clientChange, profileChange, cvChange) => {
    const changed = fromRecords({ ...client, ...clientChange }, { ...profile, ...profileChange }, cvChange(cv));
    expect(changed).toEqual(fromRecords(client, profile, cv));
    expect(matchVacancy(changed, vacancy, today)).toEqual(baseline);
  });

  it('does change when a fact about the work changes (the test can fail)', () => {
    const changed = fromRecords(client, { ...profile, occupations: ['5120'] }, cv);
    expect(matchVacancy(changed, vacancy, today).score).toBeLessThan(baseline.score);
  });
});
