import { emptyActivityParts, type ActivityInput, type ResultStep } from '#src/features/work-folder/schemas.ts';
import { applyActivityWrite } from '#src/features/work-folder/rules.ts';
import type { ActivityRecord, ClientRecord, NormRecord, SubmissionRecord } from './db.ts';
import { addDays, dateTimeDaysFromNow, todayIso } from './clock.ts';

/**
 * The werkmap part of the seed: a handful of activities for Anna and Henk, about forty for
 * Sanne (a handed-in first period with feedback), a custom norm for Henk and a holiday for
 * Sanne. Deterministic; dates relative to today.
 */

const EMPLOYERS = [
  ['Zorggroep Noorderlicht', 'Administratief medewerker'],
  ['Gemeente Groningen', 'Baliemedewerker'],
  ['Albert Heijn Hoogezand', 'Teamleider vers'],
  ['UMCG', 'Secretaresse'],
  ['Gasunie', 'Receptionist'],
  ['Schoonmaakbedrijf Hunze', 'Schoonmaker'],
  ['Hanzehogeschool', 'Medewerker studentzaken'],
  ['Randstad Groningen', ''],
  ['Bakkerij Bolt', 'Verkoopmedewerker'],
  ['Martiniziekenhuis', 'Medewerker patiëntenservice'],
  ['Stichting Lentis', 'Medewerker facilitair'],
  ['PostNL Sorteercentrum', 'Sorteerder'],
] as const;

const TYPES = ['vacancy', 'vacancy', 'openApplication', 'vacancy', 'employerContact', 'jobInterview', 'vacancy', 'agency', 'network', 'workshop', 'vacancy', 'browsing'] as const;

function base(overrides: Partial<ActivityInput>): ActivityInput {
  return { ...emptyActivityParts, typeId: 'vacancy', date: todayIso(), ...overrides };
}

function generated(i: number, date: string): ActivityInput {
  const typeId = TYPES[i % TYPES.length] ?? 'vacancy';
  const [employer, jobTitle] = EMPLOYERS[(i * 5) % EMPLOYERS.length] ?? ['', ''];
  const results: ResultStep[] = [];
  if (typeId === 'vacancy' || typeId === 'openApplication') {
    results.push({ status: 'sent', date });
    if (i % 4 === 1) results.push({ status: 'invited', date: addDays(date, 3) });
    if (i % 4 === 2) results.push({ status: 'rejected', date: addDays(date, 5) });
    if (i % 4 === 3) results.push({ status: 'noResponse', date: addDays(date, 14) });
  }
  const input = base({
    typeId,
    date,
    employer: typeId === 'network' || typeId === 'workshop' ? '' : employer,
    jobTitle: typeId === 'agency' || typeId === 'browsing' ? '' : jobTitle,
    how: typeId === 'vacancy' || typeId === 'openApplication' ? (i % 3 === 0 ? 'email' : 'website') : typeId === 'employerContact' ? 'phone' : '',
    vacancy: typeId === 'vacancy' ? `https://www.werk.nl/vacature/${40_000 + i * 7}` : '',
    contactName: typeId === 'network' ? 'Oud-collega Petra' : '',
    eventTitle: typeId === 'workshop' ? 'Webinar solliciteren met je netwerk' : '',
    results,
  });
  const today = todayIso();
  return { ...input, results: input.results.filter((step) => step.date <= today) };
}

function create(id: string, client: ClientRecord, input: ActivityInput, daysAgo: number): ActivityRecord {
  const result = applyActivityWrite(undefined, input, {
    id,
    clientId: client.id,
    actor: { id: client.id, name: client.name },
    at: dateTimeDaysFromNow(-daysAgo, 18, 15),
  });
  if (!result.ok) throw new Error(`seed activity ${id}`);
  return result.activity;
}

