import { z } from 'zod';
import { idSchema, isoDateTimeSchema, roleSchema } from '#src/shared/lib/domain.ts';

/** The signed-in person. Never carries a BSN. */
export const userSchema = z.object({
  id: idSchema,
  role: roleSchema,
  name: z.string().min(1),
  /** For a client: their own client id. For a helper acting for a client: that client. */
  clientId: idSchema.nullable(),
});
export type User = z.infer<typeof userSchema>;

/**
 * A helper's acting context (machtigen, docs/decisions/005-acting-for-a-client.md): the client
 * they act for now and what the authorisation allows. Kept by the server on the session.
 */
export const actingForSchema = z.object({
  clientId: idSchema,
  name: z.string().min(1),
  scope: z.enum(['read', 'write']),
  endsAt: isoDateTimeSchema,
});
export type ActingFor = z.infer<typeof actingForSchema>;

export const sessionSchema = z.object({
  token: z.string().min(20),
  expiresAt: isoDateTimeSchema,
  user: userSchema,
  publicComputer: z.boolean(),
  /** Only for a helper acting for a client; then `user.clientId` is that client. */
  actingFor: actingForSchema.nullable().default(null),
});
export type Session = z.infer<typeof sessionSchema>;

/** A persona on the mock DigiD screen (test environment only). */
export const personaSchema = z.object({
  id: idSchema,
  role: roleSchema,
  name: z.string(),
  /** Short description in Dutch, e.g. "24 jaar, Groningen, geen startkwalificatie". */
  description: z.string(),
});
export type Persona = z.infer<typeof personaSchema>;
export const personaListSchema = z.array(personaSchema);

/** `GET /auth/session`: the current session, without handing out the token again. */
export const sessionInfoSchema = sessionSchema.omit({ token: true });
export type SessionInfo = z.infer<typeof sessionInfoSchema>;
