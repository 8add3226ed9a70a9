import { z } from 'zod';
import { maxChars } from '#src/shared/lib/text.ts';
import { optionalWebUrlFieldSchema } from '#src/shared/lib/url.ts';
import { isAllowedYear, isEndBeforeStart } from '#src/shared/lib/partial-date.ts';
import { LIMITS, languageLevelSchema, type CvEntry, type LanguageLevel } from './schemas.ts';

/** A partial date as typed: a month (optional) and a year; a day from an import is kept. */
export type PartialDateParts = { day: string; month: string; year: string };

export function partsOf(value: string | null): PartialDateParts {
  if (!value) return { day: '', month: '', year: '' };
  const [year = '', month = '', day = ''] = value.split('-');
  return { year, month: month ? String(Number(month)) : '', day };
}

export const partialDatePartsSchema = z
  .object({ day: z.string(), month: z.string(), year: z.string() })
  .transform((parts, ctx): string | null => {
    const year = parts.year.trim();
    const month = parts.month.trim();
    if (!year && !month) return null;
    if (!year) {
      ctx.addIssue({ code: 'custom', message: 'validation.cv.yearMissing' });
      return z.NEVER;
    }
    if (!/^\d{4}$/.test(year) || !isAllowedYear(Number(year))) {
      ctx.addIssue({ code: 'custom', message: 'validation.cv.year' });
      return z.NEVER;
    }
    if (!month) return year;
    const mm = month.padStart(2, '0');
    return parts.day ? `${year}-${mm}-${parts.day}` : `${year}-${mm}`;
  });

export type EntryFormValues = {
  title: string;
  organisation: string;
  place: string;
  startDate: PartialDateParts;
  endDate: PartialDateParts;
  description: string;
  diploma: '' | 'yes' | 'no';
  level: '' | LanguageLevel;
  url: string;
  studyType: string;
  fluency: string;
  /** One per line. */
  highlights: string;
  keywords: string;
  courses: string;
};

export type EntryFields = Pick<CvEntry, 'title' | 'organisation' | 'place' | 'startDate' | 'endDate' | 'description' | 'diploma' | 'level' | 'url' | 'studyType' | 'fluency' | 'highlights' | 'keywords' | 'courses' | 'draft'>;

/** A textarea with one item per line (highlights, keywords, courses). */
const linesField = (max: number) =>
  z
    .string()
    .transform((v) => v.split('\n').map((line) => line.trim()).filter(Boolean))
    .pipe(z.array(z.string().check(maxChars(max, 'validation.cv.text.tooLong'))).max(50, { error: 'validation.cv.tooMany' }));

export const entryFormSchema = z
  .object({
    title: z.string().trim().min(1, { error: 'validation.cv.title.required' }).check(maxChars(LIMITS.title, 'validation.cv.title.tooLong')),
    organisation: z.string().trim().check(maxChars(LIMITS.organisation, 'validation.cv.organisation.tooLong')),
    place: z.string().trim().check(maxChars(LIMITS.place, 'validation.cv.place.tooLong')),
    startDate: partialDatePartsSchema,
    endDate: partialDatePartsSchema,
    description: z.string().trim().check(maxChars(LIMITS.description, 'validation.cv.description.tooLong')),
    diploma: z.enum(['', 'yes', 'no']),
    level: z.union([z.literal(''), languageLevelSchema]),
    url: optionalWebUrlFieldSchema,
    studyType: z.string().trim().check(maxChars(80, 'validation.cv.text.tooLong')),
    fluency: z.string().trim().check(maxChars(80, 'validation.cv.text.tooLong')),
    highlights: linesField(300),
    keywords: linesField(80),
    courses: linesField(200),
  })
  .refine((v) => !isEndBeforeStart(v.startDate, v.endDate), {
    path: ['endDate'],
    message: 'validation.cv.endBeforeStart',
    when: (payload) => {
      const v = payload.value as { startDate?: unknown; endDate?: unknown };
      return typeof v.startDate !== 'object' && typeof v.endDate !== 'object';
    },
  })
  .transform(
    (v): EntryFields => ({
      title: v.title,
      organisation: v.organisation,
      place: v.place,
      startDate: v.startDate,
      endDate: v.endDate,
      description: v.description,
      diploma: v.diploma === '' ? null : v.diploma === 'yes',
      level: v.level === '' ? null : v.level,
      url: v.url,
      studyType: v.studyType,
      fluency: v.fluency,
      highlights: v.highlights,
      keywords: v.keywords,
      courses: v.courses,
      // saved through the form: complete, no longer a draft
      draft: false,
    }),
  );

export function toEntryFormValues(entry: CvEntry | undefined): EntryFormValues {
  return {
    title: entry?.title ?? '',
    organisation: entry?.organisation ?? '',
    place: entry?.place ?? '',
    startDate: partsOf(entry?.startDate ?? null),
    endDate: partsOf(entry?.endDate ?? null),
    description: entry?.description ?? '',
    diploma: entry?.diploma === true ? 'yes' : entry?.diploma === false ? 'no' : '',
    level: entry?.level ?? '',
    url: entry?.url ?? '',
    studyType: entry?.studyType ?? '',
    fluency: entry?.fluency ?? '',
    highlights: (entry?.highlights ?? []).join('\n'),
    keywords: (entry?.keywords ?? []).join('\n'),
    courses: (entry?.courses ?? []).join('\n'),
  };
}

export const entryFieldOrder = ['title', 'studyType', 'organisation', 'place', 'startDate', 'endDate', 'diploma', 'level', 'fluency', 'description', 'highlights', 'keywords', 'courses', 'url'] as const;
