import { addDays, daysBetween } from '#src/shared/lib/dates.ts';
import type { ServiceLine } from '#src/shared/lib/domain.ts';
import { SIGNALS, type Signal } from './schemas.ts';

/**
 * The caseload's signals as pure functions, computed on the server (the mock imports this)
 * from facts it gathers per client. Rules:
 * - noActivity: nothing in the werkmap or the app for 14 days or more (from the start of the
 *   zoekperiode when there was nothing at all; never before the aanvraag);
 * - normNotMet: the last norm period that has ended counted fewer activities than the norm asked;
 * - intakeNotFilledIn: no service line yet and the entreevragenlijst not handed in;
 * - intakeNotDecided: the entreevragenlijst was handed in and waits for the coach's decision;
 * - reviewDue: a zelfdoener whose three-month review date (three months after the line was set,
 *   or after the last review) has come;
 * - proofMissing: an activity of the last eight weeks that needs proof has none. Proof is needed
 *   for a job interview (type `jobInterview`) and for any activity whose result says "interview"
 *   (an invitation shows it happened); an ordinary application is proven by its vacancy link;
 * - messageUnanswered: the client's latest message has no answer from the coach side and was sent
 *   more than two working days ago (Saturdays and Sundays do not count; public holidays are not
 *   known to the mock).
 */

export const NO_ACTIVITY_DAYS = 14;
export const PROOF_LOOKBACK_DAYS = 56;
export const ANSWER_WORKING_DAYS = 2;
export const REVIEW_MONTHS = 3;
export const PROOF_REQUIRED_TYPES: readonly string[] = ['jobInterview'];

export type IntakeState = 'notStarted' | 'inProgress' | 'submitted' | 'decided';

export type SignalFacts = {
  serviceLine: ServiceLine | null;
  /** First day of the zoekperiode (the aanvraag), null when not applied. */
  searchPeriodStart: string | null;
  intakeStatus: IntakeState;
  /** Date (YYYY-MM-DD) of the latest activity in the werkmap or the app. */
  lastActivityDate: string | null;
  /** The last norm period that has ended, null when none has. */
  previousPeriod: { count: number; required: number } | null;
  /** Recent activities that need proof and have none. */
  proofMissing: number;
  /** When the oldest client message without an answer after it was sent (date-time), null when answered. */
  unansweredSince: string | null;
  /** Zelfdoeners: when the three-month review is due. */
  reviewDueOn: string | null;
};

/** An activity needs proof (see the rules above). */
export function needsProof(activity: { typeId: string; results: readonly { status: string }[] }): boolean {
  return PROOF_REQUIRED_TYPES.includes(activity.typeId) || activity.results.some((step) => step.status === 'interview');
}

/** Adds calendar months (the 31st becomes the last day of a shorter month). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

const isWeekend = (date: Date) => date.getUTCDay() === 0 || date.getUTCDay() === 6;

/** The moment `days` working days (Monday to Friday) after `isoDateTime`, at the same time of day. */
export function addWorkingDays(isoDateTime: string, days: number): Date {
  const date = new Date(isoDateTime);
  let left = days;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    if (!isWeekend(date)) left -= 1;
  }
  return date;
}

/** Zelfdoeners only: three months after the later of "line set" and "last review". */
export function reviewDueOn(serviceLine: ServiceLine | null, lineSetOn: string | null, lastReviewOn: string | null): string | null {
  if (serviceLine !== 'selfReliant' || !lineSetOn) return null;
  const from = lastReviewOn && lastReviewOn > lineSetOn ? lastReviewOn : lineSetOn;
  return addMonths(from, REVIEW_MONTHS);
}

export function computeSignals(facts: SignalFacts, today: string, now: Date): Signal[] {
  const out = new Set<Signal>();
  const since = facts.lastActivityDate ?? facts.searchPeriodStart;
  if (facts.searchPeriodStart && since && daysBetween(since, today) >= NO_ACTIVITY_DAYS) out.add('noActivity');
  if (facts.previousPeriod && facts.previousPeriod.count < facts.previousPeriod.required) out.add('normNotMet');
  if (facts.serviceLine === null && (facts.intakeStatus === 'notStarted' || facts.intakeStatus === 'inProgress')) out.add('intakeNotFilledIn');
  if (facts.intakeStatus === 'submitted') out.add('intakeNotDecided');
  if (facts.serviceLine === 'selfReliant' && facts.reviewDueOn && today >= facts.reviewDueOn) out.add('reviewDue');
  if (facts.proofMissing > 0) out.add('proofMissing');
  if (facts.unansweredSince && now.getTime() > addWorkingDays(facts.unansweredSince, ANSWER_WORKING_DAYS).getTime()) out.add('messageUnanswered');
  // in a fixed order (most urgent first), so lists and tests are stable
  return SIGNALS.filter((signal) => out.has(signal));
}

/** The date from which proof is looked for. */
export const proofLookbackFrom = (today: string) => addDays(today, -PROOF_LOOKBACK_DAYS);
