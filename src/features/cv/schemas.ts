import { z } from 'zod';
import { maxChars } from '#src/shared/lib/text.ts';
import { idSchema, isoDateSchema, isoDateTimeSchema } from '#src/shared/lib/domain.ts';
import { comparePartialDates, isEndBeforeStart, partialDateSchema as partialDate } from '#src/shared/lib/partial-date.ts';
import { WEB_URL_MAX, optionalWebUrlFieldSchema } from '#src/shared/lib/url.ts';

/**
 * The CV: one master profile per client ("Mijn gegevens voor je cv") and many CVs, each of which
 * picks, orders and tailors entries of the profile. Messages are i18n keys (shared with the mock).
 * There is no BSN anywhere; date of birth and photo are optional and off by default.
 */

/** A date that may be partial: a year, a month and year, or a whole day (as JSON Resume); the portfolio's rule. */
export const partialDateSchema = partialDate('validation.cv.partialDate');

/** In the order a CV shows them. */
export const sectionKeys = ['work', 'volunteer', 'education', 'course', 'award', 'project', 'publication', 'skill', 'language', 'interest', 'reference', 'custom'] as const;
export const sectionKeySchema = z.enum(sectionKeys);
export type SectionKey = z.infer<typeof sectionKeySchema>;

/** CEFR levels plus mother tongue. */
export const languageLevels = ['native', 'C2', 'C1', 'B2', 'B1', 'A2', 'A1'] as const;
export const languageLevelSchema = z.enum(languageLevels);
export type LanguageLevel = z.infer<typeof languageLevelSchema>;

/** EU driving licence categories. */
export const drivingLicences = ['AM', 'A1', 'A2', 'A', 'B', 'BE', 'C1', 'C1E', 'C', 'CE', 'D1', 'D1E', 'D', 'DE', 'T'] as const;
export const drivingLicenceSchema = z.enum(drivingLicences);

export const LIMITS = { title: 120, organisation: 120, place: 80, description: 1000, profileText: 600, entries: 200, customSections: 10, photo: 400_000 } as const;

const text = (max: number, key: string) => z.string().trim().check(maxChars(max, `validation.cv.${key}.tooLong`));

/** A list of short texts (highlights, keywords, courses): one line each. */
const lines = (max: number) => z.array(text(max, 'text')).max(50, { error: 'validation.cv.tooMany' });

/**
 * What a JSON Resume file held that the app does not show (a score, a project's roles, fields of
 * other tools): kept as it came and written back on export (schema 2 of the master profile).
 */
export const keptFieldsSchema = z.record(z.string().max(100), z.unknown());
export type KeptFields = z.infer<typeof keptFieldsSchema>;
/** The master profile's kept parts outside the entries: `root` (top level, `meta`), `basics`, `location`. */
export const profileKeptSchema = z.partialRecord(z.enum(['root', 'basics', 'location']), keptFieldsSchema);
export type ProfileKept = z.infer<typeof profileKeptSchema>;

/** One entry of any section; fields a section does not use stay empty. */
export const cvEntrySchema = z
  .object({
    id: idSchema,
    section: sectionKeySchema,
    /** Required, except in a draft (an imported entry that lacked it: "Vul dit aan"). */
    title: z.string().trim().check(maxChars(LIMITS.title, 'validation.cv.title.tooLong')),
    organisation: text(LIMITS.organisation, 'organisation'),
    place: text(LIMITS.place, 'place'),
    startDate: partialDateSchema.nullable(),
    endDate: partialDateSchema.nullable(),
    description: text(LIMITS.description, 'description'),
    /** Education: diploma obtained (null: not said). */
    diploma: z.boolean().nullable(),
    /** Languages: the level. */
    level: languageLevelSchema.nullable(),
    /** Custom entries: the section they belong to. */
    customSectionId: idSchema.nullable(),
    /** Made from a portfolio item (nothing typed twice). */
    sourcePortfolioItemId: z.string().min(1).max(100).nullable(),
    // schema 2 (JSON Resume without losing a word); defaults for profiles saved before
    /** A web address (an employer's, a project's, a publication's). */
    url: optionalWebUrlFieldSchema.default(''),
    /** Work, volunteer work and projects: the highlights, one per line. */
    highlights: lines(300).default([]),
    /** Skills, interests and projects: keywords. */
    keywords: lines(80).default([]),
    /** Education: the kind of study (Bachelor, MBO 4), apart from the field (`title`). */
    studyType: text(80, 'text').default(''),
    /** Education: courses taken. */
    courses: lines(200).default([]),
    /** Languages: the level as the person wrote it ("Native speaker"), shown next to the CEFR level. */
    fluency: text(80, 'text').default(''),
    /** Imported without a required field: shown as "Vul dit aan" until completed. */
    draft: z.boolean().default(false),
    kept: keptFieldsSchema.default({}),
  })
  .refine((e) => e.draft || e.title !== '', { path: ['title'], message: 'validation.cv.title.required' })
  .refine((e) => !isEndBeforeStart(e.startDate, e.endDate), {
    path: ['endDate'],
    message: 'validation.cv.endBeforeStart',
  })
  .refine((e) => e.section !== 'custom' || e.customSectionId !== null, { path: ['customSectionId'], message: 'validation.required' });
