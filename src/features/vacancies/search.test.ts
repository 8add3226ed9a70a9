import { describe, expect, it } from 'vitest';
import { generateVacancies } from '#mocks/seed-vacancies.ts';
import { daysUntilClosing, distanceFrom, matchesFilters, NO_FILTERS, normaliseTerm, plainSearchIds, sortVacancies, type FilterContext } from './search.ts';
import { buildIndex, searchIds } from './search-index.ts';
import { placeById } from './places.ts';
import type { Vacancy } from './schemas.ts';

const TODAY = '2026-12-07';
const vacancies = generateVacancies(TODAY, 1000);
const index = buildIndex(vacancies);
const byId = new Map(vacancies.map((v) => [v.id, v]));
const found = (query: string) => (searchIds(index, query) ?? []).map((id) => byId.get(id)!);

describe('search on the device', () => {
  it('forgives typos and finds words while typing', () => {
    for (const query of ['ordepicker', 'orderpikker', 'schoonmaaker', 'beveliger']) {
      const results = found(query);
      expect(results.length, query).toBeGreaterThan(0);
    }
    expect(found('ordepicker').slice(0, 5).every((v) => v.occupation.isco === '9321')).toBe(true);
    expect(found('schoonm').some((v) => v.title === 'Schoonmaker')).toBe(true);
  });

  it('searches employer, place, skills and other names of the occupation; accents do not matter', () => {
    expect(found('Veendam').every((v) => v.jobLocation?.place === 'Veendam' || /veendam/i.test(v.hiringOrganization.name))).toBe(true);
    expect(found('hygiene').length).toBeGreaterThan(0);
    // "serveerster" is another name of "Medewerker bediening"
    expect(found('serveerster').some((v) => v.occupation.isco === '5131')).toBe(true);
    expect(found('kok Groningen').every((v) => /kok/i.test(v.title) || /kok/i.test(v.occupation.name))).toBe(true);
    expect(searchIds(index, '  ')).toBeNull();
    expect(normaliseTerm('Hygiëne')).toBe('hygiene');
  });

  it('without the index (not loaded yet, or not on the device offline) finds the same fields word for word', () => {
    const plain = (query: string) => (plainSearchIds(vacancies, query) ?? []).map((id) => byId.get(id)!);
    expect(plainSearchIds(vacancies, ' k ')).toBeNull();
    expect(plain('Veendam').length).toBeGreaterThan(0);
    expect(plain('Veendam').every((v) => v.jobLocation?.place === 'Veendam' || /veendam/i.test(v.hiringOrganization.name))).toBe(true);
    // other names of the occupation, accents, every word
    expect(plain('serveerster').some((v) => v.occupation.isco === '5131')).toBe(true);
    expect(plain('kok groningen').every((v) => /kok/i.test(v.title) || /kok/i.test(v.occupation.name))).toBe(true);
    // no typos forgiven: that needs the index
    expect(plain('ordepicker')).toEqual([]);
  });
});

describe('filters and sorting', () => {
  const groningen = placeById('groningen')!;
  const ctx: FilterContext = { home: groningen, today: TODAY, savedIds: new Set(['vac-00002']) };
  const some = vacancies.slice(0, 300);

  it('filters by distance, hours, contract, education, licence, date and saved', () => {
    const near = some.filter((v) => matchesFilters(v, { ...NO_FILTERS, maxKm: 10 }, ctx));
    expect(near.length).toBeGreaterThan(0);
    expect(near.every((v) => (distanceFrom(groningen, v) ?? 0) <= 10)).toBe(true);
    expect(near.length).toBeLessThan(some.length);
    expect(some.filter((v) => matchesFilters(v, { ...NO_FILTERS, maxHours: 16 }, ctx)).every((v) => v.workHours.min <= 16)).toBe(true);
    expect(some.filter((v) => matchesFilters(v, { ...NO_FILTERS, contracts: ['TEMPORARY'] }, ctx)).every((v) => v.employmentType.includes('TEMPORARY'))).toBe(true);
    expect(some.filter((v) => matchesFilters(v, { ...NO_FILTERS, education: 'vmbo' }, ctx)).every((v) => ['none', 'vmbo'].includes(v.educationRequirements))).toBe(true);
    expect(some.filter((v) => matchesFilters(v, { ...NO_FILTERS, noLicence: true }, ctx)).every((v) => !v.drivingLicenceRequired)).toBe(true);
    expect(some.filter((v) => matchesFilters(v, { ...NO_FILTERS, postedWithinDays: 3 }, ctx)).every((v) => v.datePosted >= '2026-12-04')).toBe(true);
    expect(some.filter((v) => matchesFilters(v, { ...NO_FILTERS, savedOnly: true }, ctx)).map((v) => v.id)).toEqual(['vac-00002']);
  });

  it('sorts by closing date, distance, newest, and by fit with a score', () => {
    const closing = sortVacancies(some, 'closing', { home: groningen });
    const dates = closing.map((v) => v.validThrough ?? '9999');
    expect(dates).toEqual([...dates].sort());
    const nearest = sortVacancies(some, 'distance', { home: groningen })[0]!;
    expect(['Groningen'].includes(nearest.jobLocation?.place ?? 'Groningen')).toBe(true);
    const newest = sortVacancies(some, 'newest', { home: null }).map((v) => v.datePosted);
    expect(newest).toEqual([...newest].sort().reverse());
    const fit = sortVacancies(some, 'fit', { home: null, fitScore: (v: Vacancy) => (v.id === 'vac-00100' ? 100 : 0) });
    expect(fit[0]!.id).toBe('vac-00100');
    expect(daysUntilClosing({ ...some[0]!, validThrough: '2026-12-10' }, TODAY)).toBe(3);
  });
});
