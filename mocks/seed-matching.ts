import { seededRandom } from '#src/shared/lib/random.ts';
import { OCCUPATIONS } from '#src/features/vacancies/occupations.ts';
import { placeByName } from '#src/features/vacancies/places.ts';
import { blankEntry, personaliaDefaults } from '#src/features/cv/schemas.ts';
import { EDUCATION_LEVELS, emptySearchProfileInput, type EmploymentType, type IscoCode, type SearchProfileInput } from '#src/features/vacancies/schemas.ts';
import type { CvProfileRecord, DbState, LadderRungRecord, SearchProfileRecord } from './db.ts';
import { dateTimeDaysFromNow } from './clock.ts';

/**
 * The regisseur werk's part of the seed (issue 19): zoekprofielen with consent for matching, the
 * participatieladder rung and (for generated clients) a few CV skills for enough of Marieke's clients that a vacancy has
 * candidates — rungs 1–6, so the default filter (4–6) visibly leaves some out, and some with a
 * zoekprofiel but without consent, who must never be listed. Jayden, Sanne and Piet (personas)
 * look for work as orderpicker or in production, so the end-to-end test can propose to them.
 * Anna keeps an empty zoekprofiel (the job seeker's own journey starts from nothing).
 */

type Persona = { clientId: string; rung: number; occupations: IscoCode[]; place: string; consent: boolean };
const PERSONAS: Persona[] = [
  { clientId: 'client-jayden', rung: 5, occupations: ['9321', '9334'], place: 'hoogezand', consent: true },
  { clientId: 'client-sanne', rung: 6, occupations: ['4222', '9321'], place: 'delfzijl', consent: true },
  { clientId: 'client-piet', rung: 4, occupations: ['9329', '9321'], place: 'stadskanaal', consent: true },
  // a good fit on paper, but she did not consent: never a candidate
  { clientId: 'client-lotte', rung: 5, occupations: ['9321'], place: 'winschoten', consent: false },
];

const RUNGS = [4, 5, 6, 3, 5, 4, 6, 2, 5, 1];
const CONTRACTS: EmploymentType[][] = [[], ['PART_TIME'], ['FULL_TIME'], ['PART_TIME', 'TEMPORARY'], []];

export type MatchingSeed = Pick<DbState, 'searchProfiles' | 'ladderRungs' | 'cvProfiles' | 'vacancyAcquisitions' | 'vacancyImports' | 'vacancyProposals' | 'placements'>;

/** The regisseur's tables, empty (a fresh store). */
export function emptyMatchingTables(): Pick<DbState, 'ladderRungs' | 'vacancyAcquisitions' | 'vacancyImports' | 'vacancyProposals' | 'placements'> {
  return { ladderRungs: [], vacancyAcquisitions: [], vacancyImports: [], vacancyProposals: [], placements: [] };
}

function profile(client: { id: string; name: string }, input: Partial<SearchProfileInput>, at: string): SearchProfileRecord {
  const consent = input.matchingConsent ?? false;
  return {
    ...emptySearchProfileInput(),
    ...input,
    clientId: client.id,
    matchingConsentGivenAt: consent ? at : null,
    matchingConsentWithdrawnAt: null,
    version: 1,
    updatedAt: at,
    updatedBy: { id: client.id, name: client.name },
  };
}

function cvWithSkills(clientId: string, name: string, town: string, skills: readonly string[], licence: boolean, at: string): CvProfileRecord {
  return {
    clientId,
    personalia: { ...personaliaDefaults, name, town, phone: '', email: '', dateOfBirth: null, showDateOfBirth: false, photo: null, showPhoto: false, drivingLicences: licence ? ['B'] : [] },
    profileText: '',
    entries: skills.map((title, i) => ({ ...blankEntry(`cv-${clientId}-s${i + 1}`, 'skill'), title })),
    customSections: [],
    kept: {},
    version: 1,
    updatedAt: at,
  };
}

/** Adds zoekprofielen, rungs and CV skills for the matching to a built seed. */
export function withMatchingSeed(state: DbState): DbState {
  const r = seededRandom(19);
  const at = dateTimeDaysFromNow(-5, 11);
  const profiles = new Map(state.searchProfiles.map((p) => [p.clientId, p]));
  const rungs: LadderRungRecord[] = [...state.ladderRungs];
  const cvs = new Map(state.cvProfiles.map((cv) => [cv.clientId, cv]));
  const clients = new Map(state.clients.map((c) => [c.id, c]));

  for (const persona of PERSONAS) {
    const client = clients.get(persona.clientId);
    if (!client) continue;
    profiles.set(client.id, profile(client, {
      occupations: persona.occupations, homePlace: persona.place, maxDistanceKm: 40, hours: { min: 16, max: 40 },
      contractTypes: [], drivingLicence: false, educationLevel: 'vmbo', matchingConsent: persona.consent,
    }, at));
    rungs.push({ clientId: client.id, rung: persona.rung, setAt: at });
  }

  // every second generated client of Marieke has a zoekprofiel; four in five of those consent
  const generated = state.clients.filter((c) => c.id.startsWith('client-m-'));
  generated.forEach((client, n) => {
    if (n % 2 === 1) return;
    const occupation = OCCUPATIONS[Math.floor(r() * OCCUPATIONS.length)] ?? OCCUPATIONS[0]!;
    const second = OCCUPATIONS[Math.floor(r() * OCCUPATIONS.length)] ?? occupation;
    const licence = r() < 0.5;
    const min = [0, 12, 16, 24, 32][Math.floor(r() * 5)] ?? 0;
    profiles.set(client.id, profile(client, {
      occupations: [...new Set([occupation.isco, second.isco])],
      homePlace: placeByName(client.town)?.id ?? null,
      maxDistanceKm: [10, 20, 30, 50][Math.floor(r() * 4)] ?? 25,
      hours: { min, max: Math.min(40, min + 16) },
      contractTypes: CONTRACTS[n % CONTRACTS.length] ?? [],
      drivingLicence: licence,
      educationLevel: EDUCATION_LEVELS[Math.floor(r() * 6)] ?? null,
      availableFrom: null,
      matchingConsent: n % 10 !== 8,
    }, at));
    rungs.push({ clientId: client.id, rung: RUNGS[(n / 2) % RUNGS.length] ?? 5, setAt: at });
    if (!cvs.has(client.id)) cvs.set(client.id, cvWithSkills(client.id, client.name, client.town, occupation.skills.slice(0, 2 + (n % 3)), licence, at));
  });

  return { ...state, searchProfiles: [...profiles.values()], ladderRungs: rungs, cvProfiles: [...cvs.values()] };
}
