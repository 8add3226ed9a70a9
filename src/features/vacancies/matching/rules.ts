import { z } from 'zod';

/**
 * The matching rules of the regisseur werk (C3), as data: which criteria count, how heavily, and
 * the thresholds between "past", "past deels" and "past niet". A municipality tunes them without
 * code changes; `matchVacancy` (match.ts) applies them. Table-driven tests: match.test.ts.
 *
 * Only facts about the work a person looks for and can do enter (candidate.ts): never age,
 * nationality, gender, health, religion or any other protected characteristic
 * (docs/decisions/011-matching-without-protected-characteristics.md).
 */

export const CRITERIA = ['occupation', 'skills', 'distance', 'hours', 'contract', 'drivingLicence', 'education', 'availability'] as const;
export const criterionSchema = z.enum(CRITERIA);
export type Criterion = z.infer<typeof criterionSchema>;

const weight = z.number().min(0).max(100);
const fraction = z.number().min(0).max(1);

export const matchingRulesSchema = z.object({
  version: z.number().int().positive(),
  criteria: z.object({
    /** The vacancy's ISCO-08 code in the zoekprofiel; `related`: the same ISCO minor group (first three digits). */
    occupation: z.object({ weight, related: fraction }),
    /** The share of the vacancy's skills found on the CV (skills and courses); from `metFrom` it counts as met. */
    skills: z.object({ weight, metFrom: fraction }),
    /** Straight-line distance against the person's maximum; up to `nearFactor` × the maximum counts partly. */
    distance: z.object({ weight, nearFactor: z.number().min(1).max(3), near: fraction }),
    /** The vacancy's hours against the person's; a gap up to `nearHours` counts partly. */
    hours: z.object({ weight, nearHours: z.number().int().min(0).max(40), near: fraction }),
    /** One of the vacancy's contract types is one the person looks for (none chosen: any fits). */
    contract: z.object({ weight }),
    /** The vacancy needs a driving licence and the person has one. */
    drivingLicence: z.object({ weight }),
    /** The person's level is at least the vacancy's; one level below counts `oneBelow`. */
    education: z.object({ weight, oneBelow: fraction }),
    /** Available now (or within `soonDays`) fits; before the closing date counts `beforeClosing`. */
    availability: z.object({ weight, soonDays: z.number().int().min(0).max(365), beforeClosing: fraction }),
  }),
  /** What an unknown fact (not in the zoekprofiel) counts for: neither for nor against. */
  unknown: fraction,
  /** Candidates under this score (0–100) are not listed. */
  minScore: z.number().min(0).max(100),
});
export type MatchingRules = z.infer<typeof matchingRulesSchema>;

export const defaultMatchingRules: MatchingRules = matchingRulesSchema.parse({
  version: 1,
  criteria: {
    occupation: { weight: 30, related: 0.5 },
    skills: { weight: 20, metFrom: 0.75 },
    distance: { weight: 15, nearFactor: 1.5, near: 0.5 },
    hours: { weight: 10, nearHours: 8, near: 0.5 },
    contract: { weight: 5 },
    drivingLicence: { weight: 10 },
    education: { weight: 5, oneBelow: 0.5 },
    availability: { weight: 5, soonDays: 30, beforeClosing: 0.5 },
  },
  unknown: 0.5,
  minScore: 0,
});
