import { daysBetween } from '#src/shared/lib/dates.ts';
import { defaultMatchingRules, type MatchingRules } from './rules.ts';
import type { SearchProfileInput } from '../schemas.ts';

/**
 * "Waarom word ik (niet) voorgesteld?" (docs/decisions/011): what the matching reads of a person,
 * what it never reads, and — from the person's own data — what keeps them out of the regisseur's
 * candidate lists now. The participatieladder rung is never shown to the client: the server says
 * only whether the e-coach judged that the person can go to work now (`coachDecides`).
 */

/** The facts the matching uses, in the order the screen explains them (each an i18n key `why.uses.<fact>`). */
export const FACTS_USED = ['occupations', 'cvSkills', 'distance', 'hours', 'contract', 'licence', 'education', 'availability', 'consent'] as const;
/** What it never uses (each an i18n key `why.never.<fact>`): protected characteristics and what stands for them. */
export const FACTS_NEVER_USED = ['age', 'nationality', 'gender', 'health', 'religion', 'family', 'name', 'photo', 'address', 'languages', 'benefit'] as const;

/** What keeps a person out of the candidate lists now (each an i18n key `why.blocker.<reason>`). */
export const BLOCKERS = ['noConsent', 'coachDecides', 'noOccupation', 'noHomePlace', 'notAvailableYet'] as const;
export type Blocker = (typeof BLOCKERS)[number];

export type WhyFacts = Pick<SearchProfileInput, 'matchingConsent' | 'occupations' | 'homePlace' | 'availableFrom'>;

/**
 * The blockers in the order of `BLOCKERS` (the first is the most important). `coachDecides`: the
 * person is not on a rung the regisseur looks at (by default 4–6), or not yet assessed.
 */
export function whyNotProposed(profile: WhyFacts, status: { coachDecides: boolean }, today: string, rules: MatchingRules = defaultMatchingRules): Blocker[] {
  const blockers = new Set<Blocker>();
  if (!profile.matchingConsent) blockers.add('noConsent');
  if (status.coachDecides) blockers.add('coachDecides');
  if (profile.occupations.length === 0) blockers.add('noOccupation');
  if (profile.homePlace === null) blockers.add('noHomePlace');
  if (profile.availableFrom !== null && profile.availableFrom > today && daysBetween(today, profile.availableFrom) > rules.criteria.availability.soonDays) blockers.add('notAvailableYet');
  return BLOCKERS.filter((b) => blockers.has(b));
}
