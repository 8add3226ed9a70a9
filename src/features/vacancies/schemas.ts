import { z } from 'zod';
import { maxChars } from '#src/shared/lib/text.ts';
import { idSchema, isoDateSchema, isoDateTimeSchema } from '#src/shared/lib/domain.ts';
import { contactUrlSchema, webUrlSchema } from '#src/shared/lib/url.ts';

/**
 * Vacancies (schema.org `JobPosting`), courses (`Course` / `EducationalOccupationalProgram`) and
 * the werkzoekende's zoekprofiel. Shared by the app, the mock backend, the JSON-LD mapping
 * (`jsonld.ts`) and the matching rules. Messages are i18n keys (`validation.vacancy.*`).
 */

const text = (max: number, key: string) => z.string().trim().check(maxChars(max, `validation.vacancy.${key}.tooLong`));
const requiredText = (max: number, key: string) =>
  z.string().trim().min(1, { error: `validation.vacancy.${key}.required` }).check(maxChars(max, `validation.vacancy.${key}.tooLong`));

/** An ISCO-08 unit group: four digits, e.g. `9321` (orderpicker / inpakker). */
export const iscoCodeSchema = z.string().regex(/^\d{4}$/, { error: 'validation.vacancy.isco.invalid' });
export type IscoCode = z.infer<typeof iscoCodeSchema>;

/** schema.org `employmentType` values. */
export const EMPLOYMENT_TYPES = ['FULL_TIME', 'PART_TIME', 'TEMPORARY', 'CONTRACTOR', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'OTHER'] as const;
export const employmentTypeSchema = z.enum(EMPLOYMENT_TYPES);
export type EmploymentType = z.infer<typeof employmentTypeSchema>;

/** Dutch education levels, lowest first (the order is used to compare: `educationRank`). */
export const EDUCATION_LEVELS = ['none', 'vmbo', 'mbo1', 'mbo2', 'mbo3', 'mbo4', 'hbo', 'wo'] as const;
export const educationLevelSchema = z.enum(EDUCATION_LEVELS);
export type EducationLevel = z.infer<typeof educationLevelSchema>;
/** 0 (none) … 7 (wo): a person with a level at least the required one meets it. */
export const educationRank = (level: EducationLevel): number => EDUCATION_LEVELS.indexOf(level);

/** A Dutch postal code: four digits, optionally the two letters (`9711 AB`). */
export const postalCodeSchema = z.string().trim().regex(/^[1-9]\d{3}( ?[A-Z]{2})?$/, { error: 'validation.vacancy.postalCode.invalid' });

/** A place with coordinates (WGS84), so distance can be computed (straight line). */
export const locationSchema = z.object({
  postalCode: postalCodeSchema,
  place: requiredText(80, 'place'),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});
export type Location = z.infer<typeof locationSchema>;

export const hoursRangeSchema = z
  .object({ min: z.number().int().min(0).max(60), max: z.number().int().min(1).max(60) })
  .refine((h) => h.min <= h.max, { path: ['max'], error: 'validation.vacancy.hours.range' });
export type HoursRange = z.infer<typeof hoursRangeSchema>;

export const SALARY_UNITS = ['HOUR', 'MONTH'] as const;
export const salarySchema = z
  .object({
    min: z.number().min(0).max(100_000),
    max: z.number().min(0).max(100_000),
    unit: z.enum(SALARY_UNITS),
    currency: z.literal('EUR'),
  })
  .refine((s) => s.min <= s.max, { path: ['max'], error: 'validation.vacancy.salary.range' });
export type Salary = z.infer<typeof salarySchema>;

/** How to apply: at least one of a web address, an e-mail address (`mailto:`), a phone number (`tel:`) or a text. */
export const howToApplySchema = z
  .object({
    url: webUrlSchema.nullable(),
    email: contactUrlSchema.nullable(),
    phone: contactUrlSchema.nullable(),
    text: text(500, 'howToApply'),
  })
  .refine((h) => h.url !== null || h.email !== null || h.phone !== null || h.text !== '', { error: 'validation.vacancy.howToApply.required' });
export type HowToApply = z.infer<typeof howToApplySchema>;

