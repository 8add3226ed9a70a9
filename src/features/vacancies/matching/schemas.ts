import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema } from '#src/shared/lib/domain.ts';
import { maxChars } from '#src/shared/lib/text.ts';
import { vacancyInputSchema, vacancySchema } from '../schemas.ts';
import { CRITERIA } from './rules.ts';

/**
 * The regisseur werk's API (issue 19): ranked candidates for a vacancy, proposals and their
 * steps, the vacancies they acquired and JSON-LD imports. Shared by the app, the mock backend
 * and the OpenAPI document. Messages are i18n keys (`validation.proposal.*`).
 */

const personRefSchema = z.object({ id: idSchema, name: z.string() });
const rungSchema = z.number().int().min(1).max(6);

// --- An explained match ------------------------------------------------------

export const OUTCOMES = ['met', 'partly', 'notMet', 'unknown', 'notNeeded'] as const;
export const criterionResultSchema = z.object({
  criterion: z.enum(CRITERIA),
  outcome: z.enum(OUTCOMES),
  weight: z.number().min(0),
  points: z.number().min(0),
  /** `reason.<criterion>.<case>` in the `matching` namespace, with the values its text needs. */
  reason: z.object({ key: z.string().regex(/^reason\.[a-zA-Z]+\.[a-zA-Z]+$/), values: z.record(z.string(), z.union([z.string(), z.number()])) }),
});
export const matchResultSchema = z.object({
  score: z.number().int().min(0).max(100),
  rulesVersion: z.number().int().positive(),
  criteria: z.array(criterionResultSchema),
});
export type MatchResultDto = z.infer<typeof matchResultSchema>;

// --- Vacancies for the regisseur --------------------------------------------

export const brokerVacancySummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  organisation: z.string(),
  place: z.string().nullable(),
  status: z.enum(['open', 'closed']),
  validThrough: isoDateSchema.nullable(),
  /** Acquired by the signed-in regisseur (added or imported by them). */
  mine: z.boolean(),
  proposals: z.number().int().nonnegative(),
});
export const brokerVacancyListSchema = z.object({
  items: z.array(brokerVacancySummarySchema),
  total: z.number().int().nonnegative(),
  nextOffset: z.number().int().nonnegative().nullable(),
});
export type BrokerVacancyList = z.infer<typeof brokerVacancyListSchema>;

export const brokerVacancySchema = z.object({
  vacancy: vacancySchema,
  acquiredBy: personRefSchema.nullable(),
  source: z.enum(['form', 'import', 'seed']),
});
export type BrokerVacancy = z.infer<typeof brokerVacancySchema>;

/** `PUT /broker/vacancies/{id}`: the vacancy as the regisseur writes it. */
export const brokerVacancyInputSchema = vacancyInputSchema;

// --- Import of JSON-LD JobPostings -------------------------------------------

export const MAX_IMPORT_ENTRIES = 500;
export const vacancyImportInputSchema = z.object({
  fileName: z.string().trim().max(200),
  /** The JSON-LD entries as read from the file (checked one by one on the server). */
  entries: z.array(z.unknown()).min(1, { error: 'validation.import.empty' }).max(MAX_IMPORT_ENTRIES, { error: 'validation.import.tooMany' }),
});
export type VacancyImportInput = z.infer<typeof vacancyImportInputSchema>;

export const importEntryReportSchema = z.object({
  /** 1-based, as a person counts. */
  entry: z.number().int().positive(),
  status: z.enum(['imported', 'duplicate', 'invalid']),
  title: z.string().nullable(),
  vacancyId: idSchema.nullable(),
  /** For an invalid entry: the JSON-LD field and an i18n key saying what is wrong. */
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
});
export type ImportEntryReport = z.infer<typeof importEntryReportSchema>;

export const vacancyImportReportSchema = z.object({
  id: idSchema,
  fileName: z.string(),
  importedAt: isoDateTimeSchema,
  importedBy: personRefSchema,
  counts: z.object({ imported: z.number().int(), duplicate: z.number().int(), invalid: z.number().int() }),
  entries: z.array(importEntryReportSchema),
});
export type VacancyImportReport = z.infer<typeof vacancyImportReportSchema>;

// --- Candidates ----------------------------------------------------------------

