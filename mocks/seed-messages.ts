import type { AbsenceRecord, MessageRecord, TaskRecord } from './db.ts';
import { addDays, dateTimeDaysFromNow, todayIso } from './clock.ts';

/**
 * Messages, tasks and absences: a short conversation between Anna and her coach Marieke
 * (with an appointment invitation still to answer), two tasks for Anna (one overdue) and
 * Marieke's next time away, covered by Sander. The absence starts in two weeks, so by
 * default only Marieke reads her clients' messages; move it to now with
 * `PUT /api/coaches/coach-marieke/absence` (as Marieke) to let Sander read along.
 */
export function seedMessages(): { messages: MessageRecord[]; tasks: TaskRecord[]; absences: AbsenceRecord[] } {
  const anna = { senderId: 'client-anna', senderRole: 'client' as const, senderName: 'Anna de Vries' };
  const marieke = { senderId: 'coach-marieke', senderRole: 'coach' as const, senderName: 'Marieke Bakker' };
  const base = { clientId: 'client-anna', onBehalfOf: null, attachments: [], link: null, appointment: null, kind: 'text' as const };
  const at = (days: number, hour: number, minute = 0) => dateTimeDaysFromNow(days, hour, minute);
  const message = (id: string, from: typeof anna | typeof marieke, body: string, sentAt: string, read: boolean, extra: Partial<MessageRecord> = {}): MessageRecord => ({
    ...base,
    ...from,
    id,
    body,
    writtenAt: sentAt,
    sentAt,
    deliveredAt: sentAt,
    readAt: read ? sentAt : null,
    ...extra,
  });
  const messages: MessageRecord[] = [
    message('msg-anna-1', marieke, 'Hoi Anna,\nWelkom! Ik ben Marieke, je e-coach. Je kunt mij hier altijd een bericht sturen.', at(-3, 8, 30), true),
    message('msg-anna-2', anna, 'Dank je! Ik heb een vraag over de vacature bij Albert Heijn. Moet ik mijn cv ook per post sturen?', at(-3, 10, 5), true),
    message('msg-anna-3', marieke, 'Nee, per e-mail is goed genoeg. Zet de sollicitatie daarna in je werkmap.', at(-2, 9, 15), true),
    message('msg-anna-4', marieke, 'Zullen we eens bellen over je cv?', at(-1, 8, 0), false, {
      kind: 'appointment',
      appointment: { startsAt: at(3, 9, 0), durationMinutes: 30, place: null, onlineUrl: 'https://meet.example.org/marieke-anna', answer: null },
    }),
  ];
  const task = (id: string, title: string, description: string, dueDate: string | null, createdDaysAgo: number): TaskRecord => ({
    id,
    clientId: 'client-anna',
    title,
    description,
    dueDate,
    createdBy: 'coach-marieke',
    createdAt: at(-createdDaysAgo, 9),
    doneAt: null,
    doneBy: null,
    version: 1,
    updatedAt: at(-createdDaysAgo, 9),
  });
  const today = todayIso();
  const tasks: TaskRecord[] = [
    task('task-anna-cv', 'Maak je cv af', 'Zet je laatste werk en je opleiding erin.', addDays(today, 7), 3),
    task('task-anna-workshop', 'Meld je aan voor de workshop solliciteren', 'De workshop is in de bibliotheek van Groningen.', addDays(today, -1), 5),
    { ...task('task-henk-diploma', 'Neem je diploma mee naar het gesprek', 'Je kunt er ook een foto van maken.', addDays(today, 10), 2), clientId: 'client-henk', createdBy: 'coach-sander' },
  ];
  const absences: AbsenceRecord[] = [{ coachId: 'coach-marieke', coveredBy: 'coach-sander', startsAt: at(14, 7), endsAt: at(21, 17) }];
  return { messages, tasks, absences };
}
