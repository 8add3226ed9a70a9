import { z } from 'zod';
import { maxChars } from '#src/shared/lib/text.ts';
import { idSchema, isoDateTimeSchema } from '#src/shared/lib/domain.ts';
import { webUrlSchema } from '#src/shared/lib/url.ts';

/**
 * Messages between a client and their e-coach (one conversation per client; the
 * coach's team reads along while the coach is away). Shared with the mock
 * backend; validation messages are i18n keys (`validation.message.*`).
 */

export const messageSenderRoleSchema = z.enum(['client', 'coach', 'helper']);
export type MessageSenderRole = z.infer<typeof messageSenderRoleSchema>;

/** What a message can point at ("vraag over deze sollicitatie"; a course from "Wat past bij mij?", shown at `/opleidingen/{id}`). */
export const messageLinkSchema = z.object({
  type: z.enum(['activity', 'cv', 'portfolioItem', 'task', 'course']),
  id: idSchema,
  /** Shown as the link text; the sender's device fills it in. */
  label: z.string().trim().min(1).max(200),
});
export type MessageLink = z.infer<typeof messageLinkSchema>;

export const messageAttachmentSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(200),
  mediaType: z.string().min(3).max(100),
  size: z.number().int().min(0),
});
export type MessageAttachment = z.infer<typeof messageAttachmentSchema>;

export const appointmentAnswerSchema = z.object({
  answer: z.enum(['coming', 'otherTime']),
  /** Required when another moment is needed. */
  reason: z.string().trim().max(1000),
  at: isoDateTimeSchema,
});

/** What the coach sends: the online link must be a web address (https or http), never `javascript:` and the like. */
export const appointmentInputSchema = z.object({
  startsAt: isoDateTimeSchema,
  durationMinutes: z.number().int().min(5).max(480),
  place: z.string().trim().max(200).nullable(),
  onlineUrl: webUrlSchema.nullable(),
});

/**
 * An invitation for a conversation: a kind of message. The stored link was checked on the way
 * in; a screen still makes it a link only through `safeWebUrl`.
 */
export const appointmentSchema = appointmentInputSchema.extend({
  onlineUrl: z.string().meta({ description: 'As it was accepted (an http or https address); a client shows it as a link only after checking the scheme.' }).nullable(),
  answer: appointmentAnswerSchema.nullable(),
});
export type Appointment = z.infer<typeof appointmentSchema>;

/** A message as the server keeps and returns it. */
export const messageSchema = z.object({
  /** Made on the device (UUID): sending is `PUT /clients/{clientId}/messages/{id}`. */
  id: idSchema,
  clientId: idSchema,
  senderId: idSchema,
  senderRole: messageSenderRoleSchema,
  senderName: z.string().min(1),
  /** Set when a helper or a colleague of the coach wrote it for someone else. */
  onBehalfOf: idSchema.nullable(),
  kind: z.enum(['text', 'appointment']),
  body: z.string().max(5000),
  attachments: z.array(messageAttachmentSchema).max(5),
  link: messageLinkSchema.nullable(),
  appointment: appointmentSchema.nullable(),
  /** When the sender wrote it (device clock). */
  writtenAt: isoDateTimeSchema,
  /** When the server accepted it (verstuurd). */
  sentAt: isoDateTimeSchema,
  /** When the other side's app fetched it (afgeleverd). */
  deliveredAt: isoDateTimeSchema.nullable(),
  /** When the other side opened the conversation (gelezen). */
  readAt: isoDateTimeSchema.nullable(),
});
export type Message = z.infer<typeof messageSchema>;

/** What the sender's device sends: `PUT /clients/{clientId}/messages/{id}` (attachments follow as chunked uploads). */
export const MESSAGE_MAX_CHARS = 5000;
export const messageInputSchema = z
  .object({
    kind: z.enum(['text', 'appointment']),
    body: z.string().check(maxChars(MESSAGE_MAX_CHARS, 'validation.message.tooLong')),
    link: messageLinkSchema.nullable(),
    appointment: appointmentInputSchema.nullable(),
    writtenAt: isoDateTimeSchema,
    /** Attachments that follow as uploads (the server shows them once complete). */
    attachmentCount: z.number().int().min(0).max(5),
  })
  .superRefine((input, ctx) => {
    if (input.kind === 'text' && input.body.trim() === '' && input.attachmentCount === 0) {
      ctx.addIssue({ code: 'custom', path: ['body'], message: 'validation.message.empty' });
    }
    if (input.kind === 'appointment' && !input.appointment) {
      ctx.addIssue({ code: 'custom', path: ['appointment'], message: 'validation.message.appointment.required' });
    }
    if (input.appointment && !input.appointment.place && !input.appointment.onlineUrl) {
      ctx.addIssue({ code: 'custom', path: ['appointment', 'place'], message: 'validation.message.appointment.place' });
    }
  });
export type MessageInput = z.infer<typeof messageInputSchema>;

/** The client's answer to an invitation: `PUT /clients/{clientId}/messages/{id}/answer`. */
export const appointmentAnswerInputSchema = z
  .object({ answer: z.enum(['coming', 'otherTime']), reason: z.string().check(maxChars(1000, 'validation.message.reason.tooLong')) })
  .superRefine((input, ctx) => {
    if (input.answer === 'otherTime' && input.reason.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'validation.message.reason.required' });
    }
  });
export type AppointmentAnswerInput = z.infer<typeof appointmentAnswerInputSchema>;

export const markReadInputSchema = z.object({ upTo: isoDateTimeSchema });

/** One client's conversation as the reader sees it. */
export const conversationSchema = z.object({
  clientId: idSchema,
  clientName: z.string(),
  coachName: z.string().nullable(),
  /** Oldest first. */
  messages: z.array(messageSchema),
  /** Messages from the other side the reader has not read. */
  unread: z.number().int().min(0),
});
export type Conversation = z.infer<typeof conversationSchema>;

export const unreadSchema = z.object({ total: z.number().int().min(0), byClient: z.record(z.string(), z.number().int().min(0)) });
export type Unread = z.infer<typeof unreadSchema>;

/** A coach's time away: a colleague (`coveredBy`) reads and answers their clients' messages meanwhile. */
export const absenceSchema = z.object({
  coachId: idSchema,
  coveredBy: idSchema,
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
});
export type Absence = z.infer<typeof absenceSchema>;
export const absenceInputSchema = absenceSchema.omit({ coachId: true });
