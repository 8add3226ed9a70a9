import { z } from 'zod';
import { maxChars } from '#src/shared/lib/text.ts';
import { idSchema, isoDateSchema, isoDateTimeSchema, serviceLineSchema } from '#src/shared/lib/domain.ts';

/**
 * The e-coach's workspace: caseload (with signals computed on the server), one client's
 * summary, the timeline of everything, coach-only notes and the three-month review.
 * Shared with the mock backend; validation messages are i18n keys (`validation.note.*`,
 * `validation.review.*`).
 */

export const SIGNALS = [
  'messageUnanswered',
  'noActivity',
  'normNotMet',
  'proofMissing',
  'intakeNotFilledIn',
  'intakeNotDecided',
  'reviewDue',
] as const;
export const signalSchema = z.enum(SIGNALS);
export type Signal = z.infer<typeof signalSchema>;

export const searchPeriodStatusSchema = z.enum(['notApplied', 'running', 'ended']);
export type SearchPeriodStatus = z.infer<typeof searchPeriodStatusSchema>;

export const intakeStateSchema = z.enum(['notStarted', 'inProgress', 'submitted', 'decided']);

export const caseloadEntrySchema = z.object({
  clientId: idSchema,
  name: z.string(),
  serviceLine: serviceLineSchema.nullable(),
  searchPeriodEnd: isoDateSchema.nullable(),
  searchPeriodStatus: searchPeriodStatusSchema,
  /** Counted activities in the current norm period against what the norm asks. */
  progress: z.object({ count: z.number().int().nonnegative(), required: z.number().int().nonnegative(), periodEnd: isoDateSchema }),
  lastActivityAt: isoDateTimeSchema.nullable(),
  /** The latest message either way. */
  lastContactAt: isoDateTimeSchema.nullable(),
  /** Messages from the client the coach has not read. */
  unreadMessages: z.number().int().nonnegative(),
  openTasks: z.number().int().nonnegative(),
  overdueTasks: z.number().int().nonnegative(),
  signals: z.array(signalSchema),
});
export type CaseloadEntry = z.infer<typeof caseloadEntrySchema>;

export const caseloadSchema = z.object({
  coachId: idSchema,
  clients: z.array(caseloadEntrySchema),
});
export type Caseload = z.infer<typeof caseloadSchema>;

const personRefSchema = z.object({ id: idSchema, name: z.string() });

// ---------------------------------------------------------------------------
// Coach-only notes
// ---------------------------------------------------------------------------

export const NOTE_MAX = 4000;
export const coachNoteInputSchema = z.object({
  text: z
    .string()
    .trim()
    .min(1, { error: 'validation.note.required' })
    .check(maxChars(NOTE_MAX, 'validation.note.tooLong')),
});
export type CoachNoteInput = z.infer<typeof coachNoteInputSchema>;

export const coachNoteSchema = coachNoteInputSchema.extend({
  id: idSchema,
  clientId: idSchema,
  createdAt: isoDateTimeSchema,
  createdBy: personRefSchema,
});
export type CoachNote = z.infer<typeof coachNoteSchema>;

// ---------------------------------------------------------------------------
// The three-month review (zelfdoeners)
// ---------------------------------------------------------------------------

/** The obligations the coach looks back on, one answer each. */
export const REVIEW_OBLIGATIONS = ['applications', 'workFolder', 'reachable'] as const;
export const reviewObligationSchema = z.enum(REVIEW_OBLIGATIONS);
export type ReviewObligation = z.infer<typeof reviewObligationSchema>;
export const OBLIGATION_ANSWERS = ['met', 'partly', 'notMet'] as const;
const answerSchema = z.enum(OBLIGATION_ANSWERS, { error: 'validation.review.answer.required' });

export const REVIEW_DECISIONS = ['continue', 'guidedSupport'] as const;
export const reviewDecisionSchema = z.enum(REVIEW_DECISIONS, { error: 'validation.review.decision.required' });
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;

/** A participatieladder rung, 1–6 (`LADDER_RUNGS`). */
export const rungSchema = z
  .number({ error: 'validation.ladder.rung' })
  .int({ error: 'validation.ladder.rung' })
  .min(1, { error: 'validation.ladder.rung' })
  .max(6, { error: 'validation.ladder.rung' });

export const REASON_MAX = 2000;
export const reviewInputSchema = z.object({
  obligations: z.object({ applications: answerSchema, workFolder: answerSchema, reachable: answerSchema }),
  decision: reviewDecisionSchema,
  /** Shown to the client: written for them. */
  reason: z
    .string()
    .trim()
    .min(1, { error: 'validation.review.reason.required' })
    .check(maxChars(REASON_MAX, 'validation.review.reason.tooLong')),
  /**
   * The participatieladder rung the coach sees now (issue 21): added to the ladder's history as
   * `review`, and the current rung when it differs. Coach-only, never shown to the client. `null` or
   * left out: not asked (a review written by an app from before the question).
   */
  rung: rungSchema.nullable().default(null),
});
export type ReviewInput = z.infer<typeof reviewInputSchema>;

