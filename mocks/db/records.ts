import { z } from 'zod';
import { profileSchema } from '#src/features/profile/schemas.ts';
import { helperScopeSchema } from '#src/features/home/schemas.ts';
import { userSchema } from '#src/shared/auth/schemas.ts';
import { intakeDefinitionSchema } from '#src/features/intake/definition/schemas.ts';
import { intakeDraftInputSchema, intakeSubmissionSchema, questionnaireIdSchema, questionnaireRequestSchema } from '#src/features/intake/schemas.ts';
import { activitySchema, normSchema, submissionSchema } from '#src/features/work-folder/schemas.ts';
import { fileUploadInputSchema } from '#src/shared/files/schemas.ts';
import { absenceSchema, messageSchema } from '#src/features/messages/schemas.ts';
import { taskSchema } from '#src/features/tasks/schemas.ts';
import { coachNoteSchema, ladderChangeSchema, reviewSchema } from '#src/features/coach/schemas.ts';
import { publishedVersionSchema, ruleDraftSchema } from '#src/features/intake/tuning/schemas.ts';
import { cvProfileSchema, cvSchema } from '#src/features/cv/schemas.ts';
import { accessEntrySchema, itemSchema as portfolioItemSchema, shareSchema as portfolioShareSchema } from '#src/features/portfolio/schemas.ts';
import { accessLogEntrySchema, changeLogEntrySchema } from '#src/features/my-data/schemas.ts';
import { courseSchema, savedVacancySchema, searchProfileSchema, vacancyApplicationSchema, vacancySchema } from '#src/features/vacancies/schemas.ts';
import { placementSchema, proposalSchema, vacancyImportReportSchema } from '#src/features/vacancies/matching/schemas.ts';
import { notificationSchema, notificationSettingsInputSchema, pushSubscriptionInputSchema } from '#src/features/notifications/schemas.ts';
import { idSchema, isoDateSchema, isoDateTimeSchema, serviceLineSchema } from '#src/shared/lib/domain.ts';

/**
 * The record schemas of the mock backend's store (one per collection, the app's own schema
 * where one exists), with their types and the keys that are not a record's own id.
 */

/** A person who can sign in on the mock DigiD screen (the app's user + a persona description). */
export const userRecordSchema = userSchema.extend({ description: z.string().min(1) });
export type UserRecord = z.infer<typeof userRecordSchema>;

/** The municipality's record of a werkzoekende. The BSN never leaves the mock. */
export const clientRecordSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  bsn: z.string().regex(/^\d{9}$/),
  birthDate: isoDateSchema,
  town: z.string(),
  /** BCP 47 code of the first language, e.g. `nl`, `ar`. */
  firstLanguage: z.string().min(2),
  hasStartkwalificatie: z.boolean(),
  previousWork: z.string().nullable(),
  coachId: idSchema.nullable(),
  serviceLine: serviceLineSchema.nullable(),
  /** Date of the aanvraag as registered by the municipality (the profile's own date wins when set). */
  benefitApplicationDate: isoDateSchema.nullable(),
  lastActivityAt: isoDateTimeSchema.nullable(),
});
export type ClientRecord = z.infer<typeof clientRecordSchema>;

export const profileRecordSchema = profileSchema;
export type ProfileRecord = z.infer<typeof profileRecordSchema>;

/**
 * A signed-in session on the server, keyed by the access token's `sid` (the provider's session, or
 * the persona sign-in's): what the token itself cannot carry, such as a helper's acting context.
 */
