import { describe, expect, it } from 'vitest';
import type { ServiceLine } from '#src/shared/lib/domain.ts';
import { parsePeriod } from '#src/features/management/period.ts';
import type { Figure } from '#src/features/management/schemas.ts';
import {
  caseloadFigure,
  clientsInScope,
  computeFigures,
  cumulativeSeries,
  effortFigure,
  ladderFigure,
  ladderMovementFigure,
  outflowFigure,
  searchPeriodFigure,
  sortingFigure,
  type Scope,
} from './figures.ts';
import { generateHistory, type ClientHistory } from './history.ts';
import { COACHES, type Coach } from './teams.ts';

const TODAY = '2026-12-07';
const Q3 = parsePeriod('2026-Q3') as NonNullable<ReturnType<typeof parsePeriod>>;
const COACH: Coach = { id: 'c1', name: 'Coach Een', fte: 1, teamId: 't' };
const scope: Scope = { period: Q3, today: TODAY, coaches: [COACH], line: null };

let n = 0;
/** A client with everything in time by default; `times` copies of it. */
function clients(times: number, over: Partial<Omit<ClientHistory, 'obligations'>> & { obligations?: Partial<ClientHistory['obligations']> } = {}): ClientHistory[] {
  return Array.from({ length: times }, () => {
    n += 1;
    const appliedOn = over.appliedOn ?? '2026-06-04';
    return {
      id: `x${n}`,
      coachId: 'c1',
      appliedOn,
      proposal: null,
      decision: null,
      decidedOn: null,
      weeksFrom: '2026-06-01',
      activities: [],
      norm: 0,
      handIns: [],
      reviews: [],
      signals: [],
      rungs: [],
      ended: null,
      ...over,
      obligations: { uwv: appliedOn, cv: appliedOn, applying: appliedOn, intake: appliedOn, ...over.obligations },
    };
  });
}
const values = (figure: Figure) => Object.fromEntries(figure.indicators.map((i) => [i.id, i.suppressed ? '<5' : i.value]));
const rows = (figure: Figure) => Object.fromEntries(figure.table.rows.map((r) => [r.key, [...r.cells.map((c) => (c.suppressed ? '<5' : c.value)), ...(r.total ? [r.total.suppressed ? '<5' : r.total.value] : [])]]));

describe('zoekperiode', () => {
  const data = [
    // zoekperiode 4 June – 1 July: ends in Q3; the intake on its last day is in time
    ...clients(6, { obligations: { intake: '2026-07-01' } }),
    ...clients(5, { obligations: { intake: '2026-07-02' } }), // one day late
    ...clients(5, { obligations: { intake: null } }),
    // zoekperiode 3 – 30 June: ended in Q2, not counted
    ...clients(5, { appliedOn: '2026-06-03' }),
    // applied in Q3, zoekperiode 1 – 28 August
    ...clients(5, { appliedOn: '2026-08-01' }),
  ];
  it('counts the clients whose zoekperiode ended in the period, per obligation', () => {
    const figure = searchPeriodFigure(data, scope);
    expect(rows(figure)).toMatchObject({ intake: [11, 5, 5, 21], uwv: ['<5', '<5', '<5', 21] });
    expect(values(figure)).toEqual({ newClients: 5, obligationsInTime: 52.4, intakeInTime: 52.4 });
  });
});

