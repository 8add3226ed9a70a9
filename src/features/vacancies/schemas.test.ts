import { describe, expect, it } from 'vitest';
import { courseSchema, educationRank, emptySearchProfileInput, searchProfileInputSchema, vacancyInputSchema, vacancySchema } from './schemas.ts';
import { generateCourses, generateVacancies } from '#mocks/seed-vacancies.ts';
import { OCCUPATIONS, occupationByIsco, occupationChoices } from './occupations.ts';

const TODAY = '2026-12-07';

describe('vacancy schemas', () => {
  const [first] = generateVacancies(TODAY, 1);
  const { id: _id, version: _v, updatedAt: _u, ...input } = first!;

  it('accept the seed and refuse broken vacancies with i18n keys', () => {
    expect(vacancySchema.safeParse(first).success).toBe(true);
    const cases: Array<[Partial<typeof input>, string]> = [
      [{ title: ' ' }, 'validation.vacancy.title.required'],
      [{ jobLocation: null, remote: false }, 'validation.vacancy.jobLocation.required'],
      [{ workHours: { min: 32, max: 20 } }, 'validation.vacancy.hours.range'],
      [{ validThrough: '2020-01-01' }, 'validation.vacancy.validThrough.beforePosted'],
      [{ occupation: { isco: '93', name: 'x' } }, 'validation.vacancy.isco.invalid'],
      [{ employmentType: [] }, 'validation.vacancy.employmentType.required'],
      [{ howToApply: { url: null, email: null, phone: null, text: '' } }, 'validation.vacancy.howToApply.required'],
    ];
    for (const [change, message] of cases) {
      const result = vacancyInputSchema.safeParse({ ...input, ...change });
      expect(result.success, message).toBe(false);
      expect(result.error?.issues.map((i) => i.message)).toContain(message);
    }
    expect(vacancyInputSchema.safeParse({ ...input, jobLocation: null, remote: true }).success).toBe(true);
  });

  it('keeps the generated set deterministic and valid', () => {
    const a = generateVacancies(TODAY, 300);
    expect(generateVacancies(TODAY, 300)).toEqual(a);
    for (const v of a) expect(vacancySchema.parse(v)).toEqual(v);
    for (const c of generateCourses(TODAY)) expect(courseSchema.parse(c)).toEqual(c);
    expect(new Set(a.map((v) => v.occupation.isco)).size).toBeGreaterThanOrEqual(25);
  });
});

describe('zoekprofiel', () => {
  it('has matching consent off by default', () => {
    expect(emptySearchProfileInput().matchingConsent).toBe(false);
    const { matchingConsent: _c, ...withoutConsent } = emptySearchProfileInput();
    expect(searchProfileInputSchema.parse(withoutConsent).matchingConsent).toBe(false);
  });

  it('refuses unknown codes', () => {
    expect(searchProfileInputSchema.safeParse({ ...emptySearchProfileInput(), occupations: ['abc'] }).success).toBe(false);
    expect(searchProfileInputSchema.safeParse({ ...emptySearchProfileInput(), contractTypes: ['SOMETIMES'] }).success).toBe(false);
  });
});

describe('occupations', () => {
  it('cover 25–40 focusberoepen with ISCO-08 codes and skills', () => {
    expect(OCCUPATIONS.length).toBeGreaterThanOrEqual(25);
    expect(OCCUPATIONS.length).toBeLessThanOrEqual(40);
    expect(new Set(OCCUPATIONS.map((o) => o.id)).size).toBe(OCCUPATIONS.length);
    for (const o of OCCUPATIONS) {
      expect(o.isco).toMatch(/^\d{4}$/);
      expect(o.skills.length).toBeGreaterThan(1);
    }
    expect(occupationByIsco('9321')?.name).toBe('Orderpicker');
    expect(occupationChoices().map((o) => o.isco)).toEqual([...new Set(occupationChoices().map((o) => o.isco))]);
    expect(educationRank('mbo2')).toBeGreaterThan(educationRank('vmbo'));
  });
});
