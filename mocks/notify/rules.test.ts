import { describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS } from '#src/features/notifications/schemas.ts';
import { notificationsFor, PUSH_TEXT_OF, type NotificationEvent } from './rules.ts';

const AT = '2026-12-07T10:00:00.000Z';

describe('events → notifications (one table)', () => {
  const cases: Array<[string, NotificationEvent, Array<{ to: object; kind: string; link: string }>]> = [
    ['a message from the coach', { type: 'message', messageId: 'm1', clientId: 'c1', coachId: 'k1', from: 'coach', appointment: false, at: AT }, [{ to: { clientId: 'c1' }, kind: 'message', link: '/berichten' }]],
    ['an invitation from the coach', { type: 'message', messageId: 'm2', clientId: 'c1', coachId: 'k1', from: 'coach', appointment: true, at: AT }, [{ to: { clientId: 'c1' }, kind: 'appointment', link: '/berichten' }]],
    ['a message from the client (for the coach)', { type: 'message', messageId: 'm3', clientId: 'c1', coachId: 'k1', from: 'client', appointment: false, at: AT }, [{ to: { userId: 'k1' }, kind: 'clientMessage', link: '/coach/clienten/c1/berichten' }]],
    ['a helper writing for the client counts as the client', { type: 'message', messageId: 'm4', clientId: 'c1', coachId: 'k1', from: 'helper', appointment: false, at: AT }, [{ to: { userId: 'k1' }, kind: 'clientMessage', link: '/coach/clienten/c1/berichten' }]],
    ['a client without a coach: nobody', { type: 'message', messageId: 'm5', clientId: 'c1', coachId: null, from: 'client', appointment: false, at: AT }, []],
    ['an appointment tomorrow', { type: 'appointmentTomorrow', messageId: 'm2', clientId: 'c1', date: '2026-12-08' }, [{ to: { clientId: 'c1' }, kind: 'appointmentTomorrow', link: '/berichten' }]],
    ['a task due tomorrow', { type: 'taskDueTomorrow', taskId: 't1', clientId: 'c1', dueDate: '2026-12-08' }, [{ to: { clientId: 'c1' }, kind: 'taskDueTomorrow', link: '/taken' }]],
    ['the zoekperiode ends in 3 days', { type: 'searchPeriodEnding', clientId: 'c1', end: '2026-12-10' }, [{ to: { clientId: 'c1' }, kind: 'searchPeriodEnding', link: '/start' }]],
    ['the hand-in period ends tomorrow', { type: 'handInEnding', clientId: 'c1', periodEnd: '2026-12-08' }, [{ to: { clientId: 'c1' }, kind: 'handInEnding', link: '/werkmap' }]],
    ['feedback on an activity', { type: 'feedback', feedbackId: 'f1', activityId: 'a1', clientId: 'c1', at: AT }, [{ to: { clientId: 'c1' }, kind: 'feedback', link: '/werkmap/a1' }]],
    ['a vacancy proposed', { type: 'vacancyProposed', proposalId: 'p1', clientId: 'c1', at: AT }, [{ to: { clientId: 'c1' }, kind: 'vacancyProposed', link: '/voorstellen' }]],
    ['a saved vacancy closing', { type: 'savedVacancyClosing', vacancyId: 'v1', clientId: 'c1', validThrough: '2026-12-08' }, [{ to: { clientId: 'c1' }, kind: 'savedVacancyClosing', link: '/vacatures/mijn' }]],
  ];

  it.each(cases)('%s', (_name, event, expected) => {
    expect(notificationsFor(event).map(({ to, kind, link }) => ({ to, kind, link }))).toEqual(expected);
  });

  it('gives the same key when the same event is seen again, another for another event', () => {
    const event = cases[0]![1];
    expect(notificationsFor(event)[0]!.key).toBe(notificationsFor(structuredClone(event))[0]!.key);
    const keys = cases.flatMap(([, e]) => notificationsFor(e).map((n) => n.key));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('a reminder for another day is another reminder', () => {
    const a = notificationsFor({ type: 'taskDueTomorrow', taskId: 't1', clientId: 'c1', dueDate: '2026-12-08' })[0]!.key;
    const b = notificationsFor({ type: 'taskDueTomorrow', taskId: 't1', clientId: 'c1', dueDate: '2026-12-09' })[0]!.key;
    expect(a).not.toBe(b);
  });

  it('events keep their time, reminders are made now', () => {
    expect(notificationsFor(cases[0]![1])[0]!.at).toBe(AT);
    expect(notificationsFor(cases[6]![1])[0]!.at).toBeNull();
  });

  it('every kind has a push text group', () => {
    for (const kind of NOTIFICATION_KINDS) expect(PUSH_TEXT_OF[kind]).toBeDefined();
  });
});