export const occupationRefSchema = z.object({ isco: iscoCodeSchema, name: requiredText(120, 'occupation') });
export type OccupationRef = z.infer<typeof occupationRefSchema>;

export const VACANCY_STATUSES = ['open', 'closed'] as const;
export const vacancyStatusSchema = z.enum(VACANCY_STATUSES);

const vacancyFields = {
  title: requiredText(160, 'title'),
  description: requiredText(5000, 'description'),
  /** The employer's own vacancy number (schema.org `identifier`); may be empty. */
  reference: text(60, 'reference'),
  hiringOrganization: z.object({ name: requiredText(160, 'organization') }),
  /** Where the work is; null only when the work is fully remote. */
  jobLocation: locationSchema.nullable(),
  /** schema.org `jobLocationType: TELECOMMUTE`. */
  remote: z.boolean(),
  employmentType: z.array(employmentTypeSchema).min(1, { error: 'validation.vacancy.employmentType.required' }).max(EMPLOYMENT_TYPES.length),
  workHours: hoursRangeSchema,
  baseSalary: salarySchema.nullable(),
  datePosted: isoDateSchema,
  /** Closing date (inclusive); null: open until filled. */
  validThrough: isoDateSchema.nullable(),
  occupation: occupationRefSchema,
  educationRequirements: educationLevelSchema,
  experienceRequirements: z.object({ months: z.number().int().min(0).max(600).nullable(), text: text(500, 'experience') }),
  skills: z.array(requiredText(60, 'skill')).max(30),
  drivingLicenceRequired: z.boolean(),
  howToApply: howToApplySchema,
  status: vacancyStatusSchema,
};

const locationOrRemote = (v: { jobLocation: Location | null; remote: boolean }) => v.jobLocation !== null || v.remote;
const postedBeforeClosing = (v: { datePosted: string; validThrough: string | null }) => v.validThrough === null || v.validThrough >= v.datePosted;

/** What a regisseur werk writes (create or edit) or an import brings. */
export const vacancyInputSchema = z
  .object(vacancyFields)
  .refine(locationOrRemote, { path: ['jobLocation'], error: 'validation.vacancy.jobLocation.required' })
  .refine(postedBeforeClosing, { path: ['validThrough'], error: 'validation.vacancy.validThrough.beforePosted' });
export type VacancyInput = z.infer<typeof vacancyInputSchema>;

/**
 * A vacancy as the server keeps and serves it: checked when written (`vacancyInputSchema`), so
 * read back with structural checks only — the device parses hundreds at a time (the offline set)
 * and a grapheme count over every description costs a slow phone seconds. Links are shown only
 * through `safeWebUrl`.
 */
export const vacancySchema = z.object({
  id: idSchema,
  ...vacancyFields,
  title: z.string().min(1),
  description: z.string(),
  reference: z.string(),
  hiringOrganization: z.object({ name: z.string().min(1) }),
  jobLocation: z.object({ postalCode: z.string(), place: z.string(), lat: z.number(), lon: z.number() }).nullable(),
  workHours: z.object({ min: z.number(), max: z.number() }),
  baseSalary: z.object({ min: z.number(), max: z.number(), unit: z.enum(SALARY_UNITS), currency: z.literal('EUR') }).nullable(),
  occupation: z.object({ isco: iscoCodeSchema, name: z.string() }),
  experienceRequirements: z.object({ months: z.number().nullable(), text: z.string() }),
  skills: z.array(z.string()),
  howToApply: z.object({ url: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable(), text: z.string() }),
  version: z.number().int().positive(),
  updatedAt: isoDateTimeSchema,
});
export type Vacancy = z.infer<typeof vacancySchema>;

// --- Courses ---------------------------------------------------------------

/** MBO 1–4 routes, a certificate (VCA, heftruck) or a short course (taal, rekenen, digitaal). */
export const COURSE_LEVELS = ['mbo1', 'mbo2', 'mbo3', 'mbo4', 'certificate', 'course'] as const;
export const courseLevelSchema = z.enum(COURSE_LEVELS);
export type CourseLevel = z.infer<typeof courseLevelSchema>;