export const DEFAULT_RUNGS = [4, 5, 6] as const;
/** How many candidates a list shows (the best first). */
export const CANDIDATE_LIMIT = 50;
export const candidateSchema = z.object({
  clientId: idSchema,
  name: z.string(),
  rung: rungSchema.nullable(),
  /** The home place (never an address). */
  place: z.string().nullable(),
  match: matchResultSchema,
  /** This vacancy's proposal to them, when there is one. */
  proposal: z.object({ id: idSchema, status: z.string() }).nullable(),
});
export type Candidate = z.infer<typeof candidateSchema>;
export const candidateListSchema = z.object({
  vacancyId: idSchema,
  rungs: z.array(rungSchema),
  /** The best `CANDIDATE_LIMIT`, best first. */
  candidates: z.array(candidateSchema),
  /** How many were ranked on these rungs (also those not listed). */
  total: z.number().int().nonnegative(),
  /** Clients who consented, before the rung filter. */
  consenting: z.number().int().nonnegative(),
});
export type CandidateList = z.infer<typeof candidateListSchema>;

// --- Proposals -------------------------------------------------------------------

/** voorgesteld → gesolliciteerd → gesprek → aangenomen / afgewezen. */
export const PROPOSAL_STATUSES = ['proposed', 'applied', 'interview', 'hired', 'rejected'] as const;
export const proposalStatusSchema = z.enum(PROPOSAL_STATUSES);
export type ProposalStatus = z.infer<typeof proposalStatusSchema>;
/** The steps the regisseur records (applying is the client's: "Ik heb gesolliciteerd"). */
export const OUTCOME_STATUSES = ['interview', 'hired', 'rejected'] as const;

const note = (max: number, key: string) => z.string().trim().check(maxChars(max, `validation.proposal.${key}.tooLong`));

export const proposalInputSchema = z.object({
  vacancyId: idSchema,
  clientId: idSchema,
  /** A personal word from the regisseur (optional). */
  note: note(1000, 'note'),
});
export type ProposalInput = z.infer<typeof proposalInputSchema>;

export const proposalAnswerInputSchema = z
  .object({ interested: z.boolean(), reason: note(500, 'reason') })
  .refine((a) => a.interested || a.reason !== '', { path: ['reason'], error: 'validation.proposal.reason.required' });
export type ProposalAnswerInput = z.infer<typeof proposalAnswerInputSchema>;

export const proposalOutcomeInputSchema = z.object({ status: z.enum(OUTCOME_STATUSES), note: note(500, 'note') });
export type ProposalOutcomeInput = z.infer<typeof proposalOutcomeInputSchema>;

export const proposalStepSchema = z.object({
  status: proposalStatusSchema,
  at: isoDateTimeSchema,
  by: personRefSchema.nullable(),
  note: z.string(),
});

export const proposalSchema = z.object({
  id: idSchema,
  vacancyId: idSchema,
  clientId: idSchema,
  clientName: z.string(),
  proposedBy: personRefSchema,
  /** The vacancy as it was proposed (it may close or change later). */
  vacancy: z.object({ title: z.string(), organisation: z.string(), place: z.string().nullable() }),
  note: z.string(),
  /** Why it fits, as judged when it was proposed. */
  match: matchResultSchema,
  status: proposalStatusSchema,
  answer: z.object({ interested: z.boolean(), reason: z.string(), at: isoDateTimeSchema, by: personRefSchema }).nullable(),
  steps: z.array(proposalStepSchema).min(1),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  version: z.number().int().positive(),
});
export type Proposal = z.infer<typeof proposalSchema>;
export const proposalListSchema = z.object({ proposals: z.array(proposalSchema) });
export type ProposalList = z.infer<typeof proposalListSchema>;

/** A placement ("aangenomen"): outflow to work, counted by the management figures of a later issue. */
export const placementSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  vacancyId: idSchema,
  proposalId: idSchema,
  recordedBy: personRefSchema,
  hiredAt: isoDateTimeSchema,
});
export type Placement = z.infer<typeof placementSchema>;

/**
 * What the client may know about their place in the matching beyond their own zoekprofiel
 * (`GET /clients/{id}/matching-status`): only whether the e-coach decides if they can go to work
 * now — true when their participatieladder rung is not one the regisseur looks at (4–6) or not
 * yet known. The rung itself is never sent to the client.
 */
export const matchingStatusSchema = z.object({ clientId: idSchema, coachDecides: z.boolean() });
export type MatchingStatus = z.infer<typeof matchingStatusSchema>;
