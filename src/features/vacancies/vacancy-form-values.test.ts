import { describe, expect, it } from 'vitest';
import { isoToParts } from '#src/shared/lib/dates.ts';
import { vacancyFromJsonLd, vacancyToJsonLd } from './jsonld.ts';
import { vacancyInputSchema, type Vacancy, type VacancyInput } from './schemas.ts';
import { numberFromText, vacancyFormValues, vacancyInputFromForm, type VacancyFormValues } from './vacancy-form-values.ts';
import { generateVacancies } from '#mocks/seed-vacancies.ts';

const TODAY = '2026-12-07';
const [seed] = generateVacancies(TODAY, 1) as [Vacancy];

const form = (changes: Partial<VacancyFormValues>): VacancyFormValues => ({ ...vacancyFormValues(seed), ...changes });
/** The form → the vacancy (checked) → a JobPosting → read back → the form again. */
function throughJobPosting(values: VacancyFormValues, validThrough: string | null) {
  const input = vacancyInputSchema.parse(vacancyInputFromForm(values, validThrough, seed, TODAY));
  const jsonld = JSON.parse(JSON.stringify(vacancyToJsonLd(input))) as Record<string, unknown>;
  const back = vacancyFromJsonLd(jsonld);
  if (!back.ok) throw new Error(JSON.stringify(back.errors));
  return { input, jsonld, back: back.value, values: vacancyFormValues(back.value) };
}

describe('the regisseur’s vacancy form ⇄ JobPosting', () => {
  it.each([
    {
      name: 'salary per hour, experience, working from home, a closing date',
      values: { salaryMin: '14,50', salaryMax: '16', salaryUnit: 'HOUR', experienceMonths: '6', experienceText: 'Ervaring in een magazijn', remote: true },
      validThrough: '2027-01-31',
      jsonld: {
        baseSalary: { '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', minValue: 14.5, maxValue: 16, unitText: 'HOUR' } },
        experienceRequirements: { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: 6, description: 'Ervaring in een magazijn' },
        jobLocationType: 'TELECOMMUTE',
        validThrough: '2027-01-31',
      },
      input: { baseSalary: { min: 14.5, max: 16, unit: 'HOUR', currency: 'EUR' }, experienceRequirements: { months: 6, text: 'Ervaring in een magazijn' }, remote: true, validThrough: '2027-01-31' },
      formBack: { salaryMin: '14,50' },
    },
    {
      name: 'salary per month, one side filled in',
      values: { salaryMin: '2400', salaryMax: '', salaryUnit: 'MONTH', experienceMonths: '', experienceText: '', remote: false },
      validThrough: null,
      jsonld: { baseSalary: { value: { minValue: 2400, maxValue: 2400, unitText: 'MONTH' } }, experienceRequirements: { '@type': 'OccupationalExperienceRequirements' } },
      input: { baseSalary: { min: 2400, max: 2400, unit: 'MONTH', currency: 'EUR' }, experienceRequirements: { months: null, text: '' }, remote: false, validThrough: null },
      formBack: { salaryMax: '2400' },
    },
    {
      name: 'no salary, no experience: neither is written',
      values: { salaryMin: '', salaryMax: '', experienceMonths: '', experienceText: '', remote: false },
      validThrough: null,
      jsonld: {},
      absent: ['baseSalary', 'jobLocationType', 'validThrough'],
      input: { baseSalary: null, experienceRequirements: { months: null, text: '' }, remote: false, validThrough: null },
      formBack: { salaryUnit: 'HOUR' },
    },
  ] as Array<{ name: string; values: Partial<VacancyFormValues>; validThrough: string | null; jsonld: object; absent?: string[]; input: Partial<VacancyInput>; formBack: Partial<VacancyFormValues> }>)(
    '$name',
    ({ values, validThrough, jsonld, absent = [], input, formBack }) => {
      const filledIn = form({ ...values, validThrough: isoToParts(validThrough) });
      const result = throughJobPosting(filledIn, validThrough);
      expect(result.input).toMatchObject(input);
      expect(result.jsonld).toMatchObject(jsonld);
      for (const property of absent) expect(result.jsonld).not.toHaveProperty(property);
      expect(result.back).toEqual(result.input);
      expect(result.values).toEqual({ ...filledIn, ...formBack });
    },
  );

  it('reads a JobPosting from an employer into the form', () => {
    const back = vacancyFromJsonLd({
      ...vacancyToJsonLd(seed),
      baseSalary: { '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', minValue: 2300, maxValue: 2650.5, unitText: 'MONTH' } },
      experienceRequirements: { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: 12 },
      jobLocationType: 'TELECOMMUTE',
      validThrough: '2027-02-01T23:59:00+01:00',
    });
    if (!back.ok) throw new Error('not read');
    expect(vacancyFormValues(back.value)).toMatchObject({
      salaryMin: '2300',
      salaryMax: '2650,50',
      salaryUnit: 'MONTH',
      experienceMonths: '12',
      experienceText: '',
      remote: true,
      validThrough: { day: '1', month: '2', year: '2027' },
    });
  });

  it.each([
    ['', null],
    ['12', 12],
    ['12,5', 12.5],
    ['12.50', 12.5],
    [' 2 400 ', 2400],
    ['twaalf', Number.NaN],
    ['-3', Number.NaN],
    ['1,234', Number.NaN],
  ])('reads the number %j as %s', (text, number) => {
    expect(numberFromText(text)).toEqual(number);
  });

  it('refuses a salary that is not a number, and a lower maximum', () => {
    expect(vacancyInputSchema.safeParse(vacancyInputFromForm(form({ salaryMin: 'veel' }), null, seed, TODAY)).success).toBe(false);
    const range = vacancyInputSchema.safeParse(vacancyInputFromForm(form({ salaryMin: '16', salaryMax: '14' }), null, seed, TODAY));
    expect(range.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['baseSalary.max', 'validation.vacancy.salary.range']]);
  });

  it('a new vacancy is posted today and open', () => {
    const input = vacancyInputFromForm(vacancyFormValues(null), null, null, TODAY) as VacancyInput;
    expect(input).toMatchObject({ datePosted: TODAY, status: 'open', baseSalary: null, remote: false, reference: '' });
  });
});
