import { z } from 'zod';
import { isoDateSchema, serviceLineSchema } from '#src/shared/lib/domain.ts';

/**
 * The entreevragenlijst as data: a versioned definition a municipality can change without code
 * (the way Open Formulieren keeps form logic as data). Question texts are data in Dutch and
 * the app's six languages (nl is the source, B1); the app's own words (buttons, messages) are i18n keys.
 *
 * - sections hold questions; both can have a `showIf` condition on earlier answers
 * - scoring rules add points to the dimensions kunnen / willen / netwerk or name a barrier
 * - the decision table (first matching row wins, like a DMN "first" hit policy) maps the
 *   scores, barriers and facts (age) to a proposed service line and participatieladder rung
 */

const text = z.string().trim().min(1);
/** A text in every language of the app: a definition missing one is refused as a whole. */
export const localizedTextSchema = z.object({ nl: text, en: text, ar: text, tr: text, pl: text, uk: text });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Ids are safe as field paths (`answers.lastWork`) and URL parts. */
export const definitionIdSchema = z.string().regex(/^[a-z][A-Za-z0-9]{0,59}$/, { error: 'an id is camelCase letters and digits' });

export const dimensionSchema = z.enum(['kunnen', 'willen', 'netwerk']);
export type Dimension = z.infer<typeof dimensionSchema>;
export const DIMENSIONS: readonly Dimension[] = dimensionSchema.options;

/** Known facts about the client the server adds (never asked again: WCAG 3.3.7). */
export const factSchema = z.enum(['age']);
export type Fact = z.infer<typeof factSchema>;
export type Facts = { age: number | null };

// ---------------------------------------------------------------------------
// Conditions
// ---------------------------------------------------------------------------

const scalar = z.union([z.string(), z.number()]);

/**
 * One test on one source. Exactly one source (`question`, `fact`, `score`, `barrier`,
 * `barrierCount`) and exactly one operator.
 */
export const conditionLeafSchema = z
  .object({
    question: definitionIdSchema.optional(),
    fact: factSchema.optional(),
    score: dimensionSchema.optional(),
    barrier: definitionIdSchema.optional(),
    barrierCount: z.literal(true).optional(),
    equals: scalar.optional(),
    notEquals: scalar.optional(),
    in: z.array(scalar).min(1).optional(),
    includes: z.string().optional(),
    gt: z.number().optional(),
    gte: z.number().optional(),
    lt: z.number().optional(),
    lte: z.number().optional(),
    answered: z.boolean().optional(),
    unknown: z.boolean().optional(),
    present: z.boolean().optional(),
  })
  .strict()
  .superRefine((leaf, ctx) => {
    const sources = (['question', 'fact', 'score', 'barrier', 'barrierCount'] as const).filter((k) => leaf[k] !== undefined);
    const operators = CONDITION_OPERATORS.filter((k) => leaf[k] !== undefined);
    if (sources.length !== 1) ctx.addIssue({ code: 'custom', message: 'a condition needs exactly one of question, fact, score, barrier, barrierCount' });
    if (operators.length !== 1) ctx.addIssue({ code: 'custom', message: `a condition needs exactly one operator (${CONDITION_OPERATORS.join(', ')})` });
    if (leaf.barrier !== undefined && leaf.present === undefined) ctx.addIssue({ code: 'custom', message: 'a barrier condition uses "present"' });
    if (leaf.present !== undefined && leaf.barrier === undefined) ctx.addIssue({ code: 'custom', message: '"present" is only for a barrier' });
  });

export const CONDITION_OPERATORS = ['equals', 'notEquals', 'in', 'includes', 'gt', 'gte', 'lt', 'lte', 'answered', 'unknown', 'present'] as const;
export type ConditionLeaf = z.infer<typeof conditionLeafSchema>;
export type Condition = ConditionLeaf | { all: Condition[] } | { any: Condition[] } | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(conditionSchema).min(1) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1) }).strict(),
    z.object({ not: conditionSchema }).strict(),
    conditionLeafSchema,
  ]),
);

// ---------------------------------------------------------------------------
// Questions
// ---------------------------------------------------------------------------

export const optionSchema = z.object({
  value: definitionIdSchema,
  label: localizedTextSchema,
  hint: localizedTextSchema.optional(),
  /** Multiple choice: this option excludes the others ("Geen van deze"). */
  exclusive: z.boolean().optional(),
});
export type Option = z.infer<typeof optionSchema>;

const questionBase = {
  id: definitionIdSchema,
  text: localizedTextSchema,
  /** Short help under the question. */
  hint: localizedTextSchema.optional(),
  /** "Waarom vragen we dit?" */
  why: localizedTextSchema.optional(),
  /** May be left empty (shown as "(niet verplicht)"). */
  optional: z.boolean().optional(),
  /** "Ik weet het niet" is a fair answer. */
  allowUnknown: z.boolean().optional(),
  showIf: conditionSchema.optional(),
};

