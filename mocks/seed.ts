import type { ServiceLine } from '#src/shared/lib/domain.ts';
import type { HelperScope } from '#src/features/home/schemas.ts';
import type { AuthorisationRecord, ClientRecord, DbState, ProfileRecord, UserRecord } from './db.ts';
import { addDays, addYears, dateTimeDaysFromNow, todayIso } from './clock.ts';
import { assertDefinition } from '#src/features/intake/definition/engine.ts';
import { seedWorkFolders } from './seed-work-folder.ts';
import { withCoachSeed } from './seed-coach.ts';
import { seedCv } from './seed-cv.ts';
import { seedMessages } from './seed-messages.ts';
import { seedPortfolio } from './seed-portfolio.ts';
import { seedA11y } from './seed-a11y.ts';
import { seedVacancies } from './seed-vacancies.ts';
import { emptyMatchingTables, withMatchingSeed } from './seed-matching.ts';
import { TEAM_LEADS } from './management/teams.ts';
import { seedIntakeHistory } from './seed-intake-history.ts';
import type { IntakeDefinition } from '#src/features/intake/definition/schemas.ts';
import entreeV1 from '#src/features/intake/definition/data/entree-v1.json' with { type: 'json' };
import participationV1 from '#src/features/intake/definition/data/participation-v1.json' with { type: 'json' };

/**
 * The deterministic seed: fixed ids, names and situations, with dates relative
 * to today so the zoekperiode (four weeks from the aanvraag) is always current.
 * Towns are in the province of Groningen. Everyone is fictional.
 */

export const SEED_IDS = {
  coaches: { marieke: 'coach-marieke', sander: 'coach-sander', ruud: 'coach-ruud' },
  helper: 'helper-stip-1',
  jobBroker: 'broker-renate',
  functionalAdmin: 'admin-kees',
  personas: ['client-anna', 'client-jayden', 'client-yasmin', 'client-henk', 'client-sanne', 'client-piet'],
} as const;

/** A fictional but valid (elfproef) BSN, derived from a number. */
export function fakeBsn(n: number): string {
  for (let candidate = 10_000_000 + n * 7919; ; candidate += 1) {
    const digits = String(candidate).padStart(8, '0').slice(-8).split('').map(Number);
    const sum = digits.reduce((total, digit, index) => total + digit * (9 - index), 0);
    const last = sum % 11;
    if (last <= 9) return `${digits.join('')}${last}`;
  }
}

type ClientSeed = {
  id: string;
  name: string;
  preferredName: string;
  age: number;
  /** Days after the last birthday, so the birth date is not on today. */
  birthdayOffset: number;
  town: string;
  firstLanguage: string;
  hasStartkwalificatie: boolean;
  previousWork: string | null;
  coachId: string | null;
  serviceLine: ServiceLine | null;
  /** Days since the aanvraag, or null when not applied yet. */
  appliedDaysAgo: number | null;
  /** Days between UWV registration and the aanvraag (registered before applying), or null when not registered. */
  uwvDaysBeforeApplying: number | null;
  lastActiveDaysAgo: number | null;
  phone: string;
  email: string;
  /** A persona description on the mock DigiD screen (Dutch, B1); null when this client cannot sign in. */
  persona: string | null;
};

const { marieke, sander } = SEED_IDS.coaches;

