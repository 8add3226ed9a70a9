import { z } from 'zod';
import { maxChars } from '#src/shared/lib/text.ts';
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
};

export type EntryFields = Pick<CvEntry, 'title' | 'organisation' | 'place' | 'startDate' | 'endDate' | 'description' | 'diploma' | 'level'>;

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
  };
}

export const entryFieldOrder = ['title', 'organisation', 'place', 'startDate', 'endDate', 'diploma', 'level', 'description'] as const;
