import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, serviceLineSchema } from '#src/shared/lib/domain.ts';

/** One obligation of the zoekperiode, with a status in words (not only colour). */
export const obligationSchema = z.object({
  id: z.enum(['uwvRegistration', 'cv', 'applications', 'intake']),
  status: z.enum(['notStarted', 'inProgress', 'done']),
  /** Applications: how many counted so far, and the norm. */
  count: z.number().int().nonnegative().optional(),
  norm: z.number().int().positive().optional(),
  /** Applications: days left in the current norm period, today included. */
  daysLeft: z.number().int().nonnegative().optional(),
  /** Applications: activities with feedback from the coach the client has not opened yet. */
  newFeedback: z.number().int().positive().optional(),
});
export type Obligation = z.infer<typeof obligationSchema>;

export const clientOverviewSchema = z.object({
  clientId: idSchema,
  name: z.string(),
  serviceLine: serviceLineSchema.nullable(),
  searchPeriod: z.object({ start: isoDateSchema, end: isoDateSchema }).nullable(),
  obligations: z.array(obligationSchema),
  coachName: z.string().nullable(),
  /** The coach's latest three-month review, told to the client (absent from older servers). */
  latestReview: z
    .object({
      decision: z.enum(['continue', 'guidedSupport']),
      reason: z.string(),
      reviewedAt: isoDateTimeSchema,
      serviceLineAfter: serviceLineSchema.nullable(),
    })
    .nullable()
    .optional(),
  /** Open tasks from the werkplan (tasks feature), earliest due first; `overdue` when the due date has passed. */
  tasks: z.array(z.object({ id: idSchema, title: z.string(), dueDate: isoDateSchema.nullable(), overdue: z.boolean() })).optional(),
});
export type ClientOverview = z.infer<typeof clientOverviewSchema>;

/** What a STIP helper may do for a client: only look, or also fill in forms. */
export const helperScopeSchema = z.enum(['read', 'write']);
export type HelperScope = z.infer<typeof helperScopeSchema>;

/** A client who authorised the signed-in STIP helper, and until when. */
export const helperClientSchema = z.object({
  clientId: idSchema,
  name: z.string(),
  scope: helperScopeSchema,
  endsAt: isoDateTimeSchema,
});
export type HelperClient = z.infer<typeof helperClientSchema>;
export const helperClientListSchema = z.array(helperClientSchema);
