import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from '#src/shared/lib/domain.ts';
import { languageCodes, type LanguageCode } from '#src/shared/i18n/languages.ts';

/**
 * Meldingen (issue 17): what the server tells a person, in the app (the list at /meldingen) and,
 * where they allowed it, as a Web Push. Shared with the mock backend, which makes them
 * (mocks/notify/). A notification carries no personal details: its kind says what happened, its
 * link where to look.
 */

/** Every kind of notification; each is a setting the person can switch off. */
export const NOTIFICATION_KINDS = [
  'message',
  'appointment',
  'appointmentTomorrow',
  'taskDueTomorrow',
  'searchPeriodEnding',
  'handInEnding',
  'feedback',
  'vacancyProposed',
  'savedVacancyClosing',
  'clientMessage',
] as const;
export const notificationKindSchema = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

/** The kinds a client gets; a coach gets only `clientMessage` (off unless they turn it on). */
export const CLIENT_KINDS = NOTIFICATION_KINDS.filter((kind) => kind !== 'clientMessage');
export const COACH_KINDS: readonly NotificationKind[] = ['clientMessage'];
/** On unless the person switched it off; `clientMessage` is off until the coach turns it on. */
export const KIND_DEFAULT_ON: Record<NotificationKind, boolean> = Object.fromEntries(
  NOTIFICATION_KINDS.map((kind) => [kind, kind !== 'clientMessage']),
) as Record<NotificationKind, boolean>;

/** An app address (`/berichten`, `/werkmap/{id}`): where a click takes the person. */
const appPathSchema = z.string().regex(/^\/[A-Za-z0-9/_-]*$/).max(300);

export const notificationSchema = z.object({
  id: idSchema,
  kind: notificationKindSchema,
  /** When the event happened or the reminder was made (server clock). */
  createdAt: isoDateTimeSchema,
  readAt: isoDateTimeSchema.nullable(),
  link: appPathSchema,
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListSchema = z.object({
  notifications: z.array(notificationSchema),
  unread: z.number().int().min(0),
  /** Older ones exist: ask again with `before` = the last one's `createdAt` (inclusive: that one comes again). */
  more: z.boolean(),
});
export type NotificationList = z.infer<typeof notificationListSchema>;

/** Everything up to and including `upTo` is read (`PUT /me/notifications/read`). */
export const markAllReadInputSchema = z.object({ upTo: isoDateTimeSchema });
export const markAllReadResultSchema = z.object({ unread: z.number().int().min(0) });

const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.notifications.time' });

export const quietHoursSchema = z.object({
  /** Local time (Europe/Amsterdam) from which pushes wait, e.g. `22:00`. */
  from: clockTimeSchema,
  /** Local time at which waiting pushes go, e.g. `08:00`. Equal to `from`: no quiet hours. */
  to: clockTimeSchema,
});
export type QuietHours = z.infer<typeof quietHoursSchema>;
export const DEFAULT_QUIET_HOURS: QuietHours = { from: '22:00', to: '08:00' };

export const languageSchema = z.enum(languageCodes as [LanguageCode, ...LanguageCode[]]);

/** The person's choices, kept on the server (the same on every device). */
export const notificationSettingsInputSchema = z.object({
  kinds: z.partialRecord(notificationKindSchema, z.boolean()),
  quietHours: quietHoursSchema,
  /** The app's language: a push is written in it. */
  language: languageSchema,
  /** Asked once, at the right moment: after "Nu niet" the app does not ask again. */
  pushPrompt: z.enum(['notAsked', 'declined', 'accepted']),
});
export type NotificationSettingsInput = z.infer<typeof notificationSettingsInputSchema>;

export const notificationSettingsSchema = notificationSettingsInputSchema.extend({
  /** Which kinds this person can get (a client's or a coach's). */
  available: z.array(notificationKindSchema),
  /** Devices that receive pushes now. */
  pushDevices: z.number().int().min(0),
  /** 0 until first saved (If-Match "0"). */
  version: z.number().int().min(0),
});
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

/** `GET /push/public-key`: the server's VAPID public key (base64url), for `pushManager.subscribe`. */
export const pushPublicKeySchema = z.object({ publicKey: z.string().regex(/^[A-Za-z0-9_-]{40,200}$/) });

/** One device's push subscription (`PushSubscription.toJSON()`), stored per device. */
export const pushSubscriptionInputSchema = z.object({
  endpoint: z.url({ protocol: /^https?$/ }).max(2000),
  keys: z.object({ p256dh: z.string().regex(/^[A-Za-z0-9_-]{20,200}$/), auth: z.string().regex(/^[A-Za-z0-9_-]{8,100}$/) }),
});
export type PushSubscriptionInput = z.infer<typeof pushSubscriptionInputSchema>;

export const pushSubscriptionSchema = z.object({ id: idSchema, createdAt: isoDateTimeSchema });
