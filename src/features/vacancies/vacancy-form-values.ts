import { isoToParts, todayIso, type DateParts } from '#src/shared/lib/dates.ts';
import { occupationByIsco } from './occupations.ts';
import { PLACES, placeById } from './places.ts';
import type { EducationLevel, Vacancy, VacancyInput } from './schemas.ts';

/**
 * The regisseur's vacancy form (`/regisseur/vacatures/…/wijzigen`) as people fill it in, and the
 * vacancy (`VacancyInput`, the same fields as a schema.org `JobPosting`, see `jsonld.ts`) made of
 * it. Numbers are typed as text ("12,50"); an empty salary is "not given" (null), one filled side
 * of the salary is both sides.
 */
export type VacancyFormValues = {
  title: string;
  organisation: string;
  description: string;
  place: string;
  /** schema.org `jobLocationType: TELECOMMUTE`: "Thuiswerk mogelijk". */
  remote: boolean;
  isco: string;
  hoursMin: string;
  hoursMax: string;
  contracts: string[];
  /** `baseSalary`: a `MonetaryAmount` with min and max per hour or per month. */
  salaryMin: string;
  salaryMax: string;
  salaryUnit: 'HOUR' | 'MONTH';
  education: EducationLevel;
  /** `experienceRequirements`: months of experience (may be empty) and a text. */
  experienceMonths: string;
  experienceText: string;
  skills: string;
  licence: boolean;
  /** `validThrough`: "Solliciteren kan tot …" (empty: open until filled). */
  validThrough: DateParts;
  howToApply: string;
};

/** Every field in page order (the error summary's order). */
export const VACANCY_FORM_FIELDS: Array<keyof VacancyFormValues> = [
  'title',
  'organisation',
  'description',
  'place',
  'remote',
  'isco',
  'hoursMin',
  'hoursMax',
  'contracts',
  'salaryMin',
  'salaryMax',
  'salaryUnit',
  'education',
  'experienceMonths',
  'experienceText',
  'skills',
  'licence',
  'validThrough',
  'howToApply',
];

/** A problem in the vacancy (`VacancyInput` path) → the form field that shows it. */
export const VACANCY_FORM_FIELD_OF: Record<string, keyof VacancyFormValues> = {
  title: 'title',
  'hiringOrganization.name': 'organisation',
  description: 'description',
  jobLocation: 'place',
  'occupation.isco': 'isco',
  'occupation.name': 'isco',
  'workHours.min': 'hoursMin',
  'workHours.max': 'hoursMax',
  employmentType: 'contracts',
  baseSalary: 'salaryMin',
  'baseSalary.min': 'salaryMin',
  'baseSalary.max': 'salaryMax',
  'experienceRequirements.months': 'experienceMonths',
  'experienceRequirements.text': 'experienceText',
  skills: 'skills',
  validThrough: 'validThrough',
  howToApply: 'howToApply',
  'howToApply.text': 'howToApply',
};

/** "12,50" → 12.5; "" → null; anything else → NaN (refused by the schema). */
export function numberFromText(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  return /^\d+([.,]\d{1,2})?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number.NaN;
}

/** 12.5 → "12,50"; 2400 → "2400". */
const amountText = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace('.', ','));

export function vacancyFormValues(vacancy: Vacancy | VacancyInput | null): VacancyFormValues {
  const salary = vacancy?.baseSalary ?? null;
  return {
    title: vacancy?.title ?? '',
    organisation: vacancy?.hiringOrganization.name ?? '',
    description: vacancy?.description ?? '',
    place: PLACES.find((p) => p.place === vacancy?.jobLocation?.place)?.id ?? '',
    remote: vacancy?.remote ?? false,
    isco: vacancy?.occupation.isco ?? '',
    hoursMin: String(vacancy?.workHours.min ?? 24),
    hoursMax: String(vacancy?.workHours.max ?? 38),
    contracts: [...(vacancy?.employmentType ?? [])],
    salaryMin: salary ? amountText(salary.min) : '',
    salaryMax: salary ? amountText(salary.max) : '',
    salaryUnit: salary?.unit ?? 'HOUR',
    education: vacancy?.educationRequirements ?? 'none',
    experienceMonths: vacancy?.experienceRequirements.months === null || vacancy === null ? '' : String(vacancy.experienceRequirements.months),
    experienceText: vacancy?.experienceRequirements.text ?? '',
    skills: vacancy?.skills.join(', ') ?? '',
    licence: vacancy?.drivingLicenceRequired ?? false,
    validThrough: isoToParts(vacancy?.validThrough),
    howToApply: vacancy?.howToApply.text ?? '',
  };
}

/**
 * The vacancy made of the form (to be checked with `vacancyInputSchema`). What the form does not
 * show (the employer's reference, the date posted, web address, e-mail and phone to apply, the
 * status) comes from the vacancy being edited.
 */
export function vacancyInputFromForm(values: VacancyFormValues, validThrough: string | null, current: Vacancy | VacancyInput | null, today: string = todayIso()): unknown {
  const place = placeById(values.place);
  const occupation = occupationByIsco(values.isco);
  const salaryMin = numberFromText(values.salaryMin);
  const salaryMax = numberFromText(values.salaryMax);
  const months = numberFromText(values.experienceMonths);
  return {
    title: values.title,
    description: values.description,
    reference: current?.reference ?? '',
    hiringOrganization: { name: values.organisation },
    jobLocation: place ? { postalCode: place.postalCode, place: place.place, lat: place.lat, lon: place.lon } : null,
    remote: values.remote,
    employmentType: values.contracts,
    workHours: { min: Number(values.hoursMin), max: Number(values.hoursMax) },
    baseSalary: salaryMin === null && salaryMax === null ? null : { min: salaryMin ?? salaryMax, max: salaryMax ?? salaryMin, unit: values.salaryUnit, currency: 'EUR' },
    datePosted: current?.datePosted ?? today,
    validThrough,
    occupation: { isco: values.isco, name: occupation?.name ?? '' },
    educationRequirements: values.education,
    experienceRequirements: { months, text: values.experienceText.trim() },
    skills: values.skills
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    drivingLicenceRequired: values.licence,
    howToApply: { url: current?.howToApply.url ?? null, email: current?.howToApply.email ?? null, phone: current?.howToApply.phone ?? null, text: values.howToApply },
    status: current?.status ?? 'open',
  };
}

/** The message for a field whose text is not a number (the schema's own message is not a key). */
export const VACANCY_FORM_INVALID: Partial<Record<keyof VacancyFormValues, string>> = {
  salaryMin: 'validation.vacancy.salary.invalid',
  salaryMax: 'validation.vacancy.salary.invalid',
  experienceMonths: 'validation.vacancy.experience.invalid',
  hoursMin: 'validation.vacancy.hours.required',
  hoursMax: 'validation.vacancy.hours.required',
};
