import type { NotificationKind } from '#src/features/notifications/schemas.ts';

/**
 * ONE table from events to notifications (pure; the scheduler in ./scheduler.ts finds the events
 * in the store). Each event makes at most one notification per person, under a key that is the
 * same every time the event is seen again: the scheduler makes a key's notification once.
 *
 * `push`: whether it may also go out as a push (an old event found later, e.g. seed data, only
 * shows in the list).
 */

export type NotificationEvent =
  /** A message in a client's conversation (from the coach, or from the client for the coach). */
  | { type: 'message'; messageId: string; clientId: string; coachId: string | null; from: 'client' | 'coach' | 'helper'; appointment: boolean; at: string }
  /** An appointment (invitation) that starts tomorrow. */
  | { type: 'appointmentTomorrow'; messageId: string; clientId: string; date: string }
  | { type: 'taskDueTomorrow'; taskId: string; clientId: string; dueDate: string }
  /** The zoekperiode ends in 3 days and an obligation is still open. */
  | { type: 'searchPeriodEnding'; clientId: string; end: string }
  /** The current hand-in period of the norm ends tomorrow and nothing was handed in. */
  | { type: 'handInEnding'; clientId: string; periodEnd: string }
  | { type: 'feedback'; feedbackId: string; activityId: string; clientId: string; at: string }
  | { type: 'vacancyProposed'; proposalId: string; clientId: string; at: string }
  /** A vacancy the client saved closes tomorrow. */
  | { type: 'savedVacancyClosing'; vacancyId: string; clientId: string; validThrough: string };

export type EventType = NotificationEvent['type'];
type EventOf<T extends EventType> = Extract<NotificationEvent, { type: T }>;

export type NotificationDraft = {
  /** Once-only: the same event seen again has the same key. */
  key: string;
  /** A client (their own account) or a staff member by user id. */
  to: { clientId: string } | { userId: string };
  kind: NotificationKind;
  link: string;
  /** When it happened (events) or `null`: made now (reminders). */
  at: string | null;
};

type Rule<T extends EventType> = (event: EventOf<T>) => NotificationDraft[];

/** The table: per event, who hears of it, as which kind, and where a click goes. */
export const rules: { [T in EventType]: Rule<T> } = {
  message: (e) => {
    if (e.from === 'client') {
      // the coach, when they turned it on; a helper writing for the client counts as the client
      return e.coachId ? [{ key: `message:${e.messageId}:${e.coachId}`, to: { userId: e.coachId }, kind: 'clientMessage', link: `/coach/clienten/${e.clientId}/berichten`, at: e.at }] : [];
    }
    if (e.from === 'helper') return e.coachId ? rules.message({ ...e, from: 'client' }) : [];
    return [{ key: `message:${e.messageId}:${e.clientId}`, to: { clientId: e.clientId }, kind: e.appointment ? 'appointment' : 'message', link: '/berichten', at: e.at }];
  },
  appointmentTomorrow: (e) => [{ key: `appointment-tomorrow:${e.messageId}:${e.date}`, to: { clientId: e.clientId }, kind: 'appointmentTomorrow', link: '/berichten', at: null }],
  taskDueTomorrow: (e) => [{ key: `task-due:${e.taskId}:${e.dueDate}`, to: { clientId: e.clientId }, kind: 'taskDueTomorrow', link: '/taken', at: null }],
  searchPeriodEnding: (e) => [{ key: `search-period-ending:${e.clientId}:${e.end}`, to: { clientId: e.clientId }, kind: 'searchPeriodEnding', link: '/start', at: null }],
  handInEnding: (e) => [{ key: `hand-in-ending:${e.clientId}:${e.periodEnd}`, to: { clientId: e.clientId }, kind: 'handInEnding', link: '/werkmap', at: null }],
  feedback: (e) => [{ key: `feedback:${e.feedbackId}`, to: { clientId: e.clientId }, kind: 'feedback', link: `/werkmap/${e.activityId}`, at: e.at }],
  vacancyProposed: (e) => [{ key: `proposal:${e.proposalId}`, to: { clientId: e.clientId }, kind: 'vacancyProposed', link: '/voorstellen', at: e.at }],
  savedVacancyClosing: (e) => [
    { key: `saved-vacancy-closing:${e.clientId}:${e.vacancyId}:${e.validThrough}`, to: { clientId: e.clientId }, kind: 'savedVacancyClosing', link: '/vacatures/mijn', at: null },
  ],
};

/** The notifications one event makes. */
export function notificationsFor(event: NotificationEvent): NotificationDraft[] {
  return (rules[event.type] as Rule<EventType>)(event);
}

/** What a push says: one sentence per group, nothing personal (the lock screen shows it). */
export type PushTextKey = 'message' | 'appointment' | 'reminder' | 'news';
export const PUSH_TEXT_OF: Record<NotificationKind, PushTextKey> = {
  message: 'message',
  clientMessage: 'message',
  appointment: 'appointment',
  appointmentTomorrow: 'reminder',
  taskDueTomorrow: 'reminder',
  searchPeriodEnding: 'reminder',
  handInEnding: 'reminder',
  savedVacancyClosing: 'reminder',
  feedback: 'news',
  vacancyProposed: 'news',
};
