import { z } from 'zod';
import { maxChars } from '#src/shared/lib/text.ts';
import { idSchema, isoDateTimeSchema, serviceLineSchema } from '#src/shared/lib/domain.ts';
import {
  answersSchema,
  definitionIdSchema,
  dimensionSchema,
  localizedTextSchema,
  rungSchema,
  trackSchema,
} from './definition/schemas.ts';

/**
 * The intake's API contract: the client's draft, the submission (with the proposal the
 * server made with the same engine), and the coach's decision. Messages are i18n keys
 * of the `intake` namespace.
 */

/** The questionnaires a client fills in: the entreevragenlijst and the aanvullende vragenlijst. */
export const questionnaireIdSchema = z.enum(['entree', 'participation']);
export type QuestionnaireId = z.infer<typeof questionnaireIdSchema>;
export const QUESTIONNAIRE_IDS: readonly QuestionnaireId[] = questionnaireIdSchema.options;

/** "Vul je dit in met hulp?": who helped, stored with the submission. */
export const helperInfoSchema = z.object({
  name: z.string().trim().min(1, { error: 'validation.helper.name' }).check(maxChars(80, 'validation.helper.nameTooLong')),
  organisation: z.string().trim().check(maxChars(80, 'validation.helper.organisationTooLong')),
});
export type HelperInfo = z.infer<typeof helperInfoSchema>;

export const factsSchema = z.object({ age: z.number().int().nonnegative().nullable() });

export const intakeDraftInputSchema = z.object({
  definitionVersion: z.number().int().positive(),
  answers: answersSchema,
  /** null: filled in alone; undefined in the form until the start question is answered. */
  helper: helperInfoSchema.nullable(),
  /** Whether the start question ("met hulp?") was answered. */
  started: z.boolean(),
  /**
   * Set when the draft was moved to a newer version of the questionnaire: the questions whose
   * earlier answers did not fit and must be given again (the client is told which).
   */
  migration: z.object({ fromVersion: z.number().int().positive(), questionIds: z.array(definitionIdSchema).max(200) }).optional(),
});
export type IntakeDraftInput = z.infer<typeof intakeDraftInputSchema>;

export const intakeDraftSchema = intakeDraftInputSchema.extend({
  clientId: idSchema,
  /** 0 while there is no draft on the server. */
  version: z.number().int().nonnegative(),
  updatedAt: isoDateTimeSchema.nullable(),
  /** What the server knows about the client that conditions may use (never asked again). */
  facts: factsSchema,
});
export type IntakeDraft = z.infer<typeof intakeDraftSchema>;

export const intakeSubmissionInputSchema = z.object({
  definitionVersion: z.number().int().positive(),
  answers: answersSchema,
  helper: helperInfoSchema.nullable(),
});
export type IntakeSubmissionInput = z.infer<typeof intakeSubmissionInputSchema>;

export const personRefSchema = z.object({ id: idSchema, name: z.string() });

export const factorSchema = z.object({
  ruleId: definitionIdSchema,
  questionIds: z.array(definitionIdSchema),
  add: z.partialRecord(dimensionSchema, z.number()),
  barrier: definitionIdSchema.nullable(),
  reason: localizedTextSchema,
  weight: z.number(),
  direction: z.enum(['up', 'down']),
});

export const proposalSchema = z.object({
  serviceLine: serviceLineSchema,
  rung: rungSchema,
  track: trackSchema.nullable(),
  ruleId: definitionIdSchema.nullable(),
});

export const scoreResultSchema = z.object({
  dimensions: z.record(dimensionSchema, z.number()),
  barriers: z.array(definitionIdSchema),
  factors: z.array(factorSchema),
  reasons: z.array(factorSchema),
  proposal: proposalSchema,
});

/**
 * The coach's decision. The reason may be empty when the coach chooses the proposed line; when
 * they choose another, a reason is required (`decisionReasonMissing`: the form checks it, and
 * the server refuses it with a 422 whose `fieldErrors.reason` is `validation.decision.reasonRequired`).
 */
export const intakeDecisionInputSchema = z.object({
  serviceLine: serviceLineSchema,
  reason: z.string().trim().check(maxChars(1000, 'validation.decision.reasonTooLong')),
});
export type IntakeDecisionInput = z.infer<typeof intakeDecisionInputSchema>;

/** A line other than the proposal needs a reason (the computer's proposal is not a rubber stamp). */
export function decisionReasonMissing(input: { serviceLine: string; reason: string }, proposed: string): boolean {
  return input.serviceLine !== proposed && input.reason.trim() === '';
}

export const intakeDecisionSchema = intakeDecisionInputSchema.extend({
  /** What the computer proposed when the person decided (AVG article 22: a person decides). */
  proposedServiceLine: serviceLineSchema,
  decidedBy: personRefSchema,
  decidedAt: isoDateTimeSchema,
  definitionVersion: z.number().int().positive(),
});
export type IntakeDecision = z.infer<typeof intakeDecisionSchema>;

export const intakeSubmissionSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  /** A short reference for the client, e.g. "EV-7K3M9Q". */
  reference: z.string(),
  definitionId: definitionIdSchema,
  definitionVersion: z.number().int().positive(),
  /** Only the answers to questions that applied. */
  answers: answersSchema,
  helper: helperInfoSchema.nullable(),
  facts: factsSchema,
  submittedAt: isoDateTimeSchema,
  submittedBy: personRefSchema,
  /** The proposal, made by the server with the definition's scoring and decision table. */
  result: scoreResultSchema,
  proposedAt: isoDateTimeSchema,
  decision: intakeDecisionSchema.nullable(),
  version: z.number().int().positive(),
});
export type IntakeSubmission = z.infer<typeof intakeSubmissionSchema>;

/** A coach asked the client to fill in a questionnaire (the aanvullende vragenlijst), also when the line is another. */
export const questionnaireRequestSchema = z.object({
  clientId: idSchema,
  questionnaireId: questionnaireIdSchema,
  requestedBy: personRefSchema,
  requestedAt: isoDateTimeSchema,
});
export type QuestionnaireRequest = z.infer<typeof questionnaireRequestSchema>;
export const questionnaireRequestInputSchema = z.object({}).strict();

export const intakeStatusSchema = z.enum(['notStarted', 'inProgress', 'submitted', 'decided']);
export type IntakeStatus = z.infer<typeof intakeStatusSchema>;

/** `GET /clients/{id}/intake`: where the client stands, with the submission once there is one. */
export const intakeOverviewSchema = z.object({
  clientId: idSchema,
  clientName: z.string(),
  status: intakeStatusSchema,
  submission: intakeSubmissionSchema.nullable(),
  /** When the coach asked for this questionnaire. */
  request: questionnaireRequestSchema.nullable().optional(),
});
export type IntakeOverview = z.infer<typeof intakeOverviewSchema>;
