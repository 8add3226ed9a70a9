import type { z } from 'zod';
import {
  courseInputSchema,
  EDUCATION_LEVELS,
  educationLevelSchema,
  employmentTypeSchema,
  vacancyInputSchema,
  type Course,
  type CourseInput,
  type CourseLevel,
  type CostPayer,
  type EducationLevel,
  type EmploymentType,
  type Location,
  type Vacancy,
  type VacancyInput,
} from './schemas.ts';
import { placeByName, PLACES } from './places.ts';

/**
 * Vacancies and courses as schema.org JSON-LD, both ways. `JobPosting` is what employers, job
 * boards (and Google for Jobs) publish; a municipality loads its own vacancies as a file of these.
 * Reading is lenient where schema.org is (a text or an object, one value or a list) and strict
 * where the app needs a value (an ISCO-08 code, a place with coordinates): every problem is
 * reported per field, with the JSON-LD property name, so an import can say what to fix.
 *
 * Choices where schema.org has no exact property:
 * - a required driving licence: `qualifications` with an `EducationalOccupationalCredential`
 *   whose `credentialCategory` is `license` (name "Rijbewijs B");
 * - how to apply: `applicationContact` (a `ContactPoint` with url, email, telephone, description);
 * - the ISCO-08 code: `occupationalCategory` as a `CategoryCode` in code set `ISCO-08`
 *   (a text starting with four digits is accepted too);
 * - work hours: `workHours` as text "24-32 uur per week" (read back: the first one or two numbers);
 * - courses: typed both `Course` and `EducationalOccupationalProgram`; each start date is a
 *   `CourseInstance`; who pays is `financialAidEligible` (gemeente, werkgever, zelf, gratis).
 */

export type JsonLd = Record<string, unknown>;
/** A problem with one field of one entry; `field` is the JSON-LD property (path), `message` an i18n key. */
export type FieldError = { field: string; message: string };
export type FromJsonLdResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export const SCHEMA_ORG = 'https://schema.org';

// --- helpers ----------------------------------------------------------------

const isObject = (v: unknown): v is JsonLd => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
/** A text, or the `name` of an object (schema.org allows both in many places). */
const textOrName = (v: unknown): string => (isObject(v) ? str(v.name) : str(v));
const num = (v: unknown): number | null => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v.replace(',', '.')) : NaN;
  return Number.isFinite(n) ? n : null;
};
const types = (v: JsonLd): string[] => asArray(v['@type']).map(str).map((t) => t.replace(/^(https?:\/\/schema\.org\/|schema:)/, ''));
const dateOnly = (v: unknown): string => str(v).slice(0, 10);

/** The entries of a JSON-LD document: one object, a list, an `@graph` or an `ItemList`. */
export function jsonLdEntries(doc: unknown): unknown[] {
  if (Array.isArray(doc)) return doc;
  if (!isObject(doc)) return [doc];
  if (Array.isArray(doc['@graph'])) return doc['@graph'];
  if (types(doc).includes('ItemList')) return asArray(doc.itemListElement).map((e) => (isObject(e) && isObject(e.item) ? e.item : e));
  return [doc];
}

/** Our model's field (first path segment) → the JSON-LD property it comes from. */
const VACANCY_FIELD_TO_JSONLD: Record<string, string> = {
  title: 'title',
  description: 'description',
  reference: 'identifier',
  hiringOrganization: 'hiringOrganization',
  jobLocation: 'jobLocation',
  remote: 'jobLocationType',
  employmentType: 'employmentType',
  workHours: 'workHours',
  baseSalary: 'baseSalary',
  datePosted: 'datePosted',
  validThrough: 'validThrough',
  occupation: 'occupationalCategory',
  educationRequirements: 'educationRequirements',
  experienceRequirements: 'experienceRequirements',
  skills: 'skills',
  drivingLicenceRequired: 'qualifications',
  howToApply: 'applicationContact',
  status: 'validThrough',
};

