import { seededRandom } from '#src/shared/lib/random.ts';
import type { ServiceLine } from '#src/shared/lib/domain.ts';
import type { Answers, IntakeDefinition } from '#src/features/intake/definition/schemas.ts';
import { pruneHiddenAnswers, score } from '#src/features/intake/definition/engine.ts';
import { zelfdoenerAnswers } from '#src/features/intake/definition/test-answers.ts';
import { referenceFor } from '#src/features/intake/reference.ts';
import type { ClientRecord, IntakeSubmissionRecord } from './db.ts';
import { addDays, addYears, dateTimeDaysFromNow, todayIso } from './clock.ts';
import { fakeBsn, SEED_IDS } from './seed.ts';
import { generatedName } from './seed-coach.ts';

/**
 * A year of handed-in entreevragenlijsten with the coach's decision (issue 21), for the
 * functioneel beheerder's backtest: 48 former clients (no coach any more, so no caseload
 * changes), one hand-in a week going back from two weeks ago, four kinds of people in turn with
 * one answer varied, scored with the seeded version. The coaches mostly follow the proposal, but chose zelfdoeners
 * for people with "kunnen" 4 whom the table sent to klantondersteuning (the pilot's finding:
 * zelfdoeners are told apart well, the threshold is a little strict), and now and then
 * klantondersteuning for a proposed maatschappelijke participatie. Deterministic.
 */

export const HISTORY_SIZE = 48;
/** Four kinds of people, in turn: a zelfdoener, one a point short on "kunnen", someone far from work, someone isolated. */
const KINDS: readonly Answers[] = [
  {},
  { lastWork: 'y2to5', education: 'vmbo', drivingLicence: 'no' },
  { lastWork: 'never', education: 'none', wantsWork: 3, confidence: 2, applyAlone: 2, interview: 2, searching: 'once' },
  { social: 'rarely', contacts: 'none', healthLimits: 'much', toldOthers: 'no', activities: ['none'] },
];
/** Then one answer varies. */
const VARY: Record<string, readonly (string | number)[]> = {
  wantsWork: [2, 3, 4, 5],
  confidence: [2, 3, 4, 5],
  contacts: ['many', 'few', 'none'],
  social: ['daily', 'weekly', 'monthly'],
  money: ['no', 'some', 'much'],
  searching: ['once', 'weekly', 'daily'],
  care: ['no', 'yes'],
};
const FOLLOW_UPS: Answers = { healthHours: 20, debtHelp: 'no', inSchool: 'no', wantsSchool: 'maybe', schoolObstacle: null };

function coachChoice(proposed: ServiceLine, kunnen: number, barriers: number, r: () => number): ServiceLine {
  if (proposed === 'guidedSupport' && kunnen === 4 && barriers === 0 && r() < 0.8) return 'selfReliant';
  if (proposed === 'socialParticipation' && r() < 0.25) return 'guidedSupport';
  return proposed;
}

export function seedIntakeHistory(definition: IntakeDefinition): { clients: ClientRecord[]; intakeSubmissions: IntakeSubmissionRecord[] } {
  const r = seededRandom(21);
  const today = todayIso();
  const coaches = [
    { id: SEED_IDS.coaches.marieke, name: 'Marieke Bakker' },
    { id: SEED_IDS.coaches.sander, name: 'Sander Veenstra' },
  ];
  const clients: ClientRecord[] = [];
  const intakeSubmissions: IntakeSubmissionRecord[] = [];
  for (let n = 0; n < HISTORY_SIZE; n += 1) {
    const id = `client-past-${String(n + 1).padStart(3, '0')}`;
    const age = 19 + Math.floor(r() * 45);
    const daysAgo = 14 + n * 7;
    const raw: Answers = { ...zelfdoenerAnswers, ...FOLLOW_UPS, careArranged: 'partly', lastJobEnd: addDays(today, -daysAgo - 120), ...KINDS[n % KINDS.length] };
    const keys = Object.keys(VARY);
    const key = keys[Math.floor(r() * keys.length)] as string;
    const options = VARY[key] ?? [];
    raw[key] = options[Math.floor(r() * options.length)] ?? null;
    const facts = { age };
    const answers = pruneHiddenAnswers(definition, raw, facts);
    const result = score(definition, answers, facts);
    const submittedAt = dateTimeDaysFromNow(-daysAgo, 9 + (n % 6), (n * 11) % 60);
    const coach = coaches[n % coaches.length] ?? coaches[0];
    const decided = coachChoice(result.proposal.serviceLine, result.dimensions.kunnen, result.barriers.length, r);
    const submissionId = `intake-past-${String(n + 1).padStart(3, '0')}`;
    clients.push({
      id,
      name: generatedName(n + 300),
      bsn: fakeBsn(500 + n),
      birthDate: addYears(addDays(today, -daysAgo - 40), -age),
      town: 'Groningen',
      firstLanguage: 'nl',
      hasStartkwalificatie: answers.education === 'mbo2plus' || answers.education === 'havoVwo' || answers.education === 'hboWo',
      previousWork: null,
      coachId: null,
      serviceLine: decided,
      benefitApplicationDate: addDays(today, -daysAgo - 20),
      lastActivityAt: submittedAt,
    });
    intakeSubmissions.push({
      id: submissionId,
      clientId: id,
      reference: referenceFor(submissionId),
      definitionId: definition.id,
      definitionVersion: definition.version,
      answers,
      helper: null,
      facts,
      submittedAt,
      submittedBy: { id, name: generatedName(n + 300) },
      result,
      proposedAt: submittedAt,
      decision: {
        serviceLine: decided,
        reason: decided === result.proposal.serviceLine ? '' : 'Besproken in het gesprek na de zoekperiode.',
        proposedServiceLine: result.proposal.serviceLine,
        decidedBy: coach ?? { id: SEED_IDS.coaches.marieke, name: 'Marieke Bakker' },
        decidedAt: dateTimeDaysFromNow(-daysAgo + 3, 11),
        definitionVersion: definition.version,
      },
      version: 2,
    });
  }
  return { clients, intakeSubmissions };
}