export function seedWorkFolders(clients: readonly ClientRecord[]): {
  activities: ActivityRecord[];
  norms: NormRecord[];
  submissions: SubmissionRecord[];
  fileUploads: [];
} {
  const today = todayIso();
  const byId = new Map(clients.map((c) => [c.id, c]));
  const activities: ActivityRecord[] = [];
  const norms: NormRecord[] = [];
  const submissions: SubmissionRecord[] = [];

  const anna = byId.get('client-anna');
  if (anna) {
    const list: Array<[number, Partial<ActivityInput>]> = [
      [2, { typeId: 'vacancy', employer: 'Zorggroep Noorderlicht', jobTitle: 'Administratief medewerker', how: 'website', vacancy: 'https://www.werk.nl/vacature/38121', results: [{ status: 'sent', date: addDays(today, -2) }] }],
      [1, { typeId: 'employerContact', employer: 'Gemeente Groningen', jobTitle: 'Baliemedewerker', how: 'phone', contactName: 'Mevrouw Smit', contactDetail: '050 123 4567' }],
      [1, { typeId: 'workshop', eventTitle: 'Webinar: je cv in 30 minuten', employer: 'UWV' }],
      [0, { typeId: 'browsing', employer: 'Indeed' }],
    ];
    list.forEach(([daysAgo, fields], i) => activities.push(create(`act-anna-${i + 1}`, anna, base({ date: addDays(today, -daysAgo), ...fields }), daysAgo)));
  }

  const henk = byId.get('client-henk');
  if (henk?.benefitApplicationDate) {
    norms.push({ clientId: henk.id, count: 6, periodDays: 28, start: henk.benefitApplicationDate, freePeriods: [], setBy: { id: 'coach-sander', name: 'Sander Veenstra' } });
    for (let i = 0; i < 4; i++) activities.push(create(`act-henk-${i + 1}`, henk, generated(i + 3, addDays(today, -(16 - i * 4))), 16 - i * 4));
  }

  const sanne = byId.get('client-sanne');
  if (sanne?.benefitApplicationDate) {
    const start = sanne.benefitApplicationDate;
    norms.push({
      clientId: sanne.id,
      count: 4,
      periodDays: 28,
      start,
      freePeriods: [{ start: addDays(today, -4), end: addDays(today, 2), kind: 'holiday' }],
      setBy: { id: 'coach-marieke', name: 'Marieke Bakker' },
    });
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      const daysAgo = 60 - Math.floor(i * 1.5);
      const activity = create(`act-sanne-${String(i + 1).padStart(2, '0')}`, sanne, generated(i, addDays(today, -daysAgo)), daysAgo);
      activities.push(activity);
      if (activity.date >= start && activity.date <= addDays(start, 27)) ids.push(activity.id);
    }
    // the first period was handed in a week ago; the coach answered a few
    const handedInAt = dateTimeDaysFromNow(-6, 16);
    submissions.push({ id: 'sub-sanne-1', clientId: sanne.id, periodStart: start, periodEnd: addDays(start, 27), activityIds: ids, handedInAt, handedInBy: { id: sanne.id, name: sanne.name } });
    const marieke = { id: 'coach-marieke', name: 'Marieke Bakker' };
    for (const activity of activities) {
      if (!ids.includes(activity.id)) continue;
      activity.handedIn = { submissionId: 'sub-sanne-1', at: handedInAt };
      const n = Number(activity.id.slice(-2));
      if (n % 5 === 0) activity.feedback.push({ id: `fb-${activity.id}`, verdict: 'question', comment: 'Met wie heb je gesproken? Vul de contactpersoon in.', at: dateTimeDaysFromNow(-3, 10), by: marieke, activityVersion: activity.version });
      else if (n % 7 === 0) activity.feedback.push({ id: `fb-${activity.id}`, verdict: 'rejected', comment: 'Vacatures bekijken telt niet als sollicitatie.', at: dateTimeDaysFromNow(-3, 10), by: marieke, activityVersion: activity.version });
      else if (n % 2 === 0) activity.feedback.push({ id: `fb-${activity.id}`, verdict: 'approved', comment: '', at: dateTimeDaysFromNow(-3, 10), by: marieke, activityVersion: activity.version });
    }
  }

  return { activities, norms, submissions, fileUploads: [] };
}