export const sessionRecordSchema = z.object({
  sid: z.string().min(8),
  userId: idSchema,
  createdAt: isoDateTimeSchema,
  expiresAt: isoDateTimeSchema,
  publicComputer: z.boolean(),
  /** A helper's acting context: the client they act for now (null: not acting). */
  actingForClientId: idSchema.nullable().default(null),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

/** A client's machtiging for a STIP helper. */
export const authorisationRecordSchema = z.object({
  id: idSchema,
  helperId: idSchema,
  clientId: idSchema,
  scope: helperScopeSchema,
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
  withdrawnAt: isoDateTimeSchema.nullable(),
});
export type AuthorisationRecord = z.infer<typeof authorisationRecordSchema>;

/** A published questionnaire version (kept for ever: submissions keep the version they were given under). */
export const intakeDefinitionRecordSchema = intakeDefinitionSchema;
export type IntakeDefinitionRecord = z.infer<typeof intakeDefinitionRecordSchema>;
export const definitionKey = (id: string, version: number) => `${id}:${version}`;
/** The entreevragenlijst's draft keeps the client id as its key; others are `{questionnaireId}:{clientId}`. */
export const intakeDraftKey = (clientId: string, questionnaireId: string | undefined) =>
  questionnaireId === undefined || questionnaireId === 'entree' ? clientId : `${questionnaireId}:${clientId}`;

/** A client's unfinished questionnaire (one per client and questionnaire; no questionnaireId: the entreevragenlijst). */
export const intakeDraftRecordSchema = intakeDraftInputSchema.extend({
  clientId: idSchema,
  questionnaireId: questionnaireIdSchema.optional(),
  version: z.number().int().positive(),
  updatedAt: isoDateTimeSchema,
});
export type IntakeDraftRecord = z.infer<typeof intakeDraftRecordSchema>;

export const intakeSubmissionRecordSchema = intakeSubmissionSchema;
export type IntakeSubmissionRecord = z.infer<typeof intakeSubmissionRecordSchema>;

/** A coach's request to fill in a questionnaire (one per client and questionnaire). */
export const questionnaireRequestRecordSchema = questionnaireRequestSchema;
export type QuestionnaireRequestRecord = z.infer<typeof questionnaireRequestRecordSchema>;

/** A sollicitatieactiviteit with its versions, hand-in lock and feedback (werkmap). */
export const activityRecordSchema = activitySchema;
export type ActivityRecord = z.infer<typeof activityRecordSchema>;

/** A client's own norm, set by the coach (absent: the configuration's default from the aanvraag). */
export const normRecordSchema = normSchema.extend({ clientId: idSchema });
export type NormRecord = z.infer<typeof normRecordSchema>;

/** A hand-in ("indienen") of a period's activities. */
export const submissionRecordSchema = submissionSchema;
export type SubmissionRecord = z.infer<typeof submissionRecordSchema>;

/**
 * A chunked file upload (proof, attachment, portfolio product), kept when complete so a late
 * resend is answered. `owner` names what the file belongs to, e.g. `activity:<id>`.
 */
export const fileUploadRecordSchema = fileUploadInputSchema.extend({
  key: z.string().min(3),
  id: idSchema,
  clientId: idSchema,
  owner: z.string().regex(/^[a-zA-Z]+:[A-Za-z0-9_-]+$/),
  /** base64 chunks by index, until complete (the content then moves to `fileContents`). */
  received: z.record(z.string(), z.string()),
  /** SHA-256 (hex) of each chunk's bytes by index, kept after completion: a resend must be byte-identical. */
  chunkHashes: z.record(z.string(), z.string()).optional(),
  complete: z.boolean(),
});
export type FileUploadRecord = z.infer<typeof fileUploadRecordSchema>;

/** Every change to a client's data: who made it, in which role, and for whom (issue 8). */
export const changeLogRecordSchema = changeLogEntrySchema;
export type ChangeLogRecord = z.infer<typeof changeLogRecordSchema>;

/** Every read of a client's data by someone else (coach, helper): shown under "Mijn gegevens". */
export const accessLogRecordSchema = accessLogEntrySchema;
export type AccessLogRecord = z.infer<typeof accessLogRecordSchema>;

/** A message between a client and their coach (messages feature). */
export const messageRecordSchema = messageSchema;
export type MessageRecord = z.infer<typeof messageRecordSchema>;

/** A task or agreement in the client's werkplan (tasks feature). */
export const taskRecordSchema = taskSchema;
export type TaskRecord = z.infer<typeof taskRecordSchema>;

/** A coach-only note on a client (coach workspace; never shown to the client). */
export const coachNoteRecordSchema = coachNoteSchema;
export type CoachNoteRecord = z.infer<typeof coachNoteRecordSchema>;

/** A three-month review of a zelfdoener (coach workspace). */
export const reviewRecordSchema = reviewSchema;
export type ReviewRecord = z.infer<typeof reviewRecordSchema>;

/** A client's master CV profile (cv feature). */
export const cvProfileRecordSchema = cvProfileSchema;
export type CvProfileRecord = z.infer<typeof cvProfileRecordSchema>;

/** One of a client's CVs (cv feature). */
export const cvRecordSchema = cvSchema;
export type CvRecord = z.infer<typeof cvRecordSchema>;
/** A coach's time away; `coveredBy` answers their clients' messages meanwhile (messages feature). */
export const absenceRecordSchema = absenceSchema;
export type AbsenceRecord = z.infer<typeof absenceRecordSchema>;
/** The e-portfolio: the client's items, their shares (coach or link) and the access log. */
export const portfolioItemRecordSchema = portfolioItemSchema;
export type PortfolioItemRecord = z.infer<typeof portfolioItemRecordSchema>;
export const portfolioShareRecordSchema = portfolioShareSchema;
export type PortfolioShareRecord = z.infer<typeof portfolioShareRecordSchema>;
export const portfolioAccessRecordSchema = accessEntrySchema;
export type PortfolioAccessRecord = z.infer<typeof portfolioAccessRecordSchema>;

/** Vacancies and courses (schema.org JobPosting / Course), the zoekprofiel, saved vacancies and applications (vacancies feature). */
export const vacancyRecordSchema = vacancySchema;
export type VacancyRecord = z.infer<typeof vacancyRecordSchema>;
export const courseRecordSchema = courseSchema;
export type CourseRecord = z.infer<typeof courseRecordSchema>;
export const searchProfileRecordSchema = searchProfileSchema;
export type SearchProfileRecord = z.infer<typeof searchProfileRecordSchema>;
export const savedVacancyRecordSchema = savedVacancySchema;
export type SavedVacancyRecord = z.infer<typeof savedVacancyRecordSchema>;
export const savedVacancyKey = (clientId: string, vacancyId: string) => `${clientId}:${vacancyId}`;
export const vacancyApplicationRecordSchema = vacancyApplicationSchema;
export type VacancyApplicationRecord = z.infer<typeof vacancyApplicationRecordSchema>;

// --- The regisseur werk's matching (issue 19) ---
/** The participatieladder rung the municipality registered for a client (C3 registers rungs 4–6). */
export const ladderRungRecordSchema = z.object({ clientId: idSchema, rung: z.number().int().min(1).max(6), setAt: isoDateTimeSchema });
export type LadderRungRecord = z.infer<typeof ladderRungRecordSchema>;

/**
 * A change of a client's rung (issue 21): a coach's, with the reason; the rung recorded at a
 * three-month review (with the review's reason); or the register's rung it replaced (kept so
 * the history keeps it). The latest rung is also in `ladderRungs`.
 */
export const ladderRungChangeRecordSchema = ladderChangeSchema.extend({
  source: z.enum(['registered', 'coach', 'review']),
  reason: z.string().nullable(),
  setBy: ladderChangeSchema.shape.setBy.nullable(),
});
export type LadderRungChangeRecord = z.infer<typeof ladderRungChangeRecordSchema>;

/** A functioneel beheerder's draft of the entreevragenlijst's rules (issue 21). */
export const intakeRuleDraftRecordSchema = ruleDraftSchema;
export type IntakeRuleDraftRecord = z.infer<typeof intakeRuleDraftRecordSchema>;

/** Who published a version of the rules, when and why (a version without an entry came with the app). */
export const intakeRuleLogRecordSchema = publishedVersionSchema.omit({ id: true });
export type IntakeRuleLogRecord = z.infer<typeof intakeRuleLogRecordSchema>;
/** Who acquired a vacancy (added it with the form or imported it). */
export const vacancyAcquisitionRecordSchema = z.object({
  vacancyId: idSchema,
  brokerId: idSchema,
  brokerName: z.string(),
  source: z.enum(['form', 'import']),
  at: isoDateTimeSchema,
});
export type VacancyAcquisitionRecord = z.infer<typeof vacancyAcquisitionRecordSchema>;
export const vacancyImportRecordSchema = vacancyImportReportSchema;
export type VacancyImportRecord = z.infer<typeof vacancyImportRecordSchema>;
export const vacancyProposalRecordSchema = proposalSchema;
export type VacancyProposalRecord = z.infer<typeof vacancyProposalRecordSchema>;
/** Outflow to work: one per "aangenomen". */
export const placementRecordSchema = placementSchema;
export type PlacementRecord = z.infer<typeof placementRecordSchema>;

/** A teamleider looked at figures (issue 21): who, when, which team, period and filters. Never a client's data. */
export const figuresViewRecordSchema = z.object({
  id: z.string().min(1),
  at: isoDateTimeSchema,
  actorId: idSchema,
  actorName: z.string().min(1),
  teamId: idSchema,
  period: z.string().min(1),
  coach: idSchema.nullable(),
  line: serviceLineSchema.nullable(),
});
export type FiguresViewRecord = z.infer<typeof figuresViewRecordSchema>;

export const storedResponseSchema = z.object({
  status: z.number().int(),
  headers: z.record(z.string(), z.string()),
  body: z.string(),
});
export type StoredResponse = z.infer<typeof storedResponseSchema>;

export const idempotencyRecordSchema = z.object({
  /** `userId:key` — keys are scoped per user. */
  scopedKey: z.string().min(3),
  userId: idSchema,
  key: z.string().min(1),
  /** Hash of method + path + canonical JSON body. */
  fingerprint: z.string().min(1),
  state: z.enum(['in-progress', 'done']),
  startedAt: isoDateTimeSchema,
  completedAt: isoDateTimeSchema.nullable(),
  response: storedResponseSchema.nullable(),
});
export type IdempotencyRecord = z.infer<typeof idempotencyRecordSchema>;

/** One applied write, so tests can assert "exactly once, in order". */
export const writeLogEntrySchema = z.object({
  seq: z.number().int().positive(),
  at: isoDateTimeSchema,
  /** e.g. `profile:client-anna`. */
  resource: z.string().min(1),
  method: z.enum(['POST', 'PUT', 'PATCH', 'DELETE']),
  path: z.string(),
  idempotencyKey: z.string().nullable(),
  userId: idSchema,
  /** The resource's version after the write, when it has one. */
  version: z.number().int().nullable(),
});
export type WriteLogEntry = z.infer<typeof writeLogEntrySchema>;

/** A notification for one person (issue 17): in the list at once, as a push when it is due (quiet hours). */
export const notificationRecordSchema = notificationSchema.extend({
  userId: idSchema,
  /** The client it is about, when it is a client's own (their export holds it). */
  clientId: idSchema.nullable(),
  /** Once-only: the event or reminder it was made for (mocks/notify/rules.ts). */
  key: z.string().min(1).max(300),
  /** When the push may go (after quiet hours); null: never pushed (an old event, or the kind is off). */
  pushDueAt: isoDateTimeSchema.nullable(),
  pushedAt: isoDateTimeSchema.nullable(),
});
export type NotificationRecord = z.infer<typeof notificationRecordSchema>;

/** Once-only markers: a reminder key seen (made, or skipped because its kind was off). */
export const notificationMarkRecordSchema = z.object({ key: z.string().min(1).max(300), at: isoDateTimeSchema });

/** A person's notification settings (absent: the defaults). */
export const notificationSettingsRecordSchema = notificationSettingsInputSchema.extend({ userId: idSchema, version: z.number().int().positive() });
export type NotificationSettingsRecord = z.infer<typeof notificationSettingsRecordSchema>;

/** One device's push subscription; removed at sign-out (of the session that made it) and on 404/410 from the push service. */
export const pushSubscriptionRecordSchema = pushSubscriptionInputSchema.extend({
  id: idSchema,
  userId: idSchema,
  /** The session that last stored it: its sign-out removes it (a session that just expires does not). */
  sessionId: z.string().min(8),
  createdAt: isoDateTimeSchema,
});
export type PushSubscriptionRecord = z.infer<typeof pushSubscriptionRecordSchema>;
