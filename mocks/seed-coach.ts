import type { ServiceLine } from '#src/shared/lib/domain.ts';
import { seededRandom } from '#src/shared/lib/random.ts';
import type { ActivityInput } from '#src/features/work-folder/schemas.ts';
import { applyActivityWrite } from '#src/features/work-folder/rules.ts';
import type { ActivityRecord, ClientRecord, CoachNoteRecord, DbState, MessageRecord, ProfileRecord, TaskRecord } from './db.ts';
import { addDays, addYears, dateTimeDaysFromNow, todayIso } from './clock.ts';

/**
 * The coach workspace part of the seed: 56 more fictional clients for Marieke (66 in all), so
 * her caseload looks like a real one, and 100 for Ruud Hoekstra (a full working day, issue 20) — every service line, zoekperiodes running and ended,
 * activities, messages (some unanswered), tasks (some overdue) and a few coach-only notes.
 * Deterministic (a fixed pseudo-random sequence); dates relative to today. Messages and tasks
 * follow the contracts of the messages and tasks features exactly.
 * `scaleSeed()` makes the bench's big caseload (150 clients × 200 activities × 100 messages).
 */

const FIRST = ['Fleur', 'Daan', 'Sem', 'Noor', 'Lucas', 'Emma', 'Milan', 'Julia', 'Levi', 'Sophie', 'Finn', 'Tess', 'Ahmet', 'Fatima', 'Piotr', 'Olena', 'Rik', 'Anouk', 'Thijs', 'Iris', 'Jesse', 'Lieke', 'Youssef', 'Mila'];
const LAST = ['Visser', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Dekker', 'Brouwer', 'Koster', 'Postma', 'Wiersma', 'Zijlstra', 'Hoekstra', 'Kramer', 'Schuurman', 'Yilmaz', 'Kowalski', 'Bondarenko'];
const TOWNS = ['Groningen', 'Haren', 'Hoogezand', 'Veendam', 'Winschoten', 'Delfzijl', 'Leek', 'Stadskanaal', 'Appingedam', 'Zuidhorn'];
const EMPLOYERS = ['Zorggroep Noorderlicht', 'Gemeente Groningen', 'Albert Heijn', 'UMCG', 'Gasunie', 'Bakkerij Bolt', 'PostNL', 'Hanzehogeschool', 'Martiniziekenhuis', 'Randstad'];
const JOBS = ['Administratief medewerker', 'Verkoopmedewerker', 'Magazijnmedewerker', 'Schoonmaker', 'Receptionist', 'Chauffeur', 'Kok', 'Zorgassistent'];
const TYPES = ['vacancy', 'vacancy', 'openApplication', 'employerContact', 'jobInterview', 'vacancy', 'network', 'workshop', 'browsing', 'agency'] as const;
const CLIENT_QUESTIONS = [
  'Ik heb een vraag over mijn werkmap. Telt een open sollicitatie ook mee?',
  'Ik ben volgende week ziek. Wat moet ik doen?',
  'Kunt u mijn cv bekijken?',
  'Ik heb een gesprek bij een werkgever. Hoe bereid ik me voor?',
  'Ik kan niet naar de workshop komen. Mag ik een andere dag kiezen?',
];
const COACH_ANSWERS = ['Goed dat je het vraagt. Ja, dat telt mee.', 'Dank je. Ik kijk er deze week naar.', 'Prima, schrijf het in je werkmap.'];
const TASKS = ['Maak je cv af', 'Ga naar de workshop solliciteren', 'Solliciteer bij twee werkgevers in de zorg', 'Schrijf je in bij een uitzendbureau', 'Vul je werkmap aan'];
const LINES: Array<ServiceLine | null> = [null, 'selfReliant', 'selfReliant', 'selfReliant', 'guidedSupport', null, 'selfReliant', 'socialParticipation'];

const pick = <T,>(list: readonly T[], r: () => number): T => list[Math.floor(r() * list.length)] as T;

/** The k-th generated name: unique for the first 24 × 21 (same first name, then another last name). */
export function generatedName(k: number): string {
  return `${FIRST[k % FIRST.length]} ${LAST[(k * 7 + Math.floor(k / FIRST.length)) % LAST.length]}`;
}

export type CoachSeed = {
  clients: ClientRecord[];
  profiles: ProfileRecord[];
  activities: ActivityRecord[];
  messages: MessageRecord[];
  tasks: TaskRecord[];
  coachNotes: CoachNoteRecord[];
};

type Options = { coachId: string; coachName: string; count: number; prefix: string; firstBsn: number; activities?: number; messages?: number; seed?: number; nameFrom?: number };

function activityInput(i: number, date: string, r: () => number): ActivityInput {
  const typeId = TYPES[i % TYPES.length] ?? 'vacancy';
  const employer = pick(EMPLOYERS, r);
  const sent = typeId === 'vacancy' || typeId === 'openApplication';
  return {
    typeId,
    date,
    employer: typeId === 'network' || typeId === 'workshop' ? '' : employer,
    jobTitle: typeId === 'agency' || typeId === 'browsing' || typeId === 'openApplication' ? '' : pick(JOBS, r),
    vacancy: typeId === 'vacancy' ? `https://www.werk.nl/vacature/${50_000 + i}` : '',
    how: sent || typeId === 'employerContact' ? 'email' : '',
    contactName: typeId === 'network' ? 'Buurman Jan' : '',
    contactDetail: '',
    eventTitle: typeId === 'workshop' ? 'Workshop solliciteren' : '',
    notes: '',
    results: sent ? [{ status: 'sent', date }] : [],
  };
}

/** Generates `count` clients for a coach with their werkmap, messages, tasks and notes. */
export function generateCaseload(options: Options): CoachSeed {
  const today = todayIso();
  const out: CoachSeed = { clients: [], profiles: [], activities: [], messages: [], tasks: [], coachNotes: [] };
  const r = seededRandom(options.seed ?? 7);
  for (let n = 0; n < options.count; n += 1) {
    const id = `${options.prefix}-${String(n + 1).padStart(3, '0')}`;
    const name = generatedName(n + (options.nameFrom ?? 0));
    const serviceLine = LINES[n % LINES.length] ?? null;
    // no line yet: in or just after the zoekperiode; a line: longer ago (some past the three-month review)
    const appliedDaysAgo = serviceLine === null ? Math.floor(r() * 40) : 30 + Math.floor(r() * 150);
    const benefitApplicationDate = addDays(today, -appliedDaysAgo);
    const town = pick(TOWNS, r);
    const lastActiveDaysAgo = Math.floor(r() * Math.min(30, appliedDaysAgo + 1));
    out.clients.push({
      id,
      name,
      bsn: fakeBsnFrom(options.firstBsn + n),
      birthDate: addDays(addYears(today, -(19 + Math.floor(r() * 45))), -Math.floor(r() * 360) - 1),
      town,
      firstLanguage: n % 9 === 3 ? 'tr' : n % 11 === 5 ? 'ar' : 'nl',
      hasStartkwalificatie: r() > 0.25,
      previousWork: r() > 0.2 ? `${pick(JOBS, r)} bij ${pick(EMPLOYERS, r)}` : null,
      coachId: options.coachId,
      serviceLine,
      benefitApplicationDate,
      lastActivityAt: dateTimeDaysFromNow(-lastActiveDaysAgo, 10, n % 60),
    });
    out.profiles.push({
      clientId: id,
      preferredName: name.split(' ')[0] ?? name,
      phone: `06 ${String(10_000_000 + n * 7919).slice(0, 8)}`,
      email: `${id}@example.nl`,
      town,
      benefitApplicationDate,
      registeredWithUwv: r() > 0.2,
      uwvRegistrationDate: addDays(benefitApplicationDate, -1),
      version: 1,
      updatedAt: dateTimeDaysFromNow(-appliedDaysAgo, 8),
      updatedBy: null,
    });

    // werkmap: some keep up, some fall behind, some stopped two weeks or more ago
    const activityCount = options.activities ?? Math.floor(r() * 12);
    const stoppedDaysAgo = n % 6 === 2 ? 15 + Math.floor(r() * 10) : 0;
    for (let i = 0; i < activityCount; i += 1) {
      const span = Math.max(1, Math.min(appliedDaysAgo, options.activities ? 400 : 56) - stoppedDaysAgo);
      const daysAgo = stoppedDaysAgo + Math.floor((i * span) / Math.max(1, activityCount));
      const date = addDays(today, -daysAgo);
      const result = applyActivityWrite(undefined, activityInput(i + n, date, r), {
        id: `${id}-act-${i + 1}`,
        clientId: id,
        actor: { id, name },
        at: dateTimeDaysFromNow(-daysAgo, 17, i % 60),
      });
      if (result.ok) out.activities.push(result.activity);
    }

    // messages: a conversation; every third client's last question is not answered yet
    const messageCount = options.messages ?? (n % 4 === 0 ? 0 : 1 + Math.floor(r() * 4));
    for (let m = 0; m < messageCount; m += 1) {
      const fromClient = m % 2 === 0 || (m === messageCount - 1 && n % 3 === 1);
      const daysAgo = Math.floor(((messageCount - m) * Math.min(appliedDaysAgo + 1, 30)) / (messageCount + 1));
      const sentAt = dateTimeDaysFromNow(-daysAgo, 9 + (m % 8), (n + m) % 60);
      const read = !fromClient || daysAgo > 3 || m < messageCount - 1;
      out.messages.push({
        id: `${id}-msg-${m + 1}`,
        clientId: id,
        senderId: fromClient ? id : options.coachId,
        senderRole: fromClient ? 'client' : 'coach',
        senderName: fromClient ? name : options.coachName,
        onBehalfOf: null,
        kind: 'text',
        body: fromClient ? pick(CLIENT_QUESTIONS, r) : pick(COACH_ANSWERS, r),
        attachments: [],
        link: null,
        appointment: null,
        writtenAt: sentAt,
        sentAt,
        deliveredAt: sentAt,
        readAt: read ? sentAt : null,
      });
    }

    // tasks: one or two for half of the caseload, some overdue, some done
    if (n % 2 === 0 && !options.activities) {
      for (let t = 0; t < 1 + (n % 3 === 0 ? 1 : 0); t += 1) {
        const createdAt = dateTimeDaysFromNow(-10 - t, 11);
        const done = (n + t) % 5 === 0;
        out.tasks.push({
          id: `${id}-task-${t + 1}`,
          clientId: id,
          title: TASKS[(n + t) % TASKS.length] ?? 'Maak je cv af',
          description: '',
          dueDate: addDays(today, (n % 4) * 4 - 5),
          createdBy: options.coachId,
          createdAt,
          doneAt: done ? dateTimeDaysFromNow(-2, 15) : null,
          doneBy: done ? id : null,
          version: done ? 2 : 1,
          updatedAt: done ? dateTimeDaysFromNow(-2, 15) : createdAt,
        });
      }
    }
    if (n % 10 === 0 && !options.activities) {
      out.coachNotes.push({
        id: `${id}-note-1`,
        clientId: id,
        text: 'Belde op maandag. Wil graag in de zorg werken; rijbewijs B.',
        createdAt: dateTimeDaysFromNow(-7, 14),
        createdBy: { id: options.coachId, name: options.coachName },
      });
    }
  }
  return out;
}

/** An elfproef-valid, fictional BSN (same rule as the main seed, another range of numbers). */
function fakeBsnFrom(n: number): string {
  for (let candidate = 20_000_000 + n * 7919; ; candidate += 1) {
    const digits = String(candidate).padStart(8, '0').slice(-8).split('').map(Number);
    const sum = digits.reduce((total, digit, index) => total + digit * (9 - index), 0);
    const last = sum % 11;
    if (last <= 9) return `${digits.join('')}${last}`;
  }
}

/** Adds the coach workspace's seed to the main seed (called by `buildSeed`). */
export function withCoachSeed(state: Omit<DbState, 'coachNotes' | 'reviews'>): DbState {
  const marieke = generateCaseload({ coachId: 'coach-marieke', coachName: 'Marieke Bakker', count: 56, prefix: 'client-m', firstBsn: 100 });
  // Ruud Hoekstra: a full working day's caseload of 100 (issue 20), another part of the sequence
  const ruud = generateCaseload({ coachId: 'coach-ruud', coachName: 'Ruud Hoekstra', count: 100, prefix: 'client-r', firstBsn: 300, seed: 23, nameFrom: 56 });
  const extra = { clients: [...marieke.clients, ...ruud.clients], profiles: [...marieke.profiles, ...ruud.profiles], activities: [...marieke.activities, ...ruud.activities], messages: [...marieke.messages, ...ruud.messages], tasks: [...marieke.tasks, ...ruud.tasks], coachNotes: [...marieke.coachNotes, ...ruud.coachNotes] };
  return {
    ...state,
    clients: [...state.clients, ...extra.clients],
    profiles: [...state.profiles, ...extra.profiles],
    activities: [...state.activities, ...extra.activities],
    messages: [...state.messages, ...extra.messages],
    tasks: [...state.tasks, ...extra.tasks],
    coachNotes: extra.coachNotes,
    reviews: [],
  };
}

/** The bench's caseload: `clients` clients for Marieke, each with `activities` activities and `messages` messages. */
export function scaleSeed(clients = 150, activities = 200, messages = 100): CoachSeed {
  return generateCaseload({ coachId: 'coach-marieke', coachName: 'Marieke Bakker', count: clients, prefix: 'bench', firstBsn: 5000, activities, messages, seed: 11 });
}