export const questionSchema = z.discriminatedUnion('type', [
  z.object({ ...questionBase, type: z.literal('single'), options: z.array(optionSchema).min(2) }),
  z.object({ ...questionBase, type: z.literal('multiple'), options: z.array(optionSchema).min(2) }),
  z.object({ ...questionBase, type: z.literal('yesNo') }),
  z.object({
    ...questionBase,
    type: z.literal('scale'),
    /** A labelled scale (radio buttons; never a slider). */
    points: z.array(z.object({ value: z.number().int(), label: localizedTextSchema })).min(2).max(7),
  }),
  z.object({
    ...questionBase,
    type: z.literal('number'),
    min: z.number().int(),
    max: z.number().int(),
    unit: localizedTextSchema.optional(),
  }),
  z.object({ ...questionBase, type: z.literal('date'), notInFuture: z.boolean().optional(), notInPast: z.boolean().optional() }),
  z.object({ ...questionBase, type: z.literal('text'), maxLength: z.number().int().min(1).max(500) }),
  z.object({ ...questionBase, type: z.literal('longText'), maxLength: z.number().int().min(1).max(4000) }),
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];

export const sectionSchema = z.object({
  id: definitionIdSchema,
  title: localizedTextSchema,
  showIf: conditionSchema.optional(),
  questions: z.array(questionSchema).min(1),
});
export type Section = z.infer<typeof sectionSchema>;

// ---------------------------------------------------------------------------
// Scoring and decision
// ---------------------------------------------------------------------------

export const scoringRuleSchema = z
  .object({
    id: definitionIdSchema,
    when: conditionSchema,
    /** Points per dimension (negative lowers it). */
    add: z.partialRecord(dimensionSchema, z.number().int().min(-10).max(10)).optional(),
    /** A barrier this answer shows. */
    barrier: definitionIdSchema.optional(),
    /** The reason in the client's words, after "omdat je zei dat …". */
    reason: localizedTextSchema,
  })
  .refine((rule) => rule.barrier !== undefined || Object.keys(rule.add ?? {}).length > 0, {
    message: 'a scoring rule adds points or names a barrier',
  });
export type ScoringRule = z.infer<typeof scoringRuleSchema>;

export const rungSchema = z.number().int().min(1).max(6);
export const trackSchema = z.enum(['education']);
export type Track = z.infer<typeof trackSchema>;

export const decisionOutcomeSchema = z.object({
  serviceLine: serviceLineSchema,
  rung: rungSchema,
  /** Under 27 without a startkwalificatie: education comes first. */
  track: trackSchema.optional(),
});

export const decisionRuleSchema = decisionOutcomeSchema.extend({
  id: definitionIdSchema,
  when: conditionSchema,
  /** For the coach: what this row means. */
  description: localizedTextSchema,
});
export type DecisionRule = z.infer<typeof decisionRuleSchema>;

export const intakeDefinitionSchema = z.object({
  /** Which questionnaire: `entree` (everyone) or `participation` (the aanvullende vragenlijst). */
  id: definitionIdSchema,
  version: z.number().int().positive(),
  publishedAt: isoDateSchema,
  title: localizedTextSchema,
  dimensions: z
    .array(z.object({ id: dimensionSchema, label: localizedTextSchema, lowBelow: z.number().int(), highFrom: z.number().int() }))
    .length(3),
  barriers: z.array(z.object({ id: definitionIdSchema, label: localizedTextSchema })),
  sections: z.array(sectionSchema).min(1),
  scoring: z.array(scoringRuleSchema),
  decision: z.object({
    rules: z.array(decisionRuleSchema),
    /** When no row matches. */
    otherwise: decisionOutcomeSchema,
  }),
});
export type IntakeDefinition = z.infer<typeof intakeDefinitionSchema>;

// ---------------------------------------------------------------------------
// Answers
// ---------------------------------------------------------------------------

/** "Ik weet het niet". */
export const unknownAnswerSchema = z.object({ unknown: z.literal(true) }).strict();

/**
 * One answer: option value / text / ISO date (string), number or scale point (number),
 * options (string[]), "Ik weet het niet", or null for an optional question left empty.
 */
export const answerSchema = z.union([z.string().max(4000), z.number(), z.array(definitionIdSchema).max(50), unknownAnswerSchema, z.null()]);
export type Answer = z.infer<typeof answerSchema>;

export const answersSchema = z.record(definitionIdSchema, answerSchema);
export type Answers = z.infer<typeof answersSchema>;

export function isUnknownAnswer(answer: Answer | undefined): answer is { unknown: true } {
  return typeof answer === 'object' && answer !== null && !Array.isArray(answer) && answer.unknown === true;
}
