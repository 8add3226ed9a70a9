import { z } from 'zod';
import { maxChars } from '#src/shared/lib/text.ts';
import { idSchema, isoDateSchema, isoDateTimeSchema } from '#src/shared/lib/domain.ts';
import { textOrWebUrl } from '#src/shared/lib/url.ts';
import { FILE_MAX_BYTES, fileTypeSchema, fileUploadStatusSchema } from '#src/shared/files/schemas.ts';

/**
 * The werkmap: the client's sollicitatieactiviteiten, their norm, hand-ins and the coach's
 * feedback. Messages are i18n keys (`validation.activity.*`) so the schemas are shared with
 * the mock backend. Which fields a type asks for, and whether it counts, is configuration.
 */

/** The fields an activity type can ask for (besides date, result and notes, which all have). */
export const ACTIVITY_FIELDS = ['employer', 'jobTitle', 'vacancy', 'how', 'contact', 'eventTitle'] as const;
export const activityFieldSchema = z.enum(ACTIVITY_FIELDS);
export type ActivityField = z.infer<typeof activityFieldSchema>;

export const activityTypeSchema = z.object({
  id: z.string().regex(/^[a-z][A-Za-z]{1,39}$/),
  /** Dutch name, used when a translation is missing (types are data, the UI has keys per known id). */
  label: z.string().min(1),
  /** Counts for the sollicitatieplicht. */
  counts: z.boolean(),
  fields: z.array(activityFieldSchema),
  required: z.array(activityFieldSchema),
});
export type ActivityType = z.infer<typeof activityTypeSchema>;

export const normSettingsSchema = z.object({
  /** Activities per period. 0: no sollicitatieplicht (e.g. an ontheffing for good). */
  count: z.number().int().min(0).max(50),
  periodDays: z.number().int().min(7).max(91),
});

/** Served by the API, so a municipality changes types, what counts and the default norm without a release. */
export const workFolderConfigSchema = z.object({
  version: z.number().int().positive(),
  defaultNorm: normSettingsSchema,
  /** Same employer and function within this many days: probably the same application. */
  duplicateWindowDays: z.number().int().min(0).max(365),
  /** Holiday days per calendar year without sollicitatieplicht (UWV: 20). */
  holidayDaysPerYear: z.number().int().min(0).max(60),
  types: z.array(activityTypeSchema).min(1),
});
export type WorkFolderConfig = z.infer<typeof workFolderConfigSchema>;

export const HOW_OPTIONS = ['website', 'email', 'letter', 'form', 'phone', 'visit', 'other'] as const;
export const howSchema = z.enum(['', ...HOW_OPTIONS]);

/** The result timeline, in the order it usually happens; the last four end it. */
export const RESULT_STATUSES = ['sent', 'invited', 'interview', 'rejected', 'hired', 'noResponse', 'withdrawn'] as const;
export const FINAL_RESULTS: readonly ResultStatus[] = ['rejected', 'hired', 'noResponse', 'withdrawn'];
export const resultStatusSchema = z.enum(RESULT_STATUSES);
export type ResultStatus = z.infer<typeof resultStatusSchema>;
export const resultStepSchema = z.object({ status: resultStatusSchema, date: isoDateSchema });
export type ResultStep = z.infer<typeof resultStepSchema>;

const text = (max: number, key: string) => z.string().trim().check(maxChars(max, `validation.activity.${key}.tooLong`));

/** What the client writes (create or edit). Required fields per type are checked by `activityFieldErrors`. */
export const activityInputSchema = z.object({
  typeId: z.string().regex(/^[a-z][A-Za-z]{1,39}$/, { error: 'validation.activity.typeId.required' }),
  date: isoDateSchema,
  employer: text(120, 'employer'),
  jobTitle: text(120, 'jobTitle'),
  /** A link (only a web address: https or http) or the vacancy's number. */
  vacancy: textOrWebUrl(text(500, 'vacancy')),
  how: howSchema,
  contactName: text(100, 'contactName'),
  contactDetail: text(120, 'contactDetail'),
  eventTitle: text(160, 'eventTitle'),
  notes: text(2000, 'notes'),
  results: z.array(resultStepSchema).max(12),
  /** Needed only to change an activity that was handed in. */
  correctionReason: text(500, 'correctionReason').optional(),
});
export type ActivityInput = z.infer<typeof activityInputSchema>;
export type ActivityContent = Omit<ActivityInput, 'correctionReason'>;
/** An activity's details, all empty: an activity is its type and date on top of these. */
export const emptyActivityParts: Omit<ActivityInput, 'typeId' | 'date' | 'correctionReason'> = {
  employer: '',
  jobTitle: '',
  vacancy: '',
  how: '',
  contactName: '',
  contactDetail: '',
  eventTitle: '',
  notes: '',
  results: [],
};
export const activityContentSchema = activityInputSchema.omit({ correctionReason: true });
/**
 * An activity's content as the server returns it: the vacancy as stored (a server on an older
 * contract may have accepted any text there), so one old value never hides the whole werkmap.
 * A screen makes it a link only through `safeWebUrl`.
 */
const storedContentSchema = activityContentSchema.extend({ vacancy: z.string().max(500) });

export const personRefSchema = z.object({ id: idSchema, name: z.string() });

