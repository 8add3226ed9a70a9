import { z } from 'zod';
import { maxChars } from '#src/shared/lib/text.ts';
import { idSchema, isoDateSchema, isoDateTimeSchema, serviceLineSchema } from '#src/shared/lib/domain.ts';
import { answerSchema, definitionIdSchema, dimensionSchema } from '../definition/schemas.ts';
import { personRefSchema } from '../schemas.ts';

/**
 * Tuning the entreevragenlijst (issue 21, the functioneel beheerder): the numbers of the scoring
 * and the decision table as a form can edit them — the dimensions' bands, the points each scoring
 * rule adds, and per decision row its outcome and the numbers its condition compares with, in
 * the table's order. `rules.ts` maps a definition to this and back. Messages are i18n keys of
 * the `intake` namespace (`validation.tuning.…`).
 */

const whole = (error: string, min: number, max: number) =>
  z.number({ error }).int({ error }).min(min, { error }).max(max, { error });

export const WEIGHT_LIMIT = 10;
export const THRESHOLD_LIMIT = 100;

export const dimensionBandSchema = z
  .object({
    id: dimensionSchema,
    lowBelow: whole('validation.tuning.bandNumber', -THRESHOLD_LIMIT, THRESHOLD_LIMIT),
    highFrom: whole('validation.tuning.bandNumber', -THRESHOLD_LIMIT, THRESHOLD_LIMIT),
  })
  .refine((band) => band.lowBelow <= band.highFrom, { path: ['highFrom'], error: 'validation.tuning.bandOrder' });

export const weightSchema = z.object({
  ruleId: definitionIdSchema,
  add: z.partialRecord(dimensionSchema, whole('validation.tuning.weight', -WEIGHT_LIMIT, WEIGHT_LIMIT)),
});
export type Weight = z.infer<typeof weightSchema>;

const rungField = whole('validation.tuning.rung', 1, 6);
const lineField = serviceLineSchema.or(z.literal('')).refine((v) => v !== '', { error: 'validation.tuning.serviceLine' }).pipe(serviceLineSchema);

export const decisionRowSchema = z.object({
  ruleId: definitionIdSchema,
  serviceLine: lineField,
  rung: rungField,
  /** The numbers of the row's condition, in the order they appear in it (see `thresholdLeaves`). */
  thresholds: z.array(whole('validation.tuning.threshold', -THRESHOLD_LIMIT, THRESHOLD_LIMIT)).max(20),
});
export type DecisionRow = z.infer<typeof decisionRowSchema>;

export const ruleTuningSchema = z.object({
  dimensions: z.array(dimensionBandSchema).length(3),
  weights: z.array(weightSchema).max(200),
  /** In the table's order: the first row that matches wins. */
  decision: z.array(decisionRowSchema).min(1).max(50),
  otherwise: z.object({ serviceLine: lineField, rung: rungField }),
});
export type RuleTuning = z.infer<typeof ruleTuningSchema>;
export type RuleTuningInput = z.input<typeof ruleTuningSchema>;

/** `PUT /intake/rule-versions/{id}`: a draft made on the published version `basedOn`. */
export const ruleDraftInputSchema = z.object({
  basedOn: z.number().int().positive(),
  tuning: ruleTuningSchema,
});
export type RuleDraftInput = z.infer<typeof ruleDraftInputSchema>;

export const ruleDraftSchema = ruleDraftInputSchema.extend({
  id: idSchema,
  createdBy: personRefSchema,
  updatedAt: isoDateTimeSchema,
  version: z.number().int().positive(),
});
export type RuleDraft = z.infer<typeof ruleDraftSchema>;

/** One published version of the rules: who, when and why (`rollbackOf`: the version published again). */
export const publishedVersionSchema = z.object({
  id: idSchema,
  definitionVersion: z.number().int().positive(),
  publishedAt: isoDateTimeSchema,
  /** null for the first version (published with the app). */
  publishedBy: personRefSchema.nullable(),
  reason: z.string().nullable(),
  rollbackOf: z.number().int().positive().nullable(),
});
export type PublishedVersion = z.infer<typeof publishedVersionSchema>;

/** `GET /intake/rule-versions`: the log (newest first) and the drafts. */
export const ruleVersionListSchema = z.object({
  current: z.number().int().positive(),
  published: z.array(publishedVersionSchema),
  drafts: z.array(ruleDraftSchema.omit({ tuning: true })),
});
export type RuleVersionList = z.infer<typeof ruleVersionListSchema>;

export const REASON_MAX = 1000;

/** `POST /intake/rule-versions/{id}/publish`: a draft, or an earlier version again (a rollback). */
export const publishInputSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, { error: 'validation.tuning.reasonRequired' })
    .check(maxChars(REASON_MAX, 'validation.tuning.reasonTooLong')),
});
export type PublishInput = z.infer<typeof publishInputSchema>;

/** `POST /intake/rule-versions/{id}/backtest`: the submissions handed in from … to (inclusive). */
export const backtestInputSchema = z
  .object({ from: isoDateSchema, to: isoDateSchema })
  .refine((period) => period.from <= period.to, { path: ['to'], error: 'validation.tuning.periodOrder' });
export type BacktestInput = z.infer<typeof backtestInputSchema>;

const count = z.number().int().nonnegative();
/** Rows: the coach's decision; columns: the proposal. */
export const lineTableSchema = z.record(serviceLineSchema, z.record(serviceLineSchema, count));
export type LineTable = z.infer<typeof lineTableSchema>;

export const agreementSchema = z.object({
  agreed: count,
  decided: count,
  /** Per line the coach chose: how often the proposal was the same. */
  perLine: z.record(serviceLineSchema, z.object({ agreed: count, decided: count })),
});
export type Agreement = z.infer<typeof agreementSchema>;

const outcomeSchema = z.object({ serviceLine: serviceLineSchema, rung: z.number().int().min(1).max(6) });

/** A changed case without anything that identifies the client: a pseudonym made for this backtest only. */
export const changedCaseSchema = z.object({
  pseudonym: z.string().regex(/^[A-Z0-9-]{4,12}$/),
  before: outcomeSchema,
  after: outcomeSchema,
  decided: serviceLineSchema.nullable(),
  /** Only answers to choice, scale and number questions whose rules drove the change (never free text or dates). */
  answers: z.array(z.object({ questionId: definitionIdSchema, answer: answerSchema })),
});
export type ChangedCase = z.infer<typeof changedCaseSchema>;

export const backtestResultSchema = z.object({
  from: isoDateSchema,
  to: isoDateSchema,
  submissions: count,
  changed: count,
  before: z.object({ agreement: agreementSchema, table: lineTableSchema }),
  after: z.object({ agreement: agreementSchema, table: lineTableSchema }),
  cases: z.array(changedCaseSchema),
});
export type BacktestResult = z.infer<typeof backtestResultSchema>;
