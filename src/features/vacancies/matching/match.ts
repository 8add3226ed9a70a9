import { distanceKm, roundedKm } from '../distance.ts';
import { educationRank, type Vacancy } from '../schemas.ts';
import { normaliseSkill, type MatchCandidate } from './candidate.ts';
import { CRITERIA, defaultMatchingRules, type Criterion, type MatchingRules } from './rules.ts';

/**
 * `matchVacancy(candidate, vacancy)`: a score from 0 to 100 and, per criterion, the outcome and a
 * reason as an i18n key (namespace `matching`, `reason.<criterion>.<case>`) with its values, so
 * the same explanation reads in all six languages for the regisseur and for the client. Pure: the
 * mock server ranks with it, the client's "Past bij jou" uses it on the device.
 */

export type Outcome = 'met' | 'partly' | 'notMet' | 'unknown' | 'notNeeded';
export type ReasonValues = Record<string, string | number>;
export type CriterionResult = {
  criterion: Criterion;
  outcome: Outcome;
  weight: number;
  /** 0 … weight. */
  points: number;
  /** `reason.<criterion>.<case>` in the `matching` namespace. */
  reason: { key: string; values: ReasonValues };
};
export type MatchResult = { score: number; rulesVersion: number; criteria: CriterionResult[] };

/** The parts of a vacancy the rules read. */
export type VacancyFacts = Pick<
  Vacancy,
  'occupation' | 'skills' | 'jobLocation' | 'remote' | 'workHours' | 'employmentType' | 'drivingLicenceRequired' | 'educationRequirements' | 'validThrough'
>;

type Partial = { outcome: Outcome; fraction: number; reason: string; values?: ReasonValues };
type Context = { candidate: MatchCandidate; vacancy: VacancyFacts; rules: MatchingRules; today: string };

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** A vacancy skill is on the CV when one contains the other ("heftruck" ⊂ "heftruckcertificaat"). */
function hasSkill(candidateSkills: readonly string[], wanted: string): boolean {
  const skill = normaliseSkill(wanted);
  return candidateSkills.some((own) => own === skill || (skill.length >= 3 && own.includes(skill)) || (own.length >= 3 && skill.includes(own)));
}

