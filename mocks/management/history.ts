import type { ServiceLine } from '#src/shared/lib/domain.ts';
import { seededRandom } from '#src/shared/lib/random.ts';
import { addDays, daysBetween } from '#src/shared/lib/dates.ts';
import { searchPeriodEnd } from '#src/shared/lib/search-period.ts';
import { COACHES, TEAMS, type Coach, type Team } from './teams.ts';

/**
 * What the teamleider's figures are computed from (issue 21): per client the dated facts the app
 * records — the aanvraag, the four obligations of the zoekperiode, the entreevragenlijst's proposal
 * and the coach's decision, activities per week against the norm, hand-ins, three-month reviews,
 * signals, rungs of the participatieladder over time and the end of the benefit with its reason.
 *
 * The mock fills it with a deterministic history (`managementHistory`): about 600 clients of 10
 * coaches in 2 teams over the last 13 months. It is kept apart from the store's tables — those hold
 * the personas that every other test relies on — and made only when a figure is first asked for
 * (about 30 ms), so no other test pays for it.
 */

export type Obligation = 'uwv' | 'cv' | 'applying' | 'intake';
export const OBLIGATIONS: readonly Obligation[] = ['uwv', 'cv', 'applying', 'intake'];
export type OutflowReason = 'work' | 'education' | 'withdrawn' | 'other';

export type ClientHistory = {
  id: string;
  coachId: string;
  appliedOn: string;
  /** When each obligation was met (null: not met). `intake` is the entreevragenlijst handed in. */
  obligations: Record<Obligation, string | null>;
  proposal: ServiceLine | null;
  decision: ServiceLine | null;
  decidedOn: string | null;
  /** Activities per week, from the week the aanvraag falls in (`weeksFrom`, a Monday). */
  weeksFrom: string;
  activities: number[];
  /** Activities a week asked of the client (0: no norm, as in maatschappelijke participatie). */
  norm: number;
  /** Every four weeks the werkmap is handed in; `on` null: not handed in. */
  handIns: Array<{ due: string; on: string | null }>;
  reviews: Array<{ due: string; heldOn: string | null }>;
  signals: Array<{ raisedOn: string; closedOn: string | null }>;
  /**
   * The rung from a date on, in order; `source` says who set it, as in the ladder's history (a coach's
   * change, the rung recorded at a three-month review, work). The figures count every step alike.
   */
  rungs: Array<{ from: string; rung: number; source?: 'intake' | 'coach' | 'review' | 'work' }>;
  ended: { on: string; reason: OutflowReason } | null;
};

export type History = { today: string; teams: readonly Team[]; coaches: readonly Coach[]; clients: ClientHistory[] };

const LINES: readonly ServiceLine[] = ['selfReliant', 'guidedSupport', 'socialParticipation'];
const NORM: Record<ServiceLine, number> = { selfReliant: 3, guidedSupport: 2, socialParticipation: 0 };
/** Chance a month of leaving the benefit for work, by line. */
const TO_WORK_PER_MONTH: Record<ServiceLine, number> = { selfReliant: 0.045, guidedSupport: 0.02, socialParticipation: 0.004 };

function monday(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((day + 6) % 7));
}