export const reviewSchema = reviewInputSchema.extend({
  id: idSchema,
  clientId: idSchema,
  reviewedAt: isoDateTimeSchema,
  reviewedBy: personRefSchema,
  serviceLineBefore: serviceLineSchema.nullable(),
  serviceLineAfter: serviceLineSchema.nullable(),
});
export type Review = z.infer<typeof reviewSchema>;

/** The answer to recording a review: the review and the ladder's version after it (the outbox re-bases a later rung change on it). */
export const reviewRecordedSchema = reviewSchema.extend({ ladderVersion: z.number().int().nonnegative() });
export type ReviewRecorded = z.infer<typeof reviewRecordedSchema>;

// ---------------------------------------------------------------------------
// One client, for the client page
// ---------------------------------------------------------------------------

export const coachClientSchema = caseloadEntrySchema.extend({
  searchPeriodStart: isoDateSchema.nullable(),
  intakeStatus: intakeStateSchema,
  /** Zelfdoeners: when the three-month review is due (three months after the line was set or the last review). */
  reviewDueOn: isoDateSchema.nullable(),
  reviews: z.array(reviewSchema),
  notes: z.array(coachNoteSchema),
  /** Vacancies (issue 19): how many the client saved and applied to, and how many a regisseur werk proposed. */
  vacancies: z.object({ saved: z.number().int().nonnegative(), applied: z.number().int().nonnegative(), proposals: z.number().int().nonnegative() }),
});
export type CoachClient = z.infer<typeof coachClientSchema>;

// ---------------------------------------------------------------------------
// Timeline
// ---------------------------------------------------------------------------

export const TIMELINE_KINDS = [
  'activity',
  'handIn',
  'feedback',
  'intakeSubmitted',
  'intakeDecided',
  'message',
  'task',
  'taskDone',
  'note',
  'review',
  'proposal',
  'vacancySaved',
  'vacancyApplied',
] as const;
export const timelineKindSchema = z.enum(TIMELINE_KINDS);
export type TimelineKind = z.infer<typeof timelineKindSchema>;

export const timelineItemSchema = z.object({
  id: z.string().min(1),
  kind: timelineKindSchema,
  at: isoDateTimeSchema,
  /** Who did it (name), when known. */
  by: z.string().nullable(),
  /** A short text as written by people (employer, message, note …): show as text. */
  text: z.string(),
  /** A code to show in words: an activity type, a feedback verdict, a service line or a review decision. */
  tag: z.string().nullable(),
});
export type TimelineItem = z.infer<typeof timelineItemSchema>;

export const TIMELINE_PAGE = 25;
export const timelineSchema = z.object({
  clientId: idSchema,
  items: z.array(timelineItemSchema),
  total: z.number().int().nonnegative(),
  /** Pass as `?offset=` for the next page; null at the end. */
  nextOffset: z.number().int().nonnegative().nullable(),
});
export type Timeline = z.infer<typeof timelineSchema>;

// ---------------------------------------------------------------------------
// The participatieladder per client (issue 21): coach only, never shown to the client
// ---------------------------------------------------------------------------

export const LADDER_RUNGS = [1, 2, 3, 4, 5, 6] as const;
export const LADDER_REASON_MAX = 500;

/** Where a rung in the history came from: the intake's proposal, the municipality's register (C3), a coach, a three-month review. */
export const ladderSourceSchema = z.enum(['intake', 'registered', 'coach', 'review']);
export type LadderSource = z.infer<typeof ladderSourceSchema>;

export const ladderEntrySchema = z.object({
  rung: rungSchema,
  source: ladderSourceSchema,
  at: isoDateTimeSchema,
  by: personRefSchema.nullable(),
  reason: z.string().nullable(),
});
export type LadderEntry = z.infer<typeof ladderEntrySchema>;

/** `GET /clients/{id}/ladder`: the current rung and how it got there (oldest first). */
export const ladderSchema = z.object({
  clientId: idSchema,
  rung: rungSchema.nullable(),
  history: z.array(ladderEntrySchema),
  /** The number of the coaches' changes, the reviews' included (0: none yet; `If-Match: "0"` for the first). */
  version: z.number().int().nonnegative(),
});
export type Ladder = z.infer<typeof ladderSchema>;

/** `PUT /clients/{id}/ladder`: the coach sets a rung, always with a reason. */
export const ladderInputSchema = z.object({
  rung: rungSchema,
  reason: z
    .string()
    .trim()
    .min(1, { error: 'validation.ladder.reason.required' })
    .check(maxChars(LADDER_REASON_MAX, 'validation.ladder.reason.tooLong')),
});
export type LadderInput = z.infer<typeof ladderInputSchema>;

/** A coach's change as the server keeps it. */
export const ladderChangeSchema = ladderInputSchema.extend({
  id: idSchema,
  clientId: idSchema,
  setBy: personRefSchema,
  setAt: isoDateTimeSchema,
});
export type LadderChange = z.infer<typeof ladderChangeSchema>;