const judges: { [C in Criterion]: (context: Context) => Partial } = {
  occupation({ candidate, vacancy, rules }) {
    const values = { occupation: vacancy.occupation.name };
    if (candidate.occupations.length === 0) return { outcome: 'unknown', fraction: rules.unknown, reason: 'unknown', values };
    const isco = vacancy.occupation.isco;
    if (candidate.occupations.includes(isco)) return { outcome: 'met', fraction: 1, reason: 'exact', values };
    if (candidate.occupations.some((own) => own.slice(0, 3) === isco.slice(0, 3))) {
      return { outcome: 'partly', fraction: rules.criteria.occupation.related, reason: 'related', values };
    }
    return { outcome: 'notMet', fraction: 0, reason: 'other', values };
  },

  skills({ candidate, vacancy, rules }) {
    if (vacancy.skills.length === 0) return { outcome: 'notNeeded', fraction: 1, reason: 'notNeeded' };
    if (candidate.skills.length === 0) return { outcome: 'unknown', fraction: rules.unknown, reason: 'unknown' };
    const found = vacancy.skills.filter((skill) => hasSkill(candidate.skills, skill));
    const fraction = found.length / vacancy.skills.length;
    const values = { count: found.length, total: vacancy.skills.length, skills: found.join(', ') };
    if (found.length === 0) return { outcome: 'notMet', fraction: 0, reason: 'none', values };
    return { outcome: fraction >= rules.criteria.skills.metFrom ? 'met' : 'partly', fraction, reason: 'some', values };
  },

  distance({ candidate, vacancy, rules }) {
    if (vacancy.remote || vacancy.jobLocation === null) return { outcome: 'met', fraction: 1, reason: 'remote' };
    if (candidate.home === null) return { outcome: 'unknown', fraction: rules.unknown, reason: 'unknown' };
    const km = distanceKm(candidate.home, vacancy.jobLocation);
    const values = { km: roundedKm(km), max: candidate.maxDistanceKm, place: vacancy.jobLocation.place };
    if (km <= candidate.maxDistanceKm) return { outcome: 'met', fraction: 1, reason: 'within', values };
    const { nearFactor, near } = rules.criteria.distance;
    if (km <= candidate.maxDistanceKm * nearFactor) return { outcome: 'partly', fraction: near, reason: 'near', values };
    return { outcome: 'notMet', fraction: 0, reason: 'far', values };
  },

  hours({ candidate, vacancy, rules }) {
    const wanted = candidate.hours;
    const offered = vacancy.workHours;
    const values = { min: offered.min, max: offered.max, ownMin: wanted.min, ownMax: wanted.max };
    // the ranges overlap: some number of hours suits both
    if (offered.min <= wanted.max && wanted.min <= offered.max) return { outcome: 'met', fraction: 1, reason: 'fits', values };
    const gap = offered.min > wanted.max ? offered.min - wanted.max : wanted.min - offered.max;
    const { nearHours, near } = rules.criteria.hours;
    if (gap <= nearHours) return { outcome: 'partly', fraction: near, reason: offered.min > wanted.max ? 'more' : 'fewer', values };
    return { outcome: 'notMet', fraction: 0, reason: offered.min > wanted.max ? 'muchMore' : 'muchFewer', values };
  },

  contract({ candidate, vacancy }) {
    if (candidate.contractTypes.length === 0) return { outcome: 'met', fraction: 1, reason: 'any' };
    const fits = vacancy.employmentType.some((type) => candidate.contractTypes.includes(type));
    return fits ? { outcome: 'met', fraction: 1, reason: 'fits' } : { outcome: 'notMet', fraction: 0, reason: 'other' };
  },

  drivingLicence({ candidate, vacancy }) {
    if (!vacancy.drivingLicenceRequired) return { outcome: 'notNeeded', fraction: 1, reason: 'notNeeded' };
    return candidate.drivingLicence ? { outcome: 'met', fraction: 1, reason: 'has' } : { outcome: 'notMet', fraction: 0, reason: 'missing' };
  },

  education({ candidate, vacancy, rules }) {
    const required = vacancy.educationRequirements;
    const values = { level: required };
    if (required === 'none') return { outcome: 'notNeeded', fraction: 1, reason: 'notNeeded' };
    if (candidate.educationLevel === null) return { outcome: 'unknown', fraction: rules.unknown, reason: 'unknown', values };
    const gap = educationRank(required) - educationRank(candidate.educationLevel);
    if (gap <= 0) return { outcome: 'met', fraction: 1, reason: 'meets', values };
    if (gap === 1) return { outcome: 'partly', fraction: rules.criteria.education.oneBelow, reason: 'oneBelow', values };
    return { outcome: 'notMet', fraction: 0, reason: 'below', values };
  },

  availability({ candidate, vacancy, rules, today }) {
    const from = candidate.availableFrom;
    const { soonDays, beforeClosing } = rules.criteria.availability;
    if (from === null || from <= today) return { outcome: 'met', fraction: 1, reason: 'now' };
    const values = { date: from };
    if (daysBetween(today, from) <= soonDays) return { outcome: 'met', fraction: 1, reason: 'soon', values };
    if (vacancy.validThrough !== null && from <= vacancy.validThrough) return { outcome: 'partly', fraction: beforeClosing, reason: 'beforeClosing', values };
    return { outcome: 'notMet', fraction: 0, reason: 'later', values };
  },
};

const round1 = (n: number) => Math.round(n * 10) / 10;

/** How well a vacancy fits a candidate, per criterion and in total (0–100). `today` is an ISO date. */
export function matchVacancy(candidate: MatchCandidate, vacancy: VacancyFacts, options: { rules?: MatchingRules; today: string }): MatchResult {
  const rules = options.rules ?? defaultMatchingRules;
  const context: Context = { candidate, vacancy, rules, today: options.today };
  let total = 0;
  let possible = 0;
  const criteria = CRITERIA.map((criterion): CriterionResult => {
    const { weight } = rules.criteria[criterion];
    const judged = judges[criterion](context);
    const points = round1(weight * judged.fraction);
    total += points;
    possible += weight;
    return { criterion, outcome: judged.outcome, weight, points, reason: { key: `reason.${criterion}.${judged.reason}`, values: judged.values ?? {} } };
  });
  return { score: possible === 0 ? 0 : Math.round((100 * total) / possible), rulesVersion: rules.version, criteria };
}

export type Ranked<T> = { item: T; match: MatchResult };

/**
 * Ranks candidates for one vacancy: the highest score first, equal scores in the given order
 * (stable), those under the rules' `minScore` left out.
 */
export function rankCandidates<T>(
  vacancy: VacancyFacts,
  candidates: readonly T[],
  candidateOf: (item: T) => MatchCandidate,
  options: { rules?: MatchingRules; today: string },
): Array<Ranked<T>> {
  const rules = options.rules ?? defaultMatchingRules;
  return candidates
    .map((item) => ({ item, match: matchVacancy(candidateOf(item), vacancy, { rules, today: options.today }) }))
    .filter((ranked) => ranked.match.score >= rules.minScore)
    .sort((a, b) => b.match.score - a.match.score);
}