/** A deterministic history of `size` clients up to `today` (the same arguments give the same history). */
export function generateHistory(today: string, size = 600, seed = 21): History {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[], weights: readonly number[]): T => {
    let r = random() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < items.length; i += 1) {
      r -= weights[i] as number;
      if (r < 0) return items[i] as T;
    }
    return items[items.length - 1] as T;
  };
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const upTo = (date: string | null) => (date !== null && date <= today ? date : null);
  const clients: ClientHistory[] = [];

  for (let i = 0; i < size; i += 1) {
    const coach = COACHES[i % COACHES.length] as Coach;
    const appliedOn = addDays(today, -between(0, 395));
    const periodEnd = searchPeriodEnd(appliedOn);
    // met in time (most), late, or not at all
    const obligation = (inTime: number, late: number, first = 0) => {
      const r = random();
      if (r < inTime) return upTo(addDays(appliedOn, between(first, 27)));
      if (r < inTime + late) return upTo(addDays(periodEnd, between(1, 20)));
      return null;
    };
    const withdrawn = random() < 0.07;
    const ended: ClientHistory['ended'] = withdrawn ? { on: addDays(appliedOn, between(3, 27)), reason: 'withdrawn' } : null;
    const intake = obligation(0.84, 0.1, 2);
    const proposal = intake ? pick(LINES, [55, 30, 15]) : null;
    const decidedOn = intake && !withdrawn ? upTo(addDays(intake, pick([1, 3, 6, 10, 18], [20, 30, 25, 15, 10]) + between(0, 2))) : null;
    const agrees = proposal === 'selfReliant' ? 0.86 : 0.66;
    const decision = decidedOn && proposal ? (random() < agrees ? proposal : pick(LINES.filter((l) => l !== proposal), [1, 1])) : null;
    const line = decision ?? proposal ?? 'selfReliant';
    const history: ClientHistory = {
      id: `mgmt-client-${String(i + 1).padStart(3, '0')}`,
      coachId: coach.id,
      appliedOn,
      obligations: { uwv: obligation(0.9, 0.05), cv: obligation(0.74, 0.14, 1), applying: obligation(0.78, 0.12, 1), intake },
      proposal,
      decision,
      decidedOn,
      weeksFrom: monday(appliedOn),
      activities: [],
      norm: NORM[line],
      handIns: [],
      reviews: [],
      signals: [],
      rungs: [{ from: intake ?? appliedOn, source: 'intake', rung: line === 'selfReliant' ? pick([3, 4, 5], [2, 6, 2]) : line === 'guidedSupport' ? pick([2, 3, 4], [3, 5, 2]) : pick([1, 2, 3], [4, 5, 1]) }],
      ended,
    };
    // after the zoekperiode: month by month, leaving for work or for another reason
    if (!history.ended) {
      for (let month = addDays(periodEnd, 1); month <= today && !history.ended; month = addDays(month, 30)) {
        const r = random();
        if (r < TO_WORK_PER_MONTH[line]) history.ended = { on: addDays(month, between(0, 29)), reason: 'work' };
        else if (r < TO_WORK_PER_MONTH[line] + 0.004) history.ended = { on: addDays(month, between(0, 29)), reason: 'education' };
        else if (r < TO_WORK_PER_MONTH[line] + 0.01) history.ended = { on: addDays(month, between(0, 29)), reason: 'other' };
      }
      if (history.ended && history.ended.on > today) history.ended = null;
    }
    const lastDay = history.ended?.on ?? today;
    // activities per week, about the client's own pace
    const pace = history.norm * pick([0.3, 0.7, 1, 1.3], [1, 3, 4, 2]);
    for (let week = history.weeksFrom; week <= lastDay; week = addDays(week, 7)) {
      history.activities.push(Math.max(0, Math.round(pace + (random() - 0.5) * 3)));
    }
    for (let due = addDays(appliedOn, 27); due <= lastDay; due = addDays(due, 28)) {
      const r = random();
      history.handIns.push({ due, on: r < 0.8 ? addDays(due, -between(0, 5)) : r < 0.93 ? upTo(addDays(due, between(1, 10))) : null });
    }
    // the three-month review of a zelfdoener still on the benefit
    if (decidedOn && line === 'selfReliant') {
      const due = addDays(decidedOn, 91);
      if (due <= lastDay) {
        const r = random();
        history.reviews.push({ due, heldOn: r < 0.8 ? addDays(due, -between(0, 10)) : r < 0.92 ? upTo(addDays(due, between(1, 20))) : null });
      }
    }
    for (let s = between(0, 3); s > 0; s -= 1) {
      const raisedOn = addDays(appliedOn, between(0, Math.max(0, daysBetween(appliedOn, lastDay))));
      history.signals.push({ raisedOn, closedOn: upTo(addDays(raisedOn, between(1, 40))) });
    }
    // rungs move now and then, more often up than down; work is rung 6
    const first = history.rungs[0] as { from: string; rung: number };
    let rung = first.rung;
    for (let day = addDays(first.from, between(40, 120)); day < lastDay; day = addDays(day, between(60, 150))) {
      const step = random() < 0.65 ? 1 : -1;
      const next = Math.min(5, Math.max(1, rung + step));
      if (next !== rung) history.rungs.push({ from: day, rung: (rung = next), source: 'coach' });
    }
    recordAtReviews(history);
    if (history.ended?.reason === 'work') history.rungs.push({ from: history.ended.on, rung: 6, source: 'work' });
    clients.push(history);
  }
  return { today, teams: TEAMS, coaches: COACHES, clients };
}

/**
 * The coach sees a change of rung at the three-month review: a move in the 60 days after a review
 * that was held is recorded on the review's day instead (the ladder movement counts it there). No
 * random draw, so the rest of the history stays as it was.
 */
function recordAtReviews(history: ClientHistory): void {
  for (const review of history.reviews) {
    if (!review.heldOn) continue;
    const held = review.heldOn;
    const index = history.rungs.findIndex((step) => step.source === 'coach' && step.from >= held && daysBetween(held, step.from) <= 60);
    const before = history.rungs[index - 1];
    const step = history.rungs[index];
    if (step && before && before.from < held) history.rungs[index] = { ...step, from: held, source: 'review' };
  }
}

let cached: History | null = null;

/** The history up to `today`, made on first use and kept until the day changes. */
export function managementHistory(today: string): History {
  if (cached?.today !== today || cached.clients.length !== historySize) cached = generateHistory(today, historySize);
  return cached;
}

let historySize = 600;
/** How many clients the history has (the bench asks for 10,000; tests and the demo keep 600). */
export function setManagementHistorySize(size: number): void {
  historySize = size;
}