describe('sorting', () => {
  const decided = (times: number, proposal: ServiceLine, decision: ServiceLine, days: number) =>
    clients(times, { proposal, decision, obligations: { intake: '2026-07-01' }, decidedOn: `2026-07-${String(1 + days).padStart(2, '0')}` });
  const data = [
    ...decided(10, 'selfReliant', 'selfReliant', 2),
    ...decided(3, 'selfReliant', 'guidedSupport', 10),
    ...decided(7, 'selfReliant', 'socialParticipation', 10),
    ...decided(6, 'guidedSupport', 'selfReliant', 4),
    ...decided(8, 'guidedSupport', 'guidedSupport', 4),
    ...decided(6, 'guidedSupport', 'socialParticipation', 4),
    ...decided(5, 'socialParticipation', 'selfReliant', 6),
    ...decided(9, 'socialParticipation', 'guidedSupport', 6),
    ...decided(6, 'socialParticipation', 'socialParticipation', 6),
    // decided in Q2: not counted
    ...clients(5, { proposal: 'selfReliant', decision: 'selfReliant', decidedOn: '2026-06-30' }),
  ];
  it('puts proposal against decision; hides a cell its row would give away', () => {
    const figure = sortingFigure(data, scope);
    // the 3 is small; the 7 beside it goes too (20 − 10 − 7 = 3), then the 8 below it (its column: 20 − 9), then a 6 beside that
    expect(rows(figure)).toEqual({ selfReliant: [10, '<5', '<5', 20], guidedSupport: [6, '<5', '<5', 20], socialParticipation: [5, 9, 6, 20] });
    expect(figure.table.totals?.cells.map((c) => c.value)).toEqual([21, 20, 19]);
    // a cell of the diagonal is hidden, so the agreement is too; the median of the days to a decision is (4 + 6) / 2
    expect(values(figure)).toEqual({ sortingAgreement: '<5', decisionDays: 5 });
  });

  it('shows the agreement when the diagonal is shown', () => {
    const figure = sortingFigure([...decided(10, 'selfReliant', 'selfReliant', 2), ...decided(5, 'guidedSupport', 'guidedSupport', 3), ...decided(5, 'selfReliant', 'guidedSupport', 3), ...decided(5, 'guidedSupport', 'selfReliant', 3)], scope);
    // the third line is all 0: hidden, and so the smallest other cells of each row and column
    expect(values(figure)).toMatchObject({ decisionDays: 3 });
    expect(figure.table.totals?.total).toEqual({ value: 25, suppressed: false });
  });
});

describe('caseload', () => {
  const two: Coach = { id: 'c2', name: 'Coach Twee', fte: 0.5, teamId: 't' };
  const data = [
    ...clients(5, { signals: [{ raisedOn: '2026-09-01', closedOn: null }] }),
    ...clients(5, { signals: [{ raisedOn: '2026-09-01', closedOn: '2026-09-15' }] }),
    ...clients(5, { coachId: 'c2' }),
    ...clients(5, { coachId: 'c2', ended: { on: '2026-09-30', reason: 'work' } }), // gone by the end of the period
    ...clients(5, { appliedOn: '2026-10-01' }), // not yet there
  ];
  it('counts the clients per coach at the end of the period, and those with an open signal', () => {
    const figure = caseloadFigure(data, { ...scope, coaches: [COACH, two] });
    // Coach Twee's 0 is hidden, so Coach Een's 5 too: the total would give the 0 away
    expect(rows(figure)).toEqual({ c1: [10, '<5'], c2: [5, '<5'] });
    expect(values(figure)).toEqual({ clientsPerFte: 10 });
  });
});

describe('effort', () => {
  // weeks from Monday 29 June; Q3 has the weeks starting 6 July … 28 September (13)
  const weekly = (times: number, perWeek: number) => clients(times, { norm: 3, weeksFrom: '2026-06-29', activities: Array.from({ length: 20 }, () => perWeek) });
  const data = [
    ...weekly(5, 3),
    ...weekly(5, 1),
    ...clients(5, { norm: 0, activities: Array.from({ length: 20 }, () => 9) }), // no norm: not counted
    ...clients(5, {
      handIns: [
        { due: '2026-08-01', on: '2026-07-30' },
        { due: '2026-08-29', on: '2026-09-02' },
      ],
    }),
  ];
  it('spreads clients with a norm over activities per week, and counts weeks and hand-ins', () => {
    const figure = effortFigure(data, scope);
    expect(rows(figure)).toEqual({ perWeek0: ['<5'], perWeek1: ['<5'], perWeek2: ['<5'], perWeek3: [5] });
    expect(values(figure)).toEqual({ normMet: 50, handInsOnTime: 50 });
  });
});

describe('participatieladder', () => {
  const data = [
    ...clients(6, { rungs: [{ from: '2026-06-04', rung: 2 }, { from: '2026-08-01', rung: 3 }] }), // up
    ...clients(5, { rungs: [{ from: '2026-06-04', rung: 1 }] }),
    ...clients(5, { rungs: [{ from: '2026-06-04', rung: 5 }, { from: '2026-09-01', rung: 6 }] }), // up
    ...clients(5, { rungs: [{ from: '2026-06-04', rung: 4 }] }), // same
    ...clients(5, { rungs: [{ from: '2026-06-04', rung: 4 }, { from: '2026-09-30', rung: 3 }] }), // down on the last day
    ...clients(5, { rungs: [{ from: '2026-06-04', rung: 4 }, { from: '2026-10-01', rung: 5 }] }), // after the period: same
  ];
  it('counts the rungs at the end of the period and the moves in it', () => {
    // rung 2 and 5 are 0: together still 0, so the smallest other (rung 1's 5) is hidden too
    expect(rows(ladderFigure(data, scope))).toEqual({ rung1: ['<5'], rung2: ['<5'], rung3: [11], rung4: [10], rung5: ['<5'], rung6: [5] });
    const movement = ladderMovementFigure(data, scope);
    expect(rows(movement)).toEqual({ up: [11], same: [15], down: [5] });
    expect(values(movement)).toEqual({ ladderUp: 35.5 });
  });
});

