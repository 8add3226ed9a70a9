import { describe, expect, it } from 'vitest';
import { addMonths, addWorkingDays, computeSignals, needsProof, reviewDueOn, type SignalFacts } from './signals.ts';
import type { Signal } from './schemas.ts';

// Wednesday 18 November 2026, 12:00 UTC
const TODAY = '2026-11-18';
const NOW = new Date('2026-11-18T12:00:00Z');

const quiet: SignalFacts = {
  serviceLine: 'selfReliant',
  searchPeriodStart: '2026-11-01',
  intakeStatus: 'decided',
  lastActivityDate: '2026-11-17',
  previousPeriod: null,
  proofMissing: 0,
  unansweredSince: null,
  reviewDueOn: '2027-02-28',
};

const cases: Array<[string, Partial<SignalFacts>, Signal[]]> = [
  ['nothing to flag', {}, []],
  ['no activity for exactly 14 days', { lastActivityDate: '2026-11-04' }, ['noActivity']],
  ['13 days is not yet a signal', { lastActivityDate: '2026-11-05' }, []],
  ['nothing at all since the aanvraag 14 days ago', { lastActivityDate: null, searchPeriodStart: '2026-11-04' }, ['noActivity']],
  ['no aanvraag yet: no activity signal', { lastActivityDate: null, searchPeriodStart: null }, []],
  ['last period under the norm', { previousPeriod: { count: 2, required: 4 } }, ['normNotMet']],
  ['last period met the norm', { previousPeriod: { count: 4, required: 4 } }, []],
  ['a free period asked nothing', { previousPeriod: { count: 0, required: 0 } }, []],
  ['no line and intake not started', { serviceLine: null, intakeStatus: 'notStarted' }, ['intakeNotFilledIn']],
  ['no line and intake half done', { serviceLine: null, intakeStatus: 'inProgress' }, ['intakeNotFilledIn']],
  ['a line set without the intake', { serviceLine: 'guidedSupport', intakeStatus: 'notStarted', reviewDueOn: null }, []],
  ['intake handed in, no decision', { serviceLine: null, intakeStatus: 'submitted' }, ['intakeNotDecided']],
  ['review due today', { reviewDueOn: TODAY }, ['reviewDue']],
  ['review due tomorrow', { reviewDueOn: '2026-11-19' }, []],
  ['review date is only for zelfdoeners', { serviceLine: 'guidedSupport', reviewDueOn: '2026-11-01' }, []],
  ['proof missing', { proofMissing: 2 }, ['proofMissing']],
  // Wednesday 12:00 minus two working days is Monday 12:00
  ['message sent Monday 11:59: more than two working days', { unansweredSince: '2026-11-16T11:59:00Z' }, ['messageUnanswered']],
  ['message sent Monday 12:01: not yet', { unansweredSince: '2026-11-16T12:01:00Z' }, []],
  // Friday 11:00 + 2 working days = Tuesday 11:00 (the weekend does not count)
  ['message sent Friday: the weekend does not count', { unansweredSince: '2026-11-13T11:00:00Z' }, ['messageUnanswered']],
  ['message sent Saturday: due Tuesday 11:00, so flagged', { unansweredSince: '2026-11-14T11:00:00Z' }, ['messageUnanswered']],
  ['message sent Sunday: due Tuesday 11:00, so flagged on Wednesday', { unansweredSince: '2026-11-15T11:00:00Z' }, ['messageUnanswered']],
  [
    'several at once, most urgent first',
    { unansweredSince: '2026-11-02T09:00:00Z', lastActivityDate: '2026-10-01', proofMissing: 1, previousPeriod: { count: 0, required: 4 } },
    ['messageUnanswered', 'noActivity', 'normNotMet', 'proofMissing'],
  ],
];

describe('computeSignals', () => {
  it.each(cases)('%s', (_name, facts, expected) => {
    expect(computeSignals({ ...quiet, ...facts }, TODAY, NOW)).toEqual(expected);
  });
});

describe('working days', () => {
  it.each([
    ['2026-11-16T10:00:00Z', 2, '2026-11-18T10:00:00.000Z'], // Mon -> Wed
    ['2026-11-13T10:00:00Z', 2, '2026-11-17T10:00:00.000Z'], // Fri -> Tue
    ['2026-11-14T10:00:00Z', 2, '2026-11-17T10:00:00.000Z'], // Sat -> Tue
    ['2026-11-12T10:00:00Z', 1, '2026-11-13T10:00:00.000Z'], // Thu -> Fri
  ])('%s + %i working days = %s', (from, days, expected) => {
    expect(addWorkingDays(from, days).toISOString()).toBe(expected);
  });
});

describe('three-month review date', () => {
  it.each([
    ['selfReliant', '2026-08-18', null, '2026-11-18'],
    ['selfReliant', '2026-11-30', null, '2027-02-28'], // end of a shorter month
    ['selfReliant', '2026-05-01', '2026-08-10', '2026-11-10'], // after the last review
    ['guidedSupport', '2026-05-01', null, null],
    ['selfReliant', null, null, null],
  ] as const)('%s since %s (last review %s) -> %s', (line, since, last, expected) => {
    expect(reviewDueOn(line, since, last)).toBe(expected);
  });

  it('adds months calendar-wise', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-10-15', 3)).toBe('2027-01-15');
  });
});

describe('needsProof', () => {
  it.each([
    [{ typeId: 'jobInterview', results: [] }, true],
    [{ typeId: 'vacancy', results: [{ status: 'sent' }, { status: 'interview' }] }, true],
    [{ typeId: 'vacancy', results: [{ status: 'sent' }, { status: 'invited' }] }, false],
    [{ typeId: 'workshop', results: [] }, false],
  ])('%o -> %s', (activity, expected) => {
    expect(needsProof(activity)).toBe(expected);
  });
});
