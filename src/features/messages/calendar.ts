import { calendarUid, sequenceAt, type CalendarEvent } from '#src/shared/calendar/event.ts';
import { safeWebUrl } from '#src/shared/lib/url.ts';
import type { MessageView } from './use-conversation-view.ts';

export type AppointmentTexts = { summary: string; online: string };

/**
 * An invitation as a calendar event for the client: "Afspraak met je e-coach", where (the place, or
 * online with the link), nothing else personal. The UID is the message's; once the client
 * answered "Ik heb een ander moment nodig" it is cancelled, and every answer raises the SEQUENCE
 * (from the time of the answer), so the calendar keeps the latest.
 */
export function appointmentEvent(message: MessageView, texts: AppointmentTexts, now: string = new Date().toISOString()): CalendarEvent | null {
  const appointment = message.appointment;
  if (!appointment) return null;
  const answer = message.pendingAnswer ? { answer: message.pendingAnswer.answer, at: now } : appointment.answer;
  const url = safeWebUrl(appointment.onlineUrl) ?? undefined;
  return {
    uid: calendarUid('appointment', message.id),
    sequence: sequenceAt(answer?.at ?? null),
    summary: texts.summary,
    startsAt: appointment.startsAt,
    durationMinutes: appointment.durationMinutes,
    location: appointment.place ?? (url ? texts.online : undefined),
    description: url,
    url,
    cancelled: answer?.answer === 'otherTime',
  };
}

/** Whether the appointment is still to come (a past one is not offered for the calendar). */
export function appointmentAhead(message: MessageView, now: Date = new Date()): boolean {
  const appointment = message.appointment;
  return appointment !== null && Date.parse(appointment.startsAt) + appointment.durationMinutes * 60_000 > now.getTime();
}