const CLIENTS: ClientSeed[] = [
  // --- Personas (can sign in) ---
  {
    id: 'client-anna', name: 'Anna de Vries', preferredName: 'Anna', age: 34, birthdayOffset: 40, town: 'Groningen',
    firstLanguage: 'nl', hasStartkwalificatie: true, previousWork: 'Administratief medewerker bij Zorggroep Noorderlicht',
    coachId: marieke, serviceLine: null, appliedDaysAgo: 3, uwvDaysBeforeApplying: 2, lastActiveDaysAgo: 1,
    phone: '06 12345678', email: 'anna.devries@example.nl',
    persona: '34 jaar, woont in Groningen. Heeft net een uitkering aangevraagd. Zoekt zelf werk.',
  },
  {
    id: 'client-jayden', name: 'Jayden Pieters', preferredName: 'Jay', age: 23, birthdayOffset: 200, town: 'Hoogezand',
    firstLanguage: 'nl', hasStartkwalificatie: false, previousWork: 'Vakkenvuller bij Supermarkt De Molen',
    coachId: marieke, serviceLine: null, appliedDaysAgo: 1, uwvDaysBeforeApplying: null, lastActiveDaysAgo: 1,
    phone: '06 23456789', email: 'jayden.pieters@example.nl',
    persona: '23 jaar, woont in Hoogezand. Heeft geen startkwalificatie. Moet ook kijken naar school.',
  },
  {
    id: 'client-yasmin', name: 'Yasmin Haddad', preferredName: 'Yasmin', age: 41, birthdayOffset: 120, town: 'Groningen',
    firstLanguage: 'ar', hasStartkwalificatie: true, previousWork: 'Schoonmaker bij Schoonmaakbedrijf Hunze',
    coachId: marieke, serviceLine: null, appliedDaysAgo: 10, uwvDaysBeforeApplying: 1, lastActiveDaysAgo: 4,
    phone: '06 34567890', email: '',
    persona: '41 jaar, woont in Groningen. Haar eerste taal is Arabisch. Krijgt hulp van een STIP.',
  },
  {
    id: 'client-henk', name: 'Henk Dijkstra', preferredName: 'Henk', age: 58, birthdayOffset: 300, town: 'Veendam',
    firstLanguage: 'nl', hasStartkwalificatie: true, previousWork: '30 jaar chauffeur bij Transportbedrijf Oldambt',
    coachId: sander, serviceLine: null, appliedDaysAgo: 18, uwvDaysBeforeApplying: 5, lastActiveDaysAgo: 2,
    phone: '0598 123456', email: 'h.dijkstra@example.nl',
    persona: '58 jaar, woont in Veendam. Werkte 30 jaar als chauffeur. Zit al in week 3 van de zoekperiode.',
  },
  {
    id: 'client-sanne', name: 'Sanne Mulder', preferredName: 'Sanne', age: 29, birthdayOffset: 15, town: 'Delfzijl',
    firstLanguage: 'nl', hasStartkwalificatie: true, previousWork: 'Medewerker klantenservice bij Energie Noord',
    coachId: marieke, serviceLine: 'selfReliant', appliedDaysAgo: 35, uwvDaysBeforeApplying: 3, lastActiveDaysAgo: 0,
    phone: '06 45678901', email: 'sanne.mulder@example.nl',
    persona: '29 jaar, woont in Delfzijl. De zoekperiode is voorbij. Werkt samen met een e-coach.',
  },
  {
    id: 'client-piet', name: 'Piet Hoekstra', preferredName: 'Piet', age: 47, birthdayOffset: 77, town: 'Stadskanaal',
    firstLanguage: 'nl', hasStartkwalificatie: false, previousWork: 'Productiemedewerker bij Aardappelverwerking Veenkoloniën',
    coachId: marieke, serviceLine: null, appliedDaysAgo: 6, uwvDaysBeforeApplying: null, lastActiveDaysAgo: 6,
    phone: '06 56789012', email: '',
    persona: '47 jaar, woont in Stadskanaal. Nog niet ingeschreven bij UWV. Zijn machtiging voor de STIP is verlopen.',
  },
  // --- Caseload only (no persona: cannot sign in) ---
  {
    id: 'client-kevin', name: 'Kevin Smit', preferredName: 'Kevin', age: 31, birthdayOffset: 10, town: 'Leek',
    firstLanguage: 'nl', hasStartkwalificatie: true, previousWork: 'Monteur bij Installatiebedrijf Westerkwartier',
    coachId: marieke, serviceLine: null, appliedDaysAgo: 12, uwvDaysBeforeApplying: 0, lastActiveDaysAgo: 3,
    phone: '06 67890123', email: 'kevin.smit@example.nl', persona: null,
  },
  {
    id: 'client-lotte', name: 'Lotte Jansen', preferredName: 'Lotte', age: 26, birthdayOffset: 250, town: 'Winschoten',
    firstLanguage: 'nl', hasStartkwalificatie: true, previousWork: 'Verkoopmedewerker bij Modehuis Oldambt',
    coachId: marieke, serviceLine: null, appliedDaysAgo: 25, uwvDaysBeforeApplying: 2, lastActiveDaysAgo: 9,
    phone: '06 78901234', email: 'lotte.jansen@example.nl', persona: null,
  },
  {
    id: 'client-mohammed', name: 'Mohammed Benali', preferredName: 'Mo', age: 38, birthdayOffset: 180, town: 'Groningen',
    firstLanguage: 'ar', hasStartkwalificatie: true, previousWork: 'Kok bij Eetcafé De Poort',
    coachId: marieke, serviceLine: 'guidedSupport', appliedDaysAgo: 40, uwvDaysBeforeApplying: 4, lastActiveDaysAgo: 14,
    phone: '06 89012345', email: 'm.benali@example.nl', persona: null,
  },
  {
    id: 'client-els', name: 'Els Huizinga', preferredName: 'Els', age: 62, birthdayOffset: 90, town: 'Appingedam',
    firstLanguage: 'nl', hasStartkwalificatie: true, previousWork: 'Doktersassistent bij Gezondheidscentrum Damsterdiep',
    coachId: marieke, serviceLine: null, appliedDaysAgo: 2, uwvDaysBeforeApplying: 1, lastActiveDaysAgo: 2,
    phone: '0596 654321', email: 'els.huizinga@example.nl', persona: null,
  },
  {
    id: 'client-bram', name: 'Bram Kuipers', preferredName: 'Bram', age: 20, birthdayOffset: 33, town: 'Zuidhorn',
    firstLanguage: 'nl', hasStartkwalificatie: false, previousWork: null,
    coachId: marieke, serviceLine: null, appliedDaysAgo: null, uwvDaysBeforeApplying: null, lastActiveDaysAgo: null,
    phone: '', email: 'bram.kuipers@example.nl', persona: null,
  },
  {
    id: 'client-wim', name: 'Wim Bos', preferredName: 'Wim', age: 52, birthdayOffset: 150, town: 'Ter Apel',
    firstLanguage: 'nl', hasStartkwalificatie: true, previousWork: 'Timmerman bij Bouwbedrijf Westerwolde',
    coachId: sander, serviceLine: null, appliedDaysAgo: 8, uwvDaysBeforeApplying: 2, lastActiveDaysAgo: 5,
    phone: '06 90123456', email: 'wim.bos@example.nl', persona: null,
  },
  {
    id: 'client-ilse', name: 'Ilse Brouwer', preferredName: 'Ilse', age: 44, birthdayOffset: 60, town: 'Bedum',
    firstLanguage: 'nl', hasStartkwalificatie: true, previousWork: null,
    coachId: sander, serviceLine: 'socialParticipation', appliedDaysAgo: 50, uwvDaysBeforeApplying: 6, lastActiveDaysAgo: 20,
    phone: '06 01234567', email: '', persona: null,
  },
];