export const FEEDBACK_VERDICTS = ['approved', 'question', 'rejected'] as const;
export const feedbackInputSchema = z
  .object({
    verdict: z.enum(FEEDBACK_VERDICTS, { error: 'validation.feedback.verdict.required' }),
    comment: z.string().trim().check(maxChars(1000, 'validation.feedback.comment.tooLong')),
  })
  .refine((v) => v.verdict === 'approved' || v.comment.length > 0, {
    path: ['comment'],
    message: 'validation.feedback.comment.required',
    // also when the verdict is missing (the form shows both errors), but only on an object whose
    // comment passed: `{}`, a bare string or a comment of another type must not reach `v.comment.length`
    when: ({ value, issues }) =>
      typeof value === 'object' &&
      value !== null &&
      typeof (value as { comment?: unknown }).comment === 'string' &&
      !issues.some((issue) => issue.path?.[0] === 'comment'),
  });
export type FeedbackInput = z.infer<typeof feedbackInputSchema>;

export const feedbackSchema = z.object({
  id: idSchema,
  verdict: z.enum(FEEDBACK_VERDICTS),
  comment: z.string(),
  at: isoDateTimeSchema,
  by: personRefSchema,
  /** On which version of the activity it was given. */
  activityVersion: z.number().int().positive(),
  /** When the client first opened it (on any device); absent or null: new for the client. */
  seenAt: isoDateTimeSchema.nullable().optional(),
});
export type Feedback = z.infer<typeof feedbackSchema>;

/** The client opened an activity: these feedback items are read. Idempotent (already read stays as it was). */
export const feedbackSeenInputSchema = z.object({ feedbackIds: z.array(idSchema).min(1).max(100) });
export type FeedbackSeenInput = z.infer<typeof feedbackSeenInputSchema>;

export const activityHistoryEntrySchema = z.object({
  /** The version this entry replaced. */
  version: z.number().int().positive(),
  changedAt: isoDateTimeSchema,
  changedBy: personRefSchema,
  /** Why a handed-in activity was corrected; null for changes before handing in. */
  reason: z.string().nullable(),
  previous: storedContentSchema,
});

export const proofSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(200),
  type: fileTypeSchema,
  size: z.number().int().positive().max(FILE_MAX_BYTES),
  uploadedAt: isoDateTimeSchema,
  uploadedBy: personRefSchema,
});
export type Proof = z.infer<typeof proofSchema>;

/** Which chunks the server has; `proof` once all arrived and the file was put on the activity. */
export const proofUploadStatusSchema = fileUploadStatusSchema.extend({ proof: proofSchema.nullable() });
export type ProofUploadStatus = z.infer<typeof proofUploadStatusSchema>;

export const activitySchema = storedContentSchema.extend({
  id: idSchema,
  clientId: idSchema,
  version: z.number().int().positive(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  createdBy: personRefSchema,
  /** Set when the activity was handed in: it is locked from then on. */
  handedIn: z.object({ submissionId: idSchema, at: isoDateTimeSchema }).nullable(),
  history: z.array(activityHistoryEntrySchema),
  feedback: z.array(feedbackSchema),
  proofs: z.array(proofSchema),
});
export type Activity = z.infer<typeof activitySchema>;

export const freePeriodSchema = z.object({
  start: isoDateSchema,
  end: isoDateSchema,
  /** An agreed holiday, or an ontheffing (training, care, illness ...). */
  kind: z.enum(['holiday', 'exemption']),
});
export type FreePeriod = z.infer<typeof freePeriodSchema>;

/** The client's own norm, set by the coach (the configuration's default until then). */
export const normSchema = normSettingsSchema.extend({
  /** The first day of the first period (the aanvraag). */
  start: isoDateSchema,
  freePeriods: z.array(freePeriodSchema),
  setBy: personRefSchema.nullable(),
});
export type Norm = z.infer<typeof normSchema>;
export const normInputSchema = normSchema.omit({ setBy: true });
export type NormInput = z.infer<typeof normInputSchema>;

export const submissionInputSchema = z
  .object({
    periodStart: isoDateSchema,
    periodEnd: isoDateSchema,
    /**
     * The activities the client saw and hands in (also those still on the device, sent first).
     * The server locks exactly these; without it (older apps), every open one in the period.
     */
    activityIds: z.array(idSchema).min(1).max(2000).optional(),
  })
  .refine((v) => v.periodStart <= v.periodEnd, { path: ['periodEnd'], message: 'validation.submission.period.invalid' });
export type SubmissionInput = z.infer<typeof submissionInputSchema>;

export const submissionSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  periodStart: isoDateSchema,
  periodEnd: isoDateSchema,
  activityIds: z.array(idSchema),
  handedInAt: isoDateTimeSchema,
  handedInBy: personRefSchema,
});
export type Submission = z.infer<typeof submissionSchema>;

/** One read for the client's werkmap screens: norm, activities (newest first) and hand-ins. */
export const workFolderSchema = z.object({
  clientId: idSchema,
  clientName: z.string(),
  norm: normSchema,
  activities: z.array(activitySchema),
  submissions: z.array(submissionSchema),
});
export type WorkFolder = z.infer<typeof workFolderSchema>;