function zodErrors(error: z.ZodError, fieldMap: Record<string, string>): FieldError[] {
  return error.issues.map((issue) => {
    const [first, ...rest] = issue.path.map(String);
    const field = [first === undefined ? '(entry)' : (fieldMap[first] ?? first), ...rest].join('.');
    return { field, message: issue.message };
  });
}

function locationToJsonLd(location: Location): JsonLd {
  return {
    '@type': 'Place',
    address: { '@type': 'PostalAddress', postalCode: location.postalCode, addressLocality: location.place, addressCountry: 'NL' },
    geo: { '@type': 'GeoCoordinates', latitude: location.lat, longitude: location.lon },
  };
}

/** A `Place`; without `geo` the coordinates come from the region's place list (by name). */
function locationFromJsonLd(value: unknown, field: string, errors: FieldError[]): Location | null {
  const placeObject = asArray(value).find(isObject);
  if (!placeObject) return null;
  const address = isObject(placeObject.address) ? placeObject.address : {};
  const place = str(address.addressLocality) || str(placeObject.name);
  const geo = isObject(placeObject.geo) ? placeObject.geo : null;
  const known = placeByName(place);
  const postalCode = str(address.postalCode).toUpperCase() || known?.postalCode || '';
  const lat = geo ? num(geo.latitude) : (known?.lat ?? null);
  const lon = geo ? num(geo.longitude) : (known?.lon ?? null);
  if (lat === null || lon === null) {
    errors.push({ field: `${field}.geo`, message: 'validation.vacancy.jobLocation.unknownPlace' });
    return null;
  }
  return { postalCode, place, lat, lon };
}

const EDUCATION_WORDS: Record<string, EducationLevel> = {
  geen: 'none',
  'no requirements': 'none',
  'high school': 'vmbo',
  'associate degree': 'mbo4',
  'bachelor degree': 'hbo',
  'professional certificate': 'mbo2',
  'postgraduate degree': 'wo',
  master: 'wo',
};

/** `mbo2`, `MBO 2`, `mbo-2`, `HBO`, `geen`, or a Google-style `credentialCategory`. */
export function educationLevelFromText(text: string): EducationLevel | null {
  const compact = text.toLowerCase().replace(/[\s_-]+/g, '');
  const direct = educationLevelSchema.safeParse(compact);
  if (direct.success) return direct.data;
  return EDUCATION_WORDS[text.toLowerCase().trim()] ?? null;
}

const EDUCATION_LABEL: Record<EducationLevel, string> = {
  none: 'geen', vmbo: 'VMBO', mbo1: 'MBO 1', mbo2: 'MBO 2', mbo3: 'MBO 3', mbo4: 'MBO 4', hbo: 'HBO', wo: 'WO',
};

function iscoFrom(value: unknown): { isco: string; name: string } | null {
  for (const entry of asArray(value)) {
    if (isObject(entry)) {
      const code = str(entry.codeValue);
      const set = str(entry.inCodeSet);
      if (/^\d{4}$/.test(code) && (set === '' || /isco/i.test(set))) return { isco: code, name: str(entry.name) };
    } else {
      const match = /^(?:ISCO(?:-08)?\s*)?(\d{4})\b\s*[-:]?\s*(.*)$/i.exec(str(entry));
      if (match) return { isco: match[1]!, name: match[2]!.trim() };
    }
  }
  return null;
}

function hoursFrom(value: unknown): { min: number; max: number } | null {
  const numbers = [...str(value).matchAll(/\d+(?:[.,]\d+)?/g)].map((m) => Math.round(Number(m[0].replace(',', '.'))));
  if (numbers.length === 0) return null;
  const [a, b = a] = numbers as [number, number?];
  return { min: Math.min(a, b!), max: Math.max(a, b!) };
}