/** Who pays the course: the municipality, an employer, the person themselves, or it is free. */
export const COST_PAYERS = ['municipality', 'employer', 'self', 'free'] as const;
export const costPayerSchema = z.enum(COST_PAYERS);
export type CostPayer = z.infer<typeof costPayerSchema>;

const courseFields = {
  name: requiredText(160, 'courseName'),
  description: text(3000, 'description'),
  provider: z.object({ name: requiredText(160, 'provider') }),
  level: courseLevelSchema,
  /** Length in weeks (JSON-LD `timeToComplete`, e.g. `P12W`). */
  durationWeeks: z.number().int().min(1).max(260),
  hoursPerWeek: z.number().int().min(1).max(40),
  startDates: z.array(isoDateSchema).max(24),
  /** Where it is taught; null when only online. */
  location: locationSchema.nullable(),
  online: z.boolean(),
  cost: z.object({ amount: z.number().min(0).max(100_000), paidBy: costPayerSchema }),
  /** The occupations it leads to (ISCO-08). */
  leadsTo: z.array(iscoCodeSchema).max(20),
  url: webUrlSchema.nullable(),
};

export const courseInputSchema = z
  .object(courseFields)
  .refine((c) => c.location !== null || c.online, { path: ['location'], error: 'validation.vacancy.jobLocation.required' });
export type CourseInput = z.infer<typeof courseInputSchema>;

export const courseSchema = z
  .object({ id: idSchema, ...courseFields, version: z.number().int().positive() })
  .refine((c) => c.location !== null || c.online, { path: ['location'], error: 'validation.vacancy.jobLocation.required' });
export type Course = z.infer<typeof courseSchema>;

// --- Zoekprofiel -----------------------------------------------------------

export const TRANSPORT_MODES = ['car', 'bike', 'publicTransport'] as const;
export const transportModeSchema = z.enum(TRANSPORT_MODES);
export type TransportMode = z.infer<typeof transportModeSchema>;

/** A place id from `places.ts` (e.g. `groningen`, `hoogezand`). */
export const placeIdSchema = z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, { error: 'validation.searchProfile.homePlace.invalid' });

/** What the werkzoekende writes: the work they look for, where and how much. */
export const searchProfileInputSchema = z.object({
  /** Desired occupations (ISCO-08), from the occupation list. */
  occupations: z.array(iscoCodeSchema).max(10, { error: 'validation.searchProfile.occupations.tooMany' }),
  homePlace: placeIdSchema.nullable(),
  maxDistanceKm: z.number().int().min(1).max(200),
  hours: hoursRangeSchema,
  contractTypes: z.array(employmentTypeSchema).max(EMPLOYMENT_TYPES.length),
  availableFrom: isoDateSchema.nullable(),
  drivingLicence: z.boolean(),
  transport: z.array(transportModeSchema).max(TRANSPORT_MODES.length),
  educationLevel: educationLevelSchema.nullable(),
  /** Languages the person speaks (BCP 47, e.g. `nl`, `ar`). */
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).max(12),
  /** "Regisseurs werk mogen mij voorstellen bij werkgevers": off until the person switches it on. */
  matchingConsent: z.boolean().default(false),
});
export type SearchProfileInput = z.infer<typeof searchProfileInputSchema>;

export const searchProfileSchema = searchProfileInputSchema.extend({
  clientId: idSchema,
  /** When consent was last given / withdrawn (set by the server). */
  matchingConsentGivenAt: isoDateTimeSchema.nullable(),
  matchingConsentWithdrawnAt: isoDateTimeSchema.nullable(),
  /** 0: never saved (the defaults). */
  version: z.number().int().nonnegative(),
  updatedAt: isoDateTimeSchema.nullable(),
  updatedBy: z.object({ id: idSchema, name: z.string() }).nullable(),
});
export type SearchProfile = z.infer<typeof searchProfileSchema>;

/** The zoekprofiel of someone who has not filled it in yet. */
export function emptySearchProfileInput(): SearchProfileInput {
  return {
    occupations: [],
    homePlace: null,
    maxDistanceKm: 25,
    hours: { min: 0, max: 40 },
    contractTypes: [],
    availableFrom: null,
    drivingLicence: false,
    transport: [],
    educationLevel: null,
    languages: ['nl'],
    matchingConsent: false,
  };
}

