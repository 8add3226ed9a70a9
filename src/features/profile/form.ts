import { z } from 'zod';
import { datePartsSchema, isoToParts, type DateParts } from '#src/shared/lib/dates.ts';
import { profileInputSchema, type ProfileInput } from './schemas.ts';

/**
 * What the profile form holds: the input as typed (dates as three parts, yes/no as text),
 * so nothing typed is lost when it does not validate yet.
 */
export type ProfileFormValues = {
  preferredName: string;
  phone: string;
  email: string;
  town: string;
  benefitApplicationDate: DateParts;
  registeredWithUwv: '' | 'yes' | 'no';
  uwvRegistrationDate: DateParts;
};

const fields = profileInputSchema.shape;

export const profileFormSchema = z
  .object({
    preferredName: fields.preferredName,
    phone: fields.phone,
    email: fields.email,
    town: fields.town,
    benefitApplicationDate: datePartsSchema({ notInFuture: true }),
    registeredWithUwv: z.enum(['', 'yes', 'no']),
    uwvRegistrationDate: datePartsSchema({ notInFuture: true }),
  })
  // `when`: these run even when another field is wrong, so every problem shows at once
  .refine((v) => v.registeredWithUwv !== '', {
    path: ['registeredWithUwv'],
    message: 'validation.registeredWithUwv.required',
    when: () => true,
  })
  .refine((v) => !(v.registeredWithUwv === 'yes' && v.uwvRegistrationDate === null), {
    path: ['uwvRegistrationDate'],
    message: 'validation.uwvRegistrationDate.required',
    when: () => true,
  })
  .transform(
    (v): ProfileInput => ({
      preferredName: v.preferredName,
      phone: v.phone,
      email: v.email,
      town: v.town,
      benefitApplicationDate: v.benefitApplicationDate,
      registeredWithUwv: v.registeredWithUwv === 'yes',
      uwvRegistrationDate: v.registeredWithUwv === 'yes' ? v.uwvRegistrationDate : null,
    }),
  );

export function toFormValues(profile: Partial<ProfileInput> | undefined): ProfileFormValues {
  return {
    preferredName: profile?.preferredName ?? '',
    phone: profile?.phone ?? '',
    email: profile?.email ?? '',
    town: profile?.town ?? '',
    benefitApplicationDate: isoToParts(profile?.benefitApplicationDate),
    registeredWithUwv: profile?.registeredWithUwv === undefined ? '' : profile.registeredWithUwv ? 'yes' : 'no',
    uwvRegistrationDate: isoToParts(profile?.uwvRegistrationDate),
  };
}

/** Field order on the page, for the error summary. */
export const profileFieldOrder = [
  'preferredName',
  'phone',
  'email',
  'town',
  'benefitApplicationDate',
  'registeredWithUwv',
  'uwvRegistrationDate',
] as const;