const mailto = (v: string) => (v === '' ? null : v.toLowerCase().startsWith('mailto:') ? v : `mailto:${v}`);
const tel = (v: string) => (v === '' ? null : v.toLowerCase().startsWith('tel:') ? v : `tel:${v.replace(/\s+/g, '')}`);
const withoutScheme = (v: string | null) => (v ?? '').replace(/^(mailto|tel):/i, '');

// --- vacancies ----------------------------------------------------------------

/** A vacancy as a schema.org `JobPosting`. `@id` carries the app's id (a URN) so an export can be read back. */
export function vacancyToJsonLd(vacancy: Vacancy | VacancyInput): JsonLd {
  const id = 'id' in vacancy ? vacancy.id : null;
  const contact: JsonLd = { '@type': 'ContactPoint' };
  if (vacancy.howToApply.url) contact.url = vacancy.howToApply.url;
  if (vacancy.howToApply.email) contact.email = withoutScheme(vacancy.howToApply.email);
  if (vacancy.howToApply.phone) contact.telephone = withoutScheme(vacancy.howToApply.phone);
  if (vacancy.howToApply.text) contact.description = vacancy.howToApply.text;
  return {
    '@context': SCHEMA_ORG,
    '@type': 'JobPosting',
    ...(id ? { '@id': `urn:werkmap:vacancy:${id}` } : {}),
    title: vacancy.title,
    description: vacancy.description,
    ...(vacancy.reference ? { identifier: { '@type': 'PropertyValue', name: vacancy.hiringOrganization.name, value: vacancy.reference } } : {}),
    hiringOrganization: { '@type': 'Organization', name: vacancy.hiringOrganization.name },
    ...(vacancy.jobLocation ? { jobLocation: locationToJsonLd(vacancy.jobLocation) } : {}),
    ...(vacancy.remote ? { jobLocationType: 'TELECOMMUTE' } : {}),
    employmentType: [...vacancy.employmentType],
    workHours: vacancy.workHours.min === vacancy.workHours.max ? `${vacancy.workHours.max} uur per week` : `${vacancy.workHours.min}-${vacancy.workHours.max} uur per week`,
    ...(vacancy.baseSalary
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: vacancy.baseSalary.currency,
            value: { '@type': 'QuantitativeValue', minValue: vacancy.baseSalary.min, maxValue: vacancy.baseSalary.max, unitText: vacancy.baseSalary.unit },
          },
        }
      : {}),
    datePosted: vacancy.datePosted,
    ...(vacancy.validThrough ? { validThrough: vacancy.validThrough } : {}),
    occupationalCategory: { '@type': 'CategoryCode', inCodeSet: 'ISCO-08', codeValue: vacancy.occupation.isco, name: vacancy.occupation.name },
    educationRequirements: {
      '@type': 'EducationalOccupationalCredential',
      credentialCategory: vacancy.educationRequirements === 'none' ? 'no requirements' : 'diploma',
      educationalLevel: EDUCATION_LABEL[vacancy.educationRequirements],
    },
    experienceRequirements: {
      '@type': 'OccupationalExperienceRequirements',
      ...(vacancy.experienceRequirements.months !== null ? { monthsOfExperience: vacancy.experienceRequirements.months } : {}),
      ...(vacancy.experienceRequirements.text ? { description: vacancy.experienceRequirements.text } : {}),
    },
    skills: [...vacancy.skills],
    ...(vacancy.drivingLicenceRequired ? { qualifications: { '@type': 'EducationalOccupationalCredential', credentialCategory: 'license', name: 'Rijbewijs B' } } : {}),
    applicationContact: contact,
    ...(vacancy.status === 'closed' ? { 'werkmap:status': 'closed' } : {}),
  };
}

/** The app's id from an `@id` written by `vacancyToJsonLd`/`courseToJsonLd`, else null. */
export function werkmapIdOf(entry: unknown): string | null {
  if (!isObject(entry)) return null;
  return /^urn:werkmap:(?:vacancy|course):([A-Za-z0-9_-]{1,100})$/.exec(str(entry['@id']))?.[1] ?? null;
}

