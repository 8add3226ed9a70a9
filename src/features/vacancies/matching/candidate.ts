import type { Point } from '../distance.ts';
import { placeById } from '../places.ts';
import type { EducationLevel, EmploymentType, HoursRange, IscoCode, SearchProfileInput } from '../schemas.ts';

/**
 * What the matching may know about a person: ONLY facts about the work they look for and can do.
 * There is no field for age, birth date, nationality, first language, gender, health, religion,
 * name, address or any other protected characteristic, and `candidateFrom` copies field by field,
 * so nothing else can slip in through a spread (docs/decisions/011).
 */
export type MatchCandidate = {
  /** Desired occupations (ISCO-08), from the zoekprofiel. */
  occupations: readonly IscoCode[];
  /** Skills and courses on the CV, lower case. */
  skills: readonly string[];
  /** The centre of the home place (a place, never an address); null when not given. */
  home: Point | null;
  maxDistanceKm: number;
  hours: HoursRange;
  /** Contract types looked for; empty: any. */
  contractTypes: readonly EmploymentType[];
  drivingLicence: boolean;
  educationLevel: EducationLevel | null;
  /** ISO date; null: available now. */
  availableFrom: string | null;
};

/** The facts the matching reads, and nothing else: a test compares this list with `MatchCandidate`. */
export const CANDIDATE_FACTS = ['occupations', 'skills', 'home', 'maxDistanceKm', 'hours', 'contractTypes', 'drivingLicence', 'educationLevel', 'availableFrom'] as const;

/** The parts of a CV the matching reads: skill and course titles, and the licences. */
export type CvFacts = {
  entries: ReadonlyArray<{ section: string; title: string }>;
  personalia: { drivingLicences: readonly string[] };
};

export type SearchProfileFacts = Pick<
  SearchProfileInput,
  'occupations' | 'homePlace' | 'maxDistanceKm' | 'hours' | 'contractTypes' | 'availableFrom' | 'drivingLicence' | 'educationLevel'
>;

export const normaliseSkill = (skill: string): string => skill.trim().toLocaleLowerCase('nl');

const CV_SKILL_SECTIONS = new Set(['skill', 'course']);

/**
 * A candidate from a zoekprofiel and (optionally) the CV. Whatever else the records carry (name,
 * birth date, nationality …) is never read.
 */
export function candidateFrom(profile: SearchProfileFacts, cv: CvFacts | null): MatchCandidate {
  const place = placeById(profile.homePlace);
  const skills = new Set<string>();
  for (const entry of cv?.entries ?? []) {
    if (CV_SKILL_SECTIONS.has(entry.section) && entry.title.trim() !== '') skills.add(normaliseSkill(entry.title));
  }
  // a car licence (B) or more on the CV counts as well as the zoekprofiel's answer
  const licenceOnCv = (cv?.personalia.drivingLicences.length ?? 0) > 0;
  return {
    occupations: [...profile.occupations],
    skills: [...skills],
    home: place ? { lat: place.lat, lon: place.lon } : null,
    maxDistanceKm: profile.maxDistanceKm,
    hours: { min: profile.hours.min, max: profile.hours.max },
    contractTypes: [...profile.contractTypes],
    drivingLicence: profile.drivingLicence || licenceOnCv,
    educationLevel: profile.educationLevel,
    availableFrom: profile.availableFrom,
  };
}