// --- Saved vacancies and applications --------------------------------------

/** A vacancy the person keeps (Bewaren). */
export const savedVacancySchema = z.object({ clientId: idSchema, vacancyId: idSchema, savedAt: isoDateTimeSchema });
export type SavedVacancy = z.infer<typeof savedVacancySchema>;

/** "Ik heb gesolliciteerd": the link between a vacancy and the werkmap activity it created. */
export const vacancyApplicationSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  vacancyId: idSchema,
  activityId: idSchema,
  /** The day of applying (the activity's date). */
  date: isoDateSchema,
  createdAt: isoDateTimeSchema,
});
export type VacancyApplication = z.infer<typeof vacancyApplicationSchema>;

// --- API bodies (werkzoekende) ---------------------------------------------

/**
 * The outcome of an application as the werkmap activity records it (its last result step); the
 * same statuses as the werkmap's result timeline. null: nothing recorded yet.
 */
export const APPLICATION_OUTCOMES = ['sent', 'invited', 'interview', 'rejected', 'hired', 'noResponse', 'withdrawn'] as const;
export const applicationOutcomeSchema = z.enum(APPLICATION_OUTCOMES);
export type ApplicationOutcome = z.infer<typeof applicationOutcomeSchema>;

/** "Ik heb gesolliciteerd" as the client sees it: the vacancy, the werkmap activity and its outcome. */
export const applicationViewSchema = vacancyApplicationSchema.extend({
  vacancyTitle: z.string(),
  employer: z.string(),
  outcome: applicationOutcomeSchema.nullable(),
});
export type ApplicationView = z.infer<typeof applicationViewSchema>;

/** `POST /clients/{id}/applications`: the vacancy, the day, and the werkmap activity's id (made on the device). */
export const applicationInputSchema = z.object({ vacancyId: idSchema, activityId: idSchema, date: isoDateSchema });
export type ApplicationInput = z.infer<typeof applicationInputSchema>;

/** The bounds of the offline set (server and device use the same numbers). */
export const OFFLINE_SET_MAX_COUNT = 500;
export const OFFLINE_SET_MAX_BYTES = 2 * 1024 * 1024;

/**
 * What the device keeps for the vacancy explorer: the saved vacancies and the most relevant recent
 * open ones (bounded: `OFFLINE_SET_MAX_COUNT`, `OFFLINE_SET_MAX_BYTES`), the saved marks and the
 * applications. Searched on the device.
 */
export const offlineSetSchema = z.object({
  clientId: idSchema,
  generatedAt: isoDateTimeSchema,
  /** How many open vacancies there are in all (the set holds at most the bound). */
  totalOpen: z.number().int().nonnegative(),
  vacancies: z.array(vacancySchema).max(OFFLINE_SET_MAX_COUNT),
  saved: z.array(savedVacancySchema),
  applications: z.array(applicationViewSchema),
});
export type OfflineSet = z.infer<typeof offlineSetSchema>;

export const courseListSchema = z.object({ courses: z.array(courseSchema) });
export type CourseList = z.infer<typeof courseListSchema>;

/** A saved vacancy as the coach sees it: what it is, when it closes, when it was saved. */
export const savedVacancyViewSchema = savedVacancySchema.extend({
  title: z.string(),
  employer: z.string(),
  place: z.string().nullable(),
  validThrough: isoDateSchema.nullable(),
  status: vacancyStatusSchema,
});
export type SavedVacancyView = z.infer<typeof savedVacancyViewSchema>;

/**
 * `GET /clients/{id}/vacancy-history`: the client's saved vacancies and "Mijn sollicitaties"
 * (vacancy → werkmap activity → outcome), without the offline set's hundreds of vacancies — for
 * the coach's page of the client (their caseload only) and a helper with the client's authorisation.
 */
export const vacancyHistorySchema = z.object({
  clientId: idSchema,
  saved: z.array(savedVacancyViewSchema),
  applications: z.array(applicationViewSchema),
});
export type VacancyHistory = z.infer<typeof vacancyHistorySchema>;
