import { describe, expect, it } from 'vitest';
import { courseFromJsonLd, courseToJsonLd, jsonLdEntries, vacancyFromJsonLd, vacancyToJsonLd, werkmapIdOf } from './jsonld.ts';
import { courseSchema, vacancySchema, type Vacancy } from './schemas.ts';
import { generateCourses, generateVacancies } from '#mocks/seed-vacancies.ts';

const TODAY = '2026-12-07';
const vacancies = generateVacancies(TODAY, 200);
const courses = generateCourses(TODAY);
const inputOf = ({ id: _id, version: _version, updatedAt: _updatedAt, ...input }: Vacancy) => input;

describe('Vacancy ⇄ JobPosting', () => {
  it('round-trips every generated vacancy', () => {
    for (const vacancy of vacancies) {
      const jsonld = vacancyToJsonLd(vacancy);
      const back = vacancyFromJsonLd(JSON.parse(JSON.stringify(jsonld)));
      expect(back).toEqual({ ok: true, value: inputOf(vacancy) });
      expect(werkmapIdOf(jsonld)).toBe(vacancy.id);
    }
  });

  it('writes schema.org properties', () => {
    const vacancy = vacancySchema.parse({ ...vacancies[0]!, drivingLicenceRequired: true, workHours: { min: 24, max: 32 } });
    const jsonld = vacancyToJsonLd(vacancy);
    expect(jsonld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: vacancy.title,
      hiringOrganization: { '@type': 'Organization', name: vacancy.hiringOrganization.name },
      jobLocation: { '@type': 'Place', address: { postalCode: vacancy.jobLocation!.postalCode, addressLocality: vacancy.jobLocation!.place } },
      occupationalCategory: { '@type': 'CategoryCode', inCodeSet: 'ISCO-08', codeValue: vacancy.occupation.isco },
      workHours: '24-32 uur per week',
      qualifications: { credentialCategory: 'license' },
    });
  });

  it('reads a JobPosting as employers publish it (texts, no geo, a code in text)', () => {
    const result = vacancyFromJsonLd({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      title: 'Orderpicker',
      description: '<p>Orderpicken in ons DC.</p>',
      hiringOrganization: 'DC Westpoort',
      jobLocation: { '@type': 'Place', address: { addressLocality: 'Hoogezand', postalCode: '9601 AB' } },
      employmentType: 'full-time',
      workHours: '38 uur',
      datePosted: '2026-12-01T09:00:00+01:00',
      validThrough: '2026-12-31',
      occupationalCategory: '9321 Orderpicker',
      skills: 'orderpicken, scanner',
      applicationContact: { email: 'werk@dc.example.nl' },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      hiringOrganization: { name: 'DC Westpoort' },
      jobLocation: { place: 'Hoogezand', postalCode: '9601 AB', lat: 53.1617, lon: 6.7594 },
      employmentType: ['FULL_TIME'],
      workHours: { min: 38, max: 38 },
      datePosted: '2026-12-01',
      occupation: { isco: '9321', name: 'Orderpicker' },
      educationRequirements: 'none',
      skills: ['orderpicken', 'scanner'],
      howToApply: { email: 'mailto:werk@dc.example.nl', url: null },
      status: 'open',
    });
  });

  it('reports every problem per JSON-LD field', () => {
    const result = vacancyFromJsonLd({
      '@type': 'JobPosting',
      title: '',
      hiringOrganization: { name: 'X' },
      jobLocation: { address: { addressLocality: 'Atlantis' } },
      employmentType: 'SOMETIMES',
      datePosted: 'gisteren',
      occupationalCategory: 'kok',
      educationRequirements: 'doctoraat in de sterrenkunde',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const fields = result.errors.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['title', 'description', 'jobLocation.geo', 'employmentType', 'datePosted', 'occupationalCategory', 'workHours', 'educationRequirements', 'applicationContact']),
    );
    for (const error of result.errors) expect(error.message).toMatch(/^validation\./);
  });

  it('refuses what is not a JobPosting, and unsafe links', () => {
    expect(vacancyFromJsonLd(null)).toMatchObject({ ok: false });
    expect(vacancyFromJsonLd({ '@type': 'Person' })).toEqual({ ok: false, errors: [{ field: '@type', message: 'validation.vacancy.jsonld.notJobPosting' }] });
    const jsonld = { ...vacancyToJsonLd(vacancies[0]!), applicationContact: { url: 'javascript:alert(1)' } };
    const result = vacancyFromJsonLd(jsonld);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.field)).toContain('applicationContact.url');
  });

  it('finds the entries of a list, a graph or an ItemList', () => {
    const a = vacancyToJsonLd(vacancies[0]!);
    const b = vacancyToJsonLd(vacancies[1]!);
    expect(jsonLdEntries([a, b])).toHaveLength(2);
    expect(jsonLdEntries({ '@context': 'https://schema.org', '@graph': [a, b] })).toHaveLength(2);
    expect(jsonLdEntries({ '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', item: a }, b] })).toEqual([a, b]);
    expect(jsonLdEntries(a)).toEqual([a]);
  });
});

describe('Course ⇄ Course / EducationalOccupationalProgram', () => {
  it('round-trips every generated course', () => {
    expect(courses.length).toBeGreaterThanOrEqual(50);
    for (const course of courses) {
      const { id, version: _version, ...input } = courseSchema.parse(course);
      const jsonld = courseToJsonLd(course);
      expect(courseFromJsonLd(JSON.parse(JSON.stringify(jsonld)))).toEqual({ ok: true, value: input });
      expect(werkmapIdOf(jsonld)).toBe(id);
    }
  });

  it('reads a minimal Course and reports a missing duration', () => {
    const ok = courseFromJsonLd({
      '@type': 'Course',
      name: 'VCA basis',
      provider: { name: 'Opleider' },
      educationalLevel: 'certificate',
      timeToComplete: 'P1W',
      hasCourseInstance: { courseMode: 'online', courseWorkload: 'PT8H', startDate: '2027-01-10' },
      offers: { price: 0 },
    });
    expect(ok).toMatchObject({ ok: true, value: { online: true, location: null, cost: { amount: 0, paidBy: 'free' }, startDates: ['2027-01-10'] } });
    const bad = courseFromJsonLd({ '@type': 'Course', name: 'X', provider: 'Y', educationalLevel: 'MBO 2', hasCourseInstance: { courseMode: 'online' } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.field)).toContain('timeToComplete');
  });
});