const STAFF: UserRecord[] = [
  {
    id: marieke, role: 'coach', name: 'Marieke Bakker', clientId: null,
    description: 'E-coach bij de gemeente Groningen. Heeft 66 klanten.',
  },
  {
    id: sander, role: 'coach', name: 'Sander Veenstra', clientId: null,
    description: 'E-coach bij de gemeente Groningen. Heeft 3 klanten.',
  },
  // issue 20: a working day's caseload (100 generated clients, see seed-coach.ts)
  {
    id: SEED_IDS.coaches.ruud, role: 'coach', name: 'Ruud Hoekstra', clientId: null,
    description: 'E-coach bij de gemeente Groningen. Heeft 100 cliënten.',
  },
  {
    id: SEED_IDS.helper, role: 'helper', name: 'Ria Kamminga', clientId: null,
    description: 'Helpt bij de STIP in Vinkhuizen. Mag Yasmin en Henk helpen.',
  },
  // the regisseur werk (issue 19): sees only the matching data of clients who consented
  {
    id: SEED_IDS.jobBroker, role: 'jobBroker', name: 'Renate Wubbels', clientId: null,
    description: 'Regisseur werk bij de gemeente Groningen. Zoekt kandidaten voor vacatures.',
  },
  // the teamleiders (issue 21): their team's figures only, from the generated history (mocks/management/)
  ...TEAM_LEADS,
  // the functioneel beheerder (issue 21): tunes the entreevragenlijst's rules, never sees a client
  {
    id: SEED_IDS.functionalAdmin, role: 'functionalAdmin', name: 'Kees Brouwer', clientId: null,
    description: 'Functioneel beheerder bij de gemeente Groningen. Stelt de regels van de entreevragenlijst bij.',
  },
];

type AuthorisationSeed = { id: string; clientId: string; scope: HelperScope; startDaysAgo: number; endsInDays: number; withdrawnDaysAgo: number | null };

