import { z } from 'zod';
import { maxChars } from '#src/shared/lib/text.ts';
import { idSchema, isoDateSchema, isoDateTimeSchema } from '#src/shared/lib/domain.ts';

/**
 * The werkzoekende's own profile: the first write that goes through the outbox.
 * Messages are i18n keys so the schema is shared with the mock backend.
 */
const phoneSchema = z
  .string()
  .trim()
  .max(20, { error: 'validation.phone.invalid' })
  .regex(/^$|^(\+|00)?[0-9 ()-]{8,20}$/, { error: 'validation.phone.invalid' });

export const profileInputSchema = z
  .object({
    preferredName: z
      .string()
      .trim()
      .min(1, { error: 'validation.preferredName.required' })
      .check(maxChars(60, 'validation.preferredName.tooLong')),
    phone: phoneSchema,
    email: z.union([z.literal(''), z.email({ error: 'validation.email.invalid' })]),
    town: z.string().trim().check(maxChars(80, 'validation.town.tooLong')),
    benefitApplicationDate: isoDateSchema.nullable(),
    registeredWithUwv: z.boolean(),
    uwvRegistrationDate: isoDateSchema.nullable(),
  })
  .superRefine((value, ctx) => {
    if (value.registeredWithUwv && !value.uwvRegistrationDate) {
      ctx.addIssue({ code: 'custom', path: ['uwvRegistrationDate'], message: 'validation.uwvRegistrationDate.required' });
    }
  });
export type ProfileInput = z.infer<typeof profileInputSchema>;

export const profileSchema = z.object({
  clientId: idSchema,
  preferredName: z.string(),
  phone: z.string(),
  email: z.string(),
  town: z.string(),
  benefitApplicationDate: isoDateSchema.nullable(),
  registeredWithUwv: z.boolean(),
  uwvRegistrationDate: isoDateSchema.nullable(),
  version: z.number().int().nonnegative(),
  updatedAt: isoDateTimeSchema,
  updatedBy: z.object({ id: idSchema, name: z.string() }).nullable(),
});
export type Profile = z.infer<typeof profileSchema>;