/** A `JobPosting` as the app's vacancy input, or every problem per field. */
export function vacancyFromJsonLd(entry: unknown): FromJsonLdResult<VacancyInput> {
  const errors: FieldError[] = [];
  if (!isObject(entry)) return { ok: false, errors: [{ field: '(entry)', message: 'validation.vacancy.jsonld.notObject' }] };
  if (!types(entry).includes('JobPosting')) return { ok: false, errors: [{ field: '@type', message: 'validation.vacancy.jsonld.notJobPosting' }] };

  const occupation = iscoFrom(entry.occupationalCategory);
  if (!occupation) errors.push({ field: 'occupationalCategory', message: 'validation.vacancy.isco.invalid' });
  const hours = hoursFrom(entry.workHours);
  if (!hours) errors.push({ field: 'workHours', message: 'validation.vacancy.hours.required' });

  const education = asArray(entry.educationRequirements).map((e) => (isObject(e) ? str(e.educationalLevel) || str(e.credentialCategory) : str(e)));
  const educationLevel = education.length === 0 ? 'none' : (education.map(educationLevelFromText).find((l) => l !== null) ?? null);
  if (educationLevel === null) errors.push({ field: 'educationRequirements', message: 'validation.vacancy.education.invalid' });

  const employmentTypes: EmploymentType[] = [];
  for (const t of asArray(entry.employmentType)) {
    const parsed = employmentTypeSchema.safeParse(str(t).toUpperCase().replace(/[\s-]+/g, '_'));
    if (parsed.success) employmentTypes.push(parsed.data);
    else errors.push({ field: 'employmentType', message: 'validation.vacancy.employmentType.invalid' });
  }

  const salaryObject = asArray(entry.baseSalary).find(isObject);
  const salaryValue = salaryObject && isObject(salaryObject.value) ? salaryObject.value : null;
  const salaryUnit = salaryValue ? str(salaryValue.unitText).toUpperCase() : '';
  const salaryAmount = salaryObject && !salaryValue ? num(salaryObject.value) : null;
  let baseSalary: VacancyInput['baseSalary'] = null;
  if (salaryObject) {
    const min = salaryValue ? (num(salaryValue.minValue) ?? num(salaryValue.value)) : salaryAmount;
    const max = salaryValue ? (num(salaryValue.maxValue) ?? num(salaryValue.value)) : salaryAmount;
    if (min === null || max === null || (salaryUnit !== 'HOUR' && salaryUnit !== 'MONTH')) errors.push({ field: 'baseSalary', message: 'validation.vacancy.salary.invalid' });
    else baseSalary = { min, max, unit: salaryUnit, currency: (str(salaryObject.currency) || 'EUR') as 'EUR' };
  }

  const experience = asArray(entry.experienceRequirements)[0];
  const contact = asArray(entry.applicationContact).find(isObject) ?? {};
  const directUrl = str(contact.url) || str(entry.url);
  const skills = asArray(entry.skills).flatMap((s) => (isObject(s) ? [str(s.name)] : str(s).split(/\s*[,;]\s*/))).filter((s) => s !== '');
  const licence = asArray(entry.qualifications).some((q) => (isObject(q) ? str(q.credentialCategory).toLowerCase() === 'license' || /rijbewijs/i.test(str(q.name)) : /rijbewijs/i.test(str(q))));
  const identifier = asArray(entry.identifier)[0];

  const candidate = {
    title: str(entry.title),
    description: str(entry.description),
    reference: isObject(identifier) ? str(identifier.value) : str(identifier),
    hiringOrganization: { name: textOrName(entry.hiringOrganization) },
    jobLocation: locationFromJsonLd(entry.jobLocation, 'jobLocation', errors),
    remote: asArray(entry.jobLocationType).some((t) => str(t).toUpperCase() === 'TELECOMMUTE'),
    employmentType: employmentTypes,
    workHours: hours ?? { min: 0, max: 0 },
    baseSalary,
    datePosted: dateOnly(entry.datePosted),
    validThrough: entry.validThrough ? dateOnly(entry.validThrough) : null,
    occupation: occupation ?? { isco: '', name: '' },
    educationRequirements: educationLevel ?? 'none',
    experienceRequirements: isObject(experience)
      ? { months: num(experience.monthsOfExperience), text: str(experience.description) }
      : { months: null, text: str(experience) },
    skills,
    drivingLicenceRequired: licence,
    howToApply: { url: directUrl || null, email: mailto(str(contact.email)), phone: tel(str(contact.telephone)), text: str(contact.description) },
    status: str(entry['werkmap:status']) === 'closed' ? 'closed' : 'open',
  };
  if (candidate.occupation.name === '' && occupation) candidate.occupation.name = candidate.title;

  const parsed = vacancyInputSchema.safeParse(candidate);
  // a field already reported by the mapping is not reported twice
  const reported = new Set(errors.map((e) => e.field.split('.')[0]));
  if (!parsed.success) for (const e of zodErrors(parsed.error, VACANCY_FIELD_TO_JSONLD)) if (!reported.has(e.field.split('.')[0])) errors.push(e);
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, value: parsed.data };
}

