import { z } from 'zod';
import { maxChars } from '#src/shared/lib/text.ts';
import { datePartsSchema, isoToParts, todayIso, type DateParts } from '#src/shared/lib/dates.ts';
import { pruneToType, typeOf } from './rules.ts';
import type {
  howSchema} from './schemas.ts';
import {
  activityInputSchema,
  resultStatusSchema,
  type Activity,
  type ActivityInput,
  type ResultStep,
  type WorkFolderConfig,
} from './schemas.ts';

/** What the activity form holds: the input as typed (the date as three parts), so nothing typed is lost. */
export type ActivityFormValues = {
  typeId: string;
  date: DateParts;
  employer: string;
  jobTitle: string;
  vacancy: string;
  how: z.infer<typeof howSchema>;
  contactName: string;
  contactDetail: string;
  eventTitle: string;
  notes: string;
  /** The result so far (only asked for a new activity; later steps are added on the detail page). */
  result: '' | z.infer<typeof resultStatusSchema>;
  correctionReason: string;
};

/** Field order on the page, for the error summary. */
export const activityFieldOrder = [
  'typeId',
  'date',
  'employer',
  'jobTitle',
  'vacancy',
  'how',
  'contactName',
  'contactDetail',
  'eventTitle',
  'result',
  'notes',
  'correctionReason',
] as const satisfies readonly (keyof ActivityFormValues)[];

const fields = activityInputSchema.shape;
const REQUIRABLE = [
  ['employer', 'employer'],
  ['jobTitle', 'jobTitle'],
  ['how', 'how'],
  ['contact', 'contactName'],
  ['eventTitle', 'eventTitle'],
] as const;

/**
 * The form's schema: field checks plus the type's required fields from the configuration.
 * `when`: the cross-field checks run even when another field is wrong, so every problem shows at once.
 */
export function activityFormSchema(config: WorkFolderConfig, options: { locked: boolean; results: ResultStep[] }) {
  let schema = z.object({
    typeId: z.string().min(1, { error: 'validation.activity.typeId.required' }),
    date: datePartsSchema({ notInFuture: true, required: true }),
    employer: fields.employer,
    jobTitle: fields.jobTitle,
    vacancy: fields.vacancy,
    how: fields.how,
    contactName: fields.contactName,
    contactDetail: fields.contactDetail,
    eventTitle: fields.eventTitle,
    notes: fields.notes,
    result: z.union([z.literal(''), resultStatusSchema]),
    correctionReason: z.string().trim().check(maxChars(500, 'validation.activity.correctionReason.tooLong')),
  });
  for (const [field, input] of REQUIRABLE) {
    schema = schema.refine((v) => !typeOf(config, v.typeId)?.required.includes(field) || String(v[input]).trim() !== '', {
      path: [input],
      message: `validation.activity.${input}.required`,
      when: () => true,
    }) as unknown as typeof schema;
  }
  if (options.locked) {
    schema = schema.refine((v) => v.correctionReason.trim() !== '', {
      path: ['correctionReason'],
      message: 'validation.activity.correctionReason.required',
      when: () => true,
    }) as unknown as typeof schema;
  }
  return schema.transform((v): ActivityInput => {
    const date = v.date ?? todayIso();
    const results = options.results.length > 0 ? options.results : v.result ? [{ status: v.result, date }] : [];
    const content = pruneToType(
      {
        typeId: v.typeId,
        date,
        employer: v.employer,
        jobTitle: v.jobTitle,
        vacancy: v.vacancy,
        how: v.how,
        contactName: v.contactName,
        contactDetail: v.contactDetail,
        eventTitle: v.eventTitle,
        notes: v.notes,
        results,
      },
      typeOf(config, v.typeId),
    );
    return options.locked ? { ...content, correctionReason: v.correctionReason } : content;
  });
}

export function toFormValues(activity: Partial<Activity> | undefined, defaults: { typeId?: string } = {}): ActivityFormValues {
  return {
    typeId: activity?.typeId ?? defaults.typeId ?? '',
    date: isoToParts(activity?.date ?? todayIso()),
    employer: activity?.employer ?? '',
    jobTitle: activity?.jobTitle ?? '',
    vacancy: activity?.vacancy ?? '',
    how: activity?.how ?? '',
    contactName: activity?.contactName ?? '',
    contactDetail: activity?.contactDetail ?? '',
    eventTitle: activity?.eventTitle ?? '',
    notes: activity?.notes ?? '',
    // no preset: the person says what happened (the server keeps an activity without a result too)
    result: '',
    correctionReason: '',
  };
}

/** Recent employers and functions for suggestions (newest first, each once). */
export function recentValues(activities: readonly Pick<Activity, 'employer' | 'jobTitle'>[], limit = 30) {
  const employers = new Map<string, string>();
  const jobTitles = new Map<string, string>();
  for (const a of activities) {
    if (a.employer && employers.size < limit && !employers.has(a.employer.toLowerCase())) employers.set(a.employer.toLowerCase(), a.employer);
    if (a.jobTitle && jobTitles.size < limit && !jobTitles.has(a.jobTitle.toLowerCase())) jobTitles.set(a.jobTitle.toLowerCase(), a.jobTitle);
  }
  return { employers: [...employers.values()], jobTitles: [...jobTitles.values()] };
}
