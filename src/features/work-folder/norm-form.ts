import { z } from 'zod';
import { datePartsSchema, isoToParts, type DateParts } from '#src/shared/lib/dates.ts';
import type { FreePeriod, Norm, NormInput } from './schemas.ts';

/** The norm form as typed (numbers as text, dates as three parts), so nothing typed is lost. */
export type NormFormValues = {
  count: string;
  periodDays: string;
  start: DateParts;
  freePeriods: { kind: '' | FreePeriod['kind']; start: DateParts; end: DateParts }[];
};

const wholeNumber = (min: number, max: number, key: string) =>
  z
    .string()
    .trim()
    .refine((v) => /^\d{1,3}$/.test(v) && Number(v) >= min && Number(v) <= max, { error: `validation.norm.${key}` })
    .transform(Number);

const requiredDate = datePartsSchema({ required: true }).transform((v) => v ?? '');

/** Field checks; the server also refuses more holiday days per year than the configuration allows. */
export const normFormSchema = z.object({
  count: wholeNumber(0, 50, 'count'),
  periodDays: wholeNumber(7, 91, 'periodDays'),
  start: requiredDate,
  freePeriods: z.array(
    z
      .object({
        kind: z
          .enum(['', 'holiday', 'exemption'])
          .refine((v) => v !== '', { error: 'validation.norm.freePeriod.kind' })
          .transform((v) => v as FreePeriod['kind']),
        start: requiredDate,
        end: requiredDate,
      })
      .refine((p) => !p.start || !p.end || p.end >= p.start, { path: ['end'], message: 'validation.norm.freePeriod.endBeforeStart' }),
  ),
}) satisfies z.ZodType<NormInput, NormFormValues>;

export function toNormFormValues(norm: NormInput | Norm): NormFormValues {
  return {
    count: String(norm.count),
    periodDays: String(norm.periodDays),
    start: isoToParts(norm.start),
    freePeriods: norm.freePeriods.map((p) => ({ kind: p.kind, start: isoToParts(p.start), end: isoToParts(p.end) })),
  };
}