// --- courses ------------------------------------------------------------------

const LEVEL_LABEL: Record<CourseLevel, string> = { mbo1: 'MBO 1', mbo2: 'MBO 2', mbo3: 'MBO 3', mbo4: 'MBO 4', certificate: 'certificaat', course: 'cursus' };
const PAYER_WORD: Record<CostPayer, string> = { municipality: 'gemeente', employer: 'werkgever', self: 'zelf', free: 'gratis' };

function courseLevelFromText(text: string): CourseLevel | null {
  const compact = text.toLowerCase().replace(/[\s_-]+/g, '');
  for (const [level, label] of Object.entries(LEVEL_LABEL)) if (compact === level || compact === label.toLowerCase().replace(/\s+/g, '')) return level as CourseLevel;
  if (compact === 'certificate') return 'certificate';
  if (compact === 'course') return 'course';
  return null;
}

const COURSE_FIELD_TO_JSONLD: Record<string, string> = {
  name: 'name',
  description: 'description',
  provider: 'provider',
  level: 'educationalLevel',
  durationWeeks: 'timeToComplete',
  hoursPerWeek: 'hasCourseInstance.courseWorkload',
  startDates: 'hasCourseInstance.startDate',
  location: 'hasCourseInstance.location',
  online: 'hasCourseInstance.courseMode',
  cost: 'offers',
  leadsTo: 'occupationalCategory',
  url: 'url',
};

/** A course as schema.org `Course` + `EducationalOccupationalProgram`; each start date is a `CourseInstance`. */
export function courseToJsonLd(course: Course | CourseInput): JsonLd {
  const id = 'id' in course ? course.id : null;
  const modes = [...(course.location ? ['onsite'] : []), ...(course.online ? ['online'] : [])];
  const instance = (startDate: string | null): JsonLd => ({
    '@type': 'CourseInstance',
    courseMode: modes.length === 1 ? modes[0] : modes,
    courseWorkload: `PT${course.hoursPerWeek}H`,
    ...(startDate ? { startDate } : {}),
    ...(course.location ? { location: locationToJsonLd(course.location) } : {}),
  });
  return {
    '@context': SCHEMA_ORG,
    '@type': ['Course', 'EducationalOccupationalProgram'],
    ...(id ? { '@id': `urn:werkmap:course:${id}` } : {}),
    name: course.name,
    description: course.description,
    provider: { '@type': 'Organization', name: course.provider.name },
    educationalLevel: LEVEL_LABEL[course.level],
    timeToComplete: `P${course.durationWeeks}W`,
    hasCourseInstance: course.startDates.length > 0 ? course.startDates.map(instance) : [instance(null)],
    offers: { '@type': 'Offer', price: course.cost.amount, priceCurrency: 'EUR' },
    financialAidEligible: PAYER_WORD[course.cost.paidBy],
    occupationalCategory: course.leadsTo.map((isco) => ({ '@type': 'CategoryCode', inCodeSet: 'ISCO-08', codeValue: isco })),
    ...(course.url ? { url: course.url } : {}),
  };
}