describe('outflow', () => {
  const data = [
    ...clients(10, { decision: 'selfReliant', ended: { on: '2026-07-15', reason: 'work' } }),
    ...clients(20, { decision: 'selfReliant' }),
    ...clients(5, { decision: 'guidedSupport', ended: { on: '2026-09-01', reason: 'work' } }),
    ...clients(15, { decision: 'guidedSupport', ended: { on: '2026-08-01', reason: 'education' } }),
    ...clients(5, { decision: 'guidedSupport' }),
    ...clients(5, { decision: 'selfReliant', ended: { on: '2026-08-20', reason: 'other' } }),
    ...clients(5, { decision: 'socialParticipation' }),
    ...clients(5, { decision: 'selfReliant', ended: { on: '2026-06-30', reason: 'work' } }), // before the period
  ];
  it('splits the running clients per line into work, another reason and staying', () => {
    const figure = outflowFigure(data, scope);
    // the empty lines' zeros hide a few more cells; the 15 to work in total stays
    expect(rows(figure)).toEqual({ selfReliant: ['<5', '<5', 20, 35], guidedSupport: ['<5', 15, '<5', 25], socialParticipation: ['<5', '<5', '<5', '<5'], none: ['<5', '<5', '<5', '<5'] });
    expect(figure.table.totals?.cells[0]).toEqual({ value: 15, suppressed: false });
    // 15 of 65; the uitstroomquote reads a hidden cell, so it is hidden too
    expect(values(figure)).toMatchObject({ outflowToWork: 23.1, uitstroomquote: '<5' });
    // 10 by July, none more in August (hidden), 15 by September
    expect(figure.series?.map((p) => (p.suppressed ? '<5' : p.value))).toEqual([15.4, '<5', 23.1]);
  });

  it('shows a month of the series only when 5 or more left since the last month shown', () => {
    const points = [
      { month: '2026-07', count: 6 },
      { month: '2026-08', count: 8 },
      { month: '2026-09', count: 12 },
    ];
    const total = { value: 12, suppressed: false };
    expect(cumulativeSeries(points, 100, total).map((p) => p.suppressed)).toEqual([false, true, true].map((s, i) => (i === 2 ? false : s)));
    // 12 − 6 = 6 ≥ 5: July stays; with 10 at the end, July (6) would give away 4 and goes too
    expect(cumulativeSeries([points[0], { month: '2026-09', count: 10 }] as typeof points, 100, total).map((p) => p.suppressed)).toEqual([true, false]);
  });
});

describe('filters and the generated history', () => {
  it('refuses filters that leave fewer than 5 people', () => {
    expect(computeFigures(clients(4), scope)).toBeNull();
    expect(computeFigures(clients(5), scope)).toHaveLength(7);
  });

  it('is the same every time, and about 600 clients of 10 coaches in 2 teams', () => {
    const a = generateHistory(TODAY);
    expect(a).toEqual(generateHistory(TODAY));
    expect(a.clients).toHaveLength(600);
    expect(new Set(a.clients.map((c) => c.coachId)).size).toBe(10);
    expect(a.teams).toHaveLength(2);
    expect(a.clients.some((c) => c.proposal !== null && c.decision !== null && c.proposal !== c.decision)).toBe(true);
    const noord = clientsInScope(a.clients, { coaches: COACHES.filter((c) => c.teamId === 'team-noord'), line: null });
    expect(noord).toHaveLength(300);
  });

  it('records some rung changes at the three-month review, in order with the other steps', () => {
    const { clients: all } = generateHistory(TODAY);
    const atReviews = all.flatMap((c) => c.rungs.filter((step) => step.source === 'review').map((step) => [c, step] as const));
    expect(atReviews.length).toBeGreaterThan(5);
    for (const [c, step] of atReviews) {
      expect(c.reviews.map((r) => r.heldOn)).toContain(step.from);
      const coachSteps = c.rungs.filter((s) => s.source !== 'work').map((s) => s.from);
      expect(coachSteps).toEqual([...coachSteps].sort());
    }
  });
});