export type CvEntry = z.infer<typeof cvEntrySchema>;

export const customSectionSchema = z.object({
  id: idSchema,
  title: z.string().trim().min(1, { error: 'validation.cv.title.required' }).check(maxChars(60, 'validation.cv.title.tooLong')),
});
export type CustomSection = z.infer<typeof customSectionSchema>;

const phoneSchema = z
  .string()
  .trim()
  .max(20, { error: 'validation.phone.invalid' })
  .regex(/^$|^(\+|00)?[0-9 ()-]{8,20}$/, { error: 'validation.phone.invalid' });

export const profileLinkSchema = z.object({
  network: text(40, 'text'),
  username: text(100, 'text'),
  url: optionalWebUrlFieldSchema,
  kept: keptFieldsSchema.default({}),
});
export type ProfileLink = z.infer<typeof profileLinkSchema>;

export const personaliaSchema = z.object({
  name: z.string().trim().min(1, { error: 'validation.cv.name.required' }).check(maxChars(80, 'validation.cv.name.tooLong')),
  town: text(80, 'place'),
  phone: phoneSchema,
  email: z.union([z.literal(''), z.email({ error: 'validation.email.invalid' })]),
  /** Optional, and off by default: it invites age discrimination. */
  dateOfBirth: isoDateSchema.nullable(),
  showDateOfBirth: z.boolean(),
  /** A small JPEG as a data URL, optional and off by default (a photo invites bias). */
  photo: z
    .string()
    .max(LIMITS.photo, { error: 'validation.cv.photo.tooBig' })
    .regex(/^data:image\/(jpeg|png);base64,[A-Za-z0-9+/=]+$/, { error: 'validation.cv.photo.invalid' })
    .nullable(),
  showPhoto: z.boolean(),
  drivingLicences: z.array(drivingLicenceSchema).max(drivingLicences.length),
  // schema 2
  /** A headline under the name ("Kok", "Programmer"). */
  label: text(120, 'text').default(''),
  website: optionalWebUrlFieldSchema.default(''),
  /** A photo given as a web address (JSON Resume's `image`): kept, not shown (not fetched). */
  imageUrl: text(WEB_URL_MAX, 'text').default(''),
  address: text(200, 'text').default(''),
  postalCode: text(20, 'text').default(''),
  region: text(80, 'text').default(''),
  /** ISO 3166-1 alpha-2 ("NL", "US"), or empty. */
  countryCode: z
    .string()
    .trim()
    .regex(/^$|^[A-Za-z]{2}$/, { error: 'validation.cv.countryCode' })
    .default(''),
  /** LinkedIn and the like. */
  profiles: z.array(profileLinkSchema).max(20, { error: 'validation.cv.tooMany' }).default([]),
});
export type Personalia = z.infer<typeof personaliaSchema>;

/** The personalia fields of schema 2, empty (for seeds and tests written before them). */
export const personaliaDefaults = {
  label: '',
  website: '',
  imageUrl: '',
  address: '',
  postalCode: '',
  region: '',
  countryCode: '',
  profiles: [],
} satisfies Partial<Personalia>;

export const cvProfileInputSchema = z
  .object({
    personalia: personaliaSchema,
    profileText: text(LIMITS.profileText, 'profileText'),
    entries: z.array(cvEntrySchema).max(LIMITS.entries),
    customSections: z.array(customSectionSchema).max(LIMITS.customSections),
    kept: profileKeptSchema.default({}),
  })
  .refine((p) => new Set(p.entries.map((e) => e.id)).size === p.entries.length, { path: ['entries'], message: 'validation.cv.duplicateId' })
  .refine((p) => p.entries.every((e) => e.customSectionId === null || p.customSections.some((s) => s.id === e.customSectionId)), {
    path: ['entries'],
    message: 'validation.cv.unknownSection',
  });
export type CvProfileInput = z.infer<typeof cvProfileInputSchema>;

export const cvProfileSchema = z.object({
  clientId: idSchema,
  personalia: personaliaSchema,
  profileText: z.string(),
  entries: z.array(cvEntrySchema),
  customSections: z.array(customSectionSchema),
  kept: profileKeptSchema.default({}),
  /** 0 until the first save. */
  version: z.number().int().nonnegative(),
  updatedAt: isoDateTimeSchema.nullable(),
});
export type CvProfile = z.infer<typeof cvProfileSchema>;

export const templateIds = ['klassiek', 'modern'] as const;
export const templateIdSchema = z.enum(templateIds);
export type TemplateId = z.infer<typeof templateIdSchema>;
export const cvLanguageSchema = z.enum(['nl', 'en']);
export type CvLanguage = z.infer<typeof cvLanguageSchema>;

/** One chosen entry of the profile, in the CV's order, with text tailored for this CV. */
export const cvItemSchema = z.object({
  entryId: idSchema,
  text: text(LIMITS.description, 'description').nullable(),
});
export type CvItem = z.infer<typeof cvItemSchema>;

