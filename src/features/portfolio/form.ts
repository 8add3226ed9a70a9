import { z } from 'zod';
import { maxChars } from '#src/shared/lib/text.ts';
import { isEndBeforeStart, parsePartialDate } from '#src/shared/lib/partial-date.ts';
import { optionalWebUrlFieldSchema } from '#src/shared/lib/url.ts';
import { parseTags } from './rules.ts';
import {
  DESCRIPTION_MAX,
  STARR_PARTS,
  SUB_KINDS,
  TITLE_MAX,
  itemKindSchema,
  type Item,
  type ItemInput,
  type ItemKind,
} from './schemas.ts';

/**
 * The item form: what is typed (strings) and how it becomes an `ItemInput`. Dates are typed
 * the Dutch way and may be partial: "2021", "5-2021" or "12-5-2021".
 */

/** An ISO partial date as the person would type it ("5-2021"). */
export function partialDateText(iso: string | null): string {
  if (!iso) return '';
  const [year, month, day] = iso.split('-');
  return [day ? String(Number(day)) : null, month ? String(Number(month)) : null, year].filter(Boolean).join('-');
}

const dateText = z.string().refine((v) => parsePartialDate(v) !== undefined, { error: 'validation.portfolio.date' });

export const starrFormSchema = z.object({
  situation: z.string(),
  task: z.string(),
  action: z.string(),
  result: z.string(),
  reflection: z.string(),
});

export const itemFormSchema = z
  .object({
    kind: itemKindSchema,
    subKind: z.string(),
    title: z.string().trim().min(1, { error: 'validation.required' }).check(maxChars(TITLE_MAX, 'validation.portfolio.tooLong')),
    description: z.string().check(maxChars(DESCRIPTION_MAX, 'validation.portfolio.tooLong')),
    organisation: z.string().check(maxChars(200, 'validation.portfolio.tooLong')),
    startDate: dateText,
    endDate: dateText,
    tags: z.string().max(1000),
    link: optionalWebUrlFieldSchema,
    starr: starrFormSchema,
  })
  .superRefine((values, ctx) => {
    const start = parsePartialDate(values.startDate);
    const end = parsePartialDate(values.endDate);
    if (isEndBeforeStart(start ?? null, end ?? null)) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'validation.portfolio.endBeforeStart' });
    if (values.kind === 'reflection') {
      for (const part of STARR_PARTS) {
        const text = values.starr[part].trim();
        if (!text) ctx.addIssue({ code: 'custom', path: ['starr', part], message: 'validation.required' });
        else if (text.length > 2000) ctx.addIssue({ code: 'custom', path: ['starr', part], message: 'validation.portfolio.tooLong' });
      }
    }
    if (parseTags(values.tags).some((t) => t.length > 40)) ctx.addIssue({ code: 'custom', path: ['tags'], message: 'validation.portfolio.tagTooLong' });
    if (parseTags(values.tags).length > 20) ctx.addIssue({ code: 'custom', path: ['tags'], message: 'validation.portfolio.tooManyTags' });
  });
export type ItemFormValues = z.input<typeof itemFormSchema>;

/** Which fields a kind's form shows (title and description always). */
export function fieldsOf(kind: ItemKind) {
  return {
    subKind: kind in SUB_KINDS,
    organisation: ['experience', 'credential', 'learning', 'feedback', 'product'].includes(kind),
    dates: !['talent', 'ambition', 'motivation'].includes(kind),
    link: kind === 'product',
    starr: kind === 'reflection',
  };
}

export function emptyForm(kind: ItemKind): ItemFormValues {
  const sub = (SUB_KINDS as Partial<Record<ItemKind, readonly string[]>>)[kind];
  return {
    kind,
    subKind: sub?.[0] ?? '',
    title: '',
    description: '',
    organisation: '',
    startDate: '',
    endDate: '',
    tags: '',
    link: '',
    starr: { situation: '', task: '', action: '', result: '', reflection: '' },
  };
}

export function formOf(item: Item): ItemFormValues {
  return {
    kind: item.kind,
    subKind: item.subKind ?? '',
    title: item.title,
    description: item.description,
    organisation: item.organisation ?? '',
    startDate: partialDateText(item.startDate),
    endDate: partialDateText(item.endDate),
    tags: item.tags.join(', '),
    link: item.link ?? '',
    starr: item.starr ?? { situation: '', task: '', action: '', result: '', reflection: '' },
  };
}

/** The checked form values as the API's input; fields a kind does not show are left empty. */
export function inputOf(values: ItemFormValues): ItemInput {
  const show = fieldsOf(values.kind);
  const trimmed = (v: string) => (v.trim() === '' ? null : v.trim());
  return {
    kind: values.kind,
    subKind: show.subKind ? trimmed(values.subKind) : null,
    title: values.title.trim(),
    description: values.description.trim(),
    organisation: show.organisation ? trimmed(values.organisation) : null,
    startDate: show.dates ? (parsePartialDate(values.startDate) ?? null) : null,
    endDate: show.dates ? (parsePartialDate(values.endDate) ?? null) : null,
    tags: parseTags(values.tags),
    link: show.link ? trimmed(values.link) : null,
    starr: show.starr
      ? {
          situation: values.starr.situation.trim(),
          task: values.starr.task.trim(),
          action: values.starr.action.trim(),
          result: values.starr.result.trim(),
          reflection: values.starr.reflection.trim(),
        }
      : null,
  };
}