/** A `Course` / `EducationalOccupationalProgram` as the app's course input, or every problem per field. */
export function courseFromJsonLd(entry: unknown): FromJsonLdResult<CourseInput> {
  const errors: FieldError[] = [];
  if (!isObject(entry)) return { ok: false, errors: [{ field: '(entry)', message: 'validation.vacancy.jsonld.notObject' }] };
  const t = types(entry);
  if (!t.includes('Course') && !t.includes('EducationalOccupationalProgram')) return { ok: false, errors: [{ field: '@type', message: 'validation.vacancy.jsonld.notCourse' }] };

  const level = courseLevelFromText(str(entry.educationalLevel));
  if (!level) errors.push({ field: 'educationalLevel', message: 'validation.vacancy.education.invalid' });
  const weeks = /^P(\d+)W$/i.exec(str(entry.timeToComplete));
  const months = /^P(\d+)M$/i.exec(str(entry.timeToComplete));
  const durationWeeks = weeks ? Number(weeks[1]) : months ? Math.round(Number(months[1]) * 4.345) : null;
  if (durationWeeks === null) errors.push({ field: 'timeToComplete', message: 'validation.vacancy.course.duration' });

  const instances = asArray(entry.hasCourseInstance).filter(isObject);
  const modes = instances.flatMap((i) => asArray(i.courseMode).map((m) => str(m).toLowerCase()));
  const workload = instances.map((i) => /^PT(\d+)H$/i.exec(str(i.courseWorkload))?.[1]).find((h) => h !== undefined);
  const location = locationFromJsonLd(instances.map((i) => i.location).find(isObject), 'hasCourseInstance.location', errors);
  const offer = asArray(entry.offers).find(isObject) ?? {};
  const price = num(offer.price) ?? 0;
  const payerWord = str(entry.financialAidEligible).toLowerCase();
  const paidBy = (Object.entries(PAYER_WORD).find(([, word]) => word === payerWord)?.[0] as CostPayer | undefined) ?? (price === 0 ? 'free' : 'self');
  const leadsTo = asArray(entry.occupationalCategory).map((c) => iscoFrom(c)?.isco).filter((c): c is string => c !== undefined);

  const candidate = {
    name: str(entry.name),
    description: str(entry.description),
    provider: { name: textOrName(entry.provider) },
    level: level ?? 'course',
    durationWeeks: durationWeeks ?? 1,
    hoursPerWeek: workload ? Number(workload) : 1,
    startDates: instances.map((i) => dateOnly(i.startDate)).filter((d) => d !== ''),
    location,
    online: modes.includes('online'),
    cost: { amount: price, paidBy },
    leadsTo,
    url: str(entry.url) || null,
  };
  const parsed = courseInputSchema.safeParse(candidate);
  const reported = new Set(errors.map((e) => e.field.split('.')[0]));
  if (!parsed.success) for (const e of zodErrors(parsed.error, COURSE_FIELD_TO_JSONLD)) if (!reported.has(e.field.split('.')[0])) errors.push(e);
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, value: parsed.data };
}

/** Every level this module reads (for documentation and tests). */
export const KNOWN_EDUCATION_LEVELS = EDUCATION_LEVELS;
/** Places whose coordinates are filled in when an entry has no `geo` (by `addressLocality`). */
export const KNOWN_PLACES = PLACES.map((p) => p.place);
