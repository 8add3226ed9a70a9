import { z } from 'zod';
import { idSchema, isoDateSchema, serviceLineSchema } from '#src/shared/lib/domain.ts';

/** One obligation of the zoekperiode, with a status in words (not only colour). */
export const obligationSchema = z.object({
  id: z.enum(['uwvRegistration', 'cv', 'applications', 'intake']),
  status: z.enum(['notStarted', 'inProgress', 'done']),
  /** Applications: how many counted so far, and the norm. */
  count: z.number().int().nonnegative().optional(),
  norm: z.number().int().positive().optional(),
});
export type Obligation = z.infer<typeof obligationSchema>;

export const clientOverviewSchema = z.object({
  clientId: idSchema,
  name: z.string(),
  serviceLine: serviceLineSchema.nullable(),
  searchPeriod: z.object({ start: isoDateSchema, end: isoDateSchema }).nullable(),
  obligations: z.array(obligationSchema),
  coachName: z.string().nullable(),
});
export type ClientOverview = z.infer<typeof clientOverviewSchema>;