export const cvInputSchema = z.object({
  title: z.string().trim().min(1, { error: 'validation.cv.cvTitle.required' }).check(maxChars(80, 'validation.cv.cvTitle.tooLong')),
  templateId: templateIdSchema,
  language: cvLanguageSchema,
  sharedWithCoach: z.boolean(),
  /** The profile text for this CV (null: the master profile's). */
  profileText: text(LIMITS.profileText, 'profileText').nullable(),
  items: z
    .array(cvItemSchema)
    .max(LIMITS.entries)
    .refine((items) => new Set(items.map((i) => i.entryId)).size === items.length, { error: 'validation.cv.duplicateId' }),
});
export type CvInput = z.infer<typeof cvInputSchema>;

export const cvSchema = cvInputSchema.extend({
  id: idSchema,
  clientId: idSchema,
  version: z.number().int().positive(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Cv = z.infer<typeof cvSchema>;

export const cvListSchema = z.object({ cvs: z.array(cvSchema) });

/** A CV as it is shown: personalia as chosen, and only the picked entries with their tailored text. */
export const resolvedCvSchema = z.object({
  cvId: idSchema,
  title: z.string(),
  templateId: templateIdSchema,
  language: cvLanguageSchema,
  personalia: personaliaSchema,
  profileText: z.string(),
  entries: z.array(cvEntrySchema),
  customSections: z.array(customSectionSchema),
  updatedAt: isoDateTimeSchema,
});
export type ResolvedCv = z.infer<typeof resolvedCvSchema>;

/** What a coach may see: the CVs the client shared, resolved (nothing of the rest of the profile). */
export const sharedCvsSchema = z.object({ clientName: z.string(), cvs: z.array(resolvedCvSchema) });
export type SharedCvs = z.infer<typeof sharedCvsSchema>;

/** The portfolio's items as the CV reads them (contract of GET /api/portfolio/items; extra fields stripped). */
export const portfolioItemKinds = ['talent', 'ambition', 'motivation', 'knowledge', 'experience', 'credential', 'product', 'learning', 'reflection', 'feedback'] as const;
export const portfolioItemSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(portfolioItemKinds),
  title: z.string(),
  description: z.string(),
  organisation: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  tags: z.array(z.string()),
});
export type PortfolioItem = z.infer<typeof portfolioItemSchema>;
export const portfolioItemsSchema = z.object({ items: z.array(portfolioItemSchema) });

/** Sort key: an entry that still runs (start but no end) is newest; then by end, then by start. */
function recency(entry: Pick<CvEntry, 'startDate' | 'endDate'>): string {
  if (entry.startDate && !entry.endDate) return '9999';
  return entry.endDate ?? entry.startDate ?? '';
}

/** Newest first; entries without dates keep their order after the dated ones. Stable. */
export function sortNewestFirst<T extends Pick<CvEntry, 'startDate' | 'endDate'>>(entries: readonly T[]): T[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((x, y) => {
      const a = recency(x.entry);
      const b = recency(y.entry);
      if (a !== b) {
        if (!a) return 1;
        if (!b) return -1;
        return comparePartialDates(b, a);
      }
      const s = comparePartialDates(y.entry.startDate ?? '', x.entry.startDate ?? '');
      return s !== 0 ? s : x.index - y.index;
    })
    .map((x) => x.entry);
}

/** An empty entry of a section. */
export function blankEntry(id: string, section: SectionKey, customSectionId: string | null = null): CvEntry {
  return {
    id,
    section,
    title: '',
    organisation: '',
    place: '',
    startDate: null,
    endDate: null,
    description: '',
    diploma: null,
    level: null,
    customSectionId,
    sourcePortfolioItemId: null,
    url: '',
    highlights: [],
    keywords: [],
    studyType: '',
    courses: [],
    fluency: '',
    draft: false,
    kept: {},
  };
}

/** Resolves a CV against the profile: the chosen entries, in the CV's order, with tailored text. */
export function resolveCv(profile: Pick<CvProfile, 'personalia' | 'profileText' | 'entries' | 'customSections'>, cv: Cv): ResolvedCv {
  const byId = new Map(profile.entries.map((e) => [e.id, e]));
  const entries: CvEntry[] = [];
  for (const item of cv.items) {
    const entry = byId.get(item.entryId);
    if (entry) entries.push(item.text ? { ...entry, description: item.text } : entry);
  }
  const usedSections = new Set(entries.map((e) => e.customSectionId));
  const { personalia } = profile;
  return {
    cvId: cv.id,
    title: cv.title,
    templateId: cv.templateId,
    language: cv.language,
    personalia: {
      ...personalia,
      dateOfBirth: personalia.showDateOfBirth ? personalia.dateOfBirth : null,
      photo: personalia.showPhoto ? personalia.photo : null,
    },
    profileText: cv.profileText ?? profile.profileText,
    entries,
    customSections: profile.customSections.filter((s) => usedSections.has(s.id)),
    updatedAt: cv.updatedAt,
  };
}