const AUTHORISATIONS: AuthorisationSeed[] = [
  // Active: may fill in forms for Yasmin.
  { id: 'auth-yasmin-stip-1', clientId: 'client-yasmin', scope: 'write', startDaysAgo: 9, endsInDays: 60, withdrawnDaysAgo: null },
  // Active, read only: may look along with Henk.
  { id: 'auth-henk-stip-1', clientId: 'client-henk', scope: 'read', startDaysAgo: 14, endsInDays: 14, withdrawnDaysAgo: null },
  // Expired three days ago: must be refused.
  { id: 'auth-piet-stip-1', clientId: 'client-piet', scope: 'write', startDaysAgo: 40, endsInDays: -3, withdrawnDaysAgo: null },
  // Withdrawn by Anna yesterday (end date still in the future): must be refused.
  { id: 'auth-anna-stip-1', clientId: 'client-anna', scope: 'write', startDaysAgo: 5, endsInDays: 30, withdrawnDaysAgo: 1 },
];

export function buildSeed(): DbState {
  const today = todayIso();
  const users: UserRecord[] = [];
  const clients: ClientRecord[] = [];
  const profiles: ProfileRecord[] = [];

  CLIENTS.forEach((seed, index) => {
    const benefitApplicationDate = seed.appliedDaysAgo === null ? null : addDays(today, -seed.appliedDaysAgo);
    const uwvRegistrationDate =
      seed.uwvDaysBeforeApplying === null ? null : addDays(benefitApplicationDate ?? today, -seed.uwvDaysBeforeApplying);
    clients.push({
      id: seed.id,
      name: seed.name,
      bsn: fakeBsn(index + 1),
      birthDate: addDays(addYears(today, -seed.age), -seed.birthdayOffset),
      town: seed.town,
      firstLanguage: seed.firstLanguage,
      hasStartkwalificatie: seed.hasStartkwalificatie,
      previousWork: seed.previousWork,
      coachId: seed.coachId,
      serviceLine: seed.serviceLine,
      benefitApplicationDate,
      lastActivityAt: seed.lastActiveDaysAgo === null ? null : dateTimeDaysFromNow(-seed.lastActiveDaysAgo, 10, index * 3),
    });
    profiles.push({
      clientId: seed.id,
      preferredName: seed.preferredName,
      phone: seed.phone,
      email: seed.email,
      town: seed.town,
      benefitApplicationDate,
      registeredWithUwv: uwvRegistrationDate !== null,
      uwvRegistrationDate,
      version: 1,
      updatedAt: dateTimeDaysFromNow(-(seed.appliedDaysAgo ?? 0), 8, index),
      updatedBy: null,
    });
    if (seed.persona) {
      users.push({ id: seed.id, role: 'client', name: seed.name, clientId: seed.id, description: seed.persona });
    }
  });

  users.push(...STAFF);

  const authorisations: AuthorisationRecord[] = AUTHORISATIONS.map((a) => ({
    id: a.id,
    helperId: SEED_IDS.helper,
    clientId: a.clientId,
    scope: a.scope,
    startsAt: dateTimeDaysFromNow(-a.startDaysAgo, 9),
    endsAt: dateTimeDaysFromNow(a.endsInDays, 22, 59),
    withdrawnAt: a.withdrawnDaysAgo === null ? null : dateTimeDaysFromNow(-a.withdrawnDaysAgo, 15),
  }));

  // the questionnaire is data: checked like a real server would before publishing it
  const intakeDefinitions = [assertDefinition(entreeV1), assertDefinition(participationV1)];
  // a year of handed-in entreevragenlijsten with decisions, for the beheerder's backtest (issue 21)
  const history = seedIntakeHistory(intakeDefinitions[0] as IntakeDefinition);

  return withMatchingSeed(withCoachSeed({
    users,
    clients: [...clients, ...history.clients],
    profiles,
    sessions: [],
    // Meldingen: made by the schedule from the seed's messages and dates on the first request
    notifications: [],
    notificationMarks: [],
    notificationSettings: [],
    pushSubscriptions: [],
    authorisations,
    idempotency: [],
    intakeDefinitions,
    intakeDrafts: [],
    intakeSubmissions: history.intakeSubmissions,
    intakeRuleDrafts: [],
    intakeRuleLog: [],
    ladderRungChanges: [],
    questionnaireRequests: [],
    ...seedWorkFolders(clients),
    ...seedCv(clients),
    ...seedMessages(),
    ...seedPortfolio(),
    ...seedA11y(),
    ...seedVacancies(today),
    searchProfiles: [],
    savedVacancies: [],
    vacancyApplications: [],
    ...emptyMatchingTables(),
    figuresLog: [],
    writeLog: [],
  }));
}
