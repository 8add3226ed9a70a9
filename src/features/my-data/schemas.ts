import { z } from 'zod';
import { idSchema, isoDateTimeSchema, roleSchema } from '#src/shared/lib/domain.ts';

/**
 * "Mijn gegevens" and the history of changes (issue 8): who changed or looked at a
 * client's data, for whom, and the client's own authorisations (machtigingen).
 * Never carries a BSN.
 */

/** One change to a client's data: who made it, in which role, and for whom. */
export const changeLogEntrySchema = z.object({
  id: z.string().min(1),
  at: isoDateTimeSchema,
  actorId: idSchema,
  actorName: z.string().min(1),
  actorRole: roleSchema,
  /** The client whose data changed. */
  onBehalfOfClientId: idSchema,
  /** What changed, e.g. `profile:client-anna` or `activity:<id>`. */
  resource: z.string().min(1),
  /** A short code of the kind of change (`profile`, `activity`, `intake-draft` …), shown in words by the app. */
  summary: z.string().min(1),
});
export type ChangeLogEntry = z.infer<typeof changeLogEntrySchema>;
export const changeListSchema = z.array(changeLogEntrySchema);

/** Someone other than the client (a coach, a helper) looked at the client's data. */
export const accessLogEntrySchema = z.object({
  id: z.string().min(1),
  at: isoDateTimeSchema,
  actorId: idSchema,
  actorName: z.string().min(1),
  actorRole: roleSchema,
  clientId: idSchema,
  /** What was read, e.g. `profile`, `work-folder`, `caseload`. */
  resource: z.string().min(1),
});
export type AccessLogEntry = z.infer<typeof accessLogEntrySchema>;
export const accessListSchema = z.array(accessLogEntrySchema);

/** A machtiging as the client sees it. */
export const myAuthorisationSchema = z.object({
  id: idSchema,
  helperName: z.string().min(1),
  scope: z.enum(['read', 'write']),
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
  withdrawnAt: isoDateTimeSchema.nullable(),
  status: z.enum(['active', 'withdrawn', 'expired', 'notStarted']),
});
export type MyAuthorisation = z.infer<typeof myAuthorisationSchema>;
export const myAuthorisationListSchema = z.array(myAuthorisationSchema);

/** `GET /me/export`: every record of every collection that belongs to the client, per collection. */
export const myDataExportSchema = z.object({
  exportedAt: isoDateTimeSchema,
  clientId: idSchema,
  collections: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type MyDataExport = z.infer<typeof myDataExportSchema>;
