import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, serviceLineSchema } from '#src/shared/lib/domain.ts';

export const caseloadEntrySchema = z.object({
  clientId: idSchema,
  name: z.string(),
  serviceLine: serviceLineSchema.nullable(),
  searchPeriodEnd: isoDateSchema.nullable(),
  lastActivityAt: isoDateTimeSchema.nullable(),
});
export type CaseloadEntry = z.infer<typeof caseloadEntrySchema>;

export const caseloadSchema = z.object({
  coachId: idSchema,
  clients: z.array(caseloadEntrySchema),
});
export type Caseload = z.infer<typeof caseloadSchema>;
