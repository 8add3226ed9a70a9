import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { candidateFrom } from './matching/candidate.ts';
import { matchVacancy, type MatchResult } from './matching/match.ts';
import type { SearchProfile, Vacancy } from './schemas.ts';

/** From this score a vacancy says "Past bij jou" with its reasons. */
export const FIT_THRESHOLD = 70;
const MAX_REASONS = 3;

/**
 * "Past bij jou": the matching rules (the same the regisseur werk uses) for every vacancy on the
 * device against the person's zoekprofiel. Null until the zoekprofiel names an occupation.
 */
export function useFit(profile: SearchProfile | undefined, vacancies: readonly Vacancy[] | undefined, today: string): Map<string, MatchResult> | null {
  return useMemo(() => {
    if (!profile || profile.occupations.length === 0 || !vacancies) return null;
    const candidate = candidateFrom(profile, null);
    return new Map(vacancies.map((v) => [v.id, matchVacancy(candidate, v, { today })]));
  }, [profile, vacancies, today]);
}

/** The reasons in words: the criteria that fit, the heaviest first (at most three). */
export function useFitReasons(): (result: MatchResult | undefined) => string[] {
  const { t } = useTranslation('matching');
  return (result) => {
    if (!result || result.score < FIT_THRESHOLD) return [];
    return result.criteria
      .filter((c) => c.outcome === 'met')
      .sort((a, b) => b.weight - a.weight)
      .slice(0, MAX_REASONS)
      .map((c) => t(c.reason.key as 'score', c.reason.values));
  };
}
