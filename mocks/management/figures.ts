import type { ServiceLine } from '#src/shared/lib/domain.ts';
import { daysBetween } from '#src/shared/lib/dates.ts';
import { searchPeriodEnd } from '#src/shared/lib/search-period.ts';
import { inPeriod, type Period } from '#src/features/management/period.ts';
import { FIGURE_INDICATORS, type FigureId, type IndicatorId } from '#src/features/management/indicators.ts';
import type { Cell, Figure, FigureTable } from '#src/features/management/schemas.ts';
import { count, MIN_CELL, ofGroup, rate, suppressTable, type CountTable } from './small-cells.ts';
import { OBLIGATIONS, type ClientHistory } from './history.ts';
import type { Coach } from './teams.ts';

/**
 * Each figure of the teamleider's dashboard computed from the clients' histories (issue 21). The
 * rules, which a real backend computes the same way (README, "Management figures"):
 * - a client is *running* in a period from the aanvraag up to and including the day the benefit
 *   ended; *active* on a day when applied on or before it and not ended by then;
 * - a client's line is the coach's decision, else the entreevragenlijst's proposal;
 * - the zoekperiode is `searchPeriodEnd(aanvraag)` (four weeks, the last day included): a figure
 *   about it counts the clients whose zoekperiode ENDED in the period (so all of it is known);
 * - counts and rates go through the small-cell rule (small-cells.ts) before they leave.
 */

export type Scope = { period: Period; today: string; coaches: readonly Coach[]; line: ServiceLine | null };

const LINES: readonly ServiceLine[] = ['selfReliant', 'guidedSupport', 'socialParticipation'];

export const lineOf = (c: ClientHistory): ServiceLine | null => c.decision ?? c.proposal;
export const isRunning = (c: ClientHistory, p: Pick<Period, 'start' | 'end'>) => c.appliedOn <= p.end && (c.ended === null || c.ended.on >= p.start);
export const isActiveOn = (c: ClientHistory, day: string) => c.appliedOn <= day && (c.ended === null || c.ended.on > day);
export function rungOn(c: ClientHistory, day: string): number | null {
  let rung: number | null = null;
  for (const step of c.rungs) if (step.from <= day) rung = step.rung;
  return rung;
}
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
const lastDay = (scope: Scope) => (scope.period.end < scope.today ? scope.period.end : scope.today);

/** The clients the figures are about: the coaches' (the team's, or one coach's), of the line when one is chosen. */
export function clientsInScope(clients: readonly ClientHistory[], scope: Pick<Scope, 'coaches' | 'line'>): ClientHistory[] {
  const coachIds = new Set(scope.coaches.map((c) => c.id));
  return clients.filter((c) => coachIds.has(c.coachId) && (scope.line === null || lineOf(c) === scope.line));
}

/** How many people the filters leave in the period: fewer than 5 and the combination is refused. */
export function populationOf(clients: readonly ClientHistory[], scope: Scope): number {
  return clients.filter((c) => isRunning(c, scope.period)).length;
}

type Values = Partial<Record<IndicatorId, Cell>>;

/** The figure: its table through the small-cell rule, then the indicators, which may read that table (`shown`). */
function figure(id: FigureId, table: CountTable, values: (shown: FigureTable) => Values, series?: (computed: Values) => Figure['series']): Figure {
  const shown = suppressTable(table);
  const computed = values(shown);
  return {
    id,
    indicators: FIGURE_INDICATORS[id].map((indicator) => ({ id: indicator, ...(computed[indicator] ?? SUPPRESSED) })),
    table: shown,
    series: series ? series(computed) : null,
  };
}

const SUPPRESSED: Cell = { value: null, suppressed: true };
/**
 * A rate whose parts are cells of the table shown: suppressed when either is, so a headline never
 * gives away a cell the table hides (complementary suppression included).
 */
function rateOfCells(part: Cell | null | undefined, whole: Cell | null | undefined): Cell {
  if (!part || !whole || part.suppressed || whole.suppressed || part.value === null || whole.value === null) return SUPPRESSED;
  return rate(part.value, whole.value);
}

export function searchPeriodFigure(clients: readonly ClientHistory[], scope: Scope): Figure {
  const ended = clients.filter((c) => {
    const end = searchPeriodEnd(c.appliedOn);
    return inPeriod(scope.period, end) && end < scope.today;
  });
  const status = (c: ClientHistory, met: string | null) => (met === null ? 2 : met <= searchPeriodEnd(c.appliedOn) ? 0 : 1);
  const rows = OBLIGATIONS.map((key) => {
    const counts = [0, 0, 0];
    for (const c of ended) {
      const i = status(c, c.obligations[key]);
      counts[i] = (counts[i] ?? 0) + 1;
    }
    return { key, counts };
  });
  const allInTime = ended.filter((c) => OBLIGATIONS.every((key) => status(c, c.obligations[key]) === 0)).length;
  return figure('searchPeriod', { columns: ['inTime', 'late', 'notMet'], rows, rowTotals: true, columnTotals: false }, (shown) => ({
    newClients: count(clients.filter((c) => inPeriod(scope.period, c.appliedOn)).length),
    obligationsInTime: rate(allInTime, ended.length),
    intakeInTime: rateOfCells(shown.rows[3]?.cells[0], shown.rows[3]?.total),
  }));
}

export function sortingFigure(clients: readonly ClientHistory[], scope: Scope): Figure {
  const decided = clients.filter((c) => c.proposal && c.decision && inPeriod(scope.period, c.decidedOn));
  const rows = LINES.map((proposal) => ({ key: proposal, counts: LINES.map((decision) => decided.filter((c) => c.proposal === proposal && c.decision === decision).length) }));
  const agreeing = decided.filter((c) => c.proposal === c.decision).length;
  const days = decided.map((c) => daysBetween(c.obligations.intake as string, c.decidedOn as string));
  return figure('sorting', { columns: [...LINES], rows, rowTotals: true, columnTotals: true }, (shown) => ({
    // the diagonal: the sum of cells shown, so only when each of them is
    sortingAgreement: shown.rows.every((row, i) => !row.cells[i]?.suppressed) ? rate(agreeing, decided.length) : SUPPRESSED,
    decisionDays: ofGroup(decided.length, days.length ? median(days) : 0),
  }));
}

export function caseloadFigure(clients: readonly ClientHistory[], scope: Scope): Figure {
  const day = lastDay(scope);
  const byCoach = new Map<string, ClientHistory[]>();
  for (const c of clients) {
    const list = byCoach.get(c.coachId);
    if (list) list.push(c);
    else byCoach.set(c.coachId, [c]);
  }
  const rows = scope.coaches.map((coach) => {
    const active = (byCoach.get(coach.id) ?? []).filter((c) => isActiveOn(c, day));
    const withSignal = active.filter((c) => c.signals.some((s) => s.raisedOn <= day && (s.closedOn === null || s.closedOn > day)));
    return { key: coach.id, label: coach.name, counts: [active.length, withSignal.length] };
  });
  const total = rows.reduce((a, r) => a + (r.counts[0] ?? 0), 0);
  const fte = scope.coaches.reduce((a, c) => a + c.fte, 0);
  return figure('caseload', { columns: ['clients', 'openSignals'], rows, rowTotals: false, columnTotals: true }, () => ({ clientsPerFte: ofGroup(total, total / fte) }));
}

export function effortFigure(clients: readonly ClientHistory[], scope: Scope): Figure {
  const day = lastDay(scope);
  const buckets = [0, 0, 0, 0];
  let weeks = 0;
  let weeksMet = 0;
  let due = 0;
  let onTime = 0;
  for (const c of clients) {
    if (c.norm > 0 && isRunning(c, scope.period)) {
      // the weeks that start in the period (up to today): an index range, no dates per week
      const from = Math.max(0, Math.ceil(daysBetween(c.weeksFrom, scope.period.start) / 7));
      const to = Math.min(c.activities.length - 1, Math.floor(daysBetween(c.weeksFrom, day) / 7));
      let sum = 0;
      let n = 0;
      for (let w = from; w <= to; w += 1) {
        const activities = c.activities[w] ?? 0;
        sum += activities;
        n += 1;
        if (activities >= c.norm) weeksMet += 1;
      }
      weeks += n;
      if (n > 0) {
        const bucket = Math.min(3, Math.floor(sum / n));
        buckets[bucket] = (buckets[bucket] ?? 0) + 1;
      }
    }
    for (const handIn of c.handIns) {
      if (!inPeriod(scope.period, handIn.due) || handIn.due >= scope.today) continue;
      due += 1;
      if (handIn.on !== null && handIn.on <= handIn.due) onTime += 1;
    }
  }
  return figure('effort', { columns: ['clients'], rows: buckets.map((n, i) => ({ key: `perWeek${i}`, counts: [n] })), rowTotals: false, columnTotals: true }, () => ({
    normMet: rate(weeksMet, weeks),
    handInsOnTime: rate(onTime, due),
  }));
}

export function ladderFigure(clients: readonly ClientHistory[], scope: Scope): Figure {
  const day = lastDay(scope);
  const counts = [0, 0, 0, 0, 0, 0];
  for (const c of clients) {
    const rung = isActiveOn(c, day) ? rungOn(c, day) : null;
    if (rung !== null) counts[rung - 1] = (counts[rung - 1] ?? 0) + 1;
  }
  return figure('ladder', { columns: ['clients'], rows: counts.map((n, i) => ({ key: `rung${i + 1}`, counts: [n] })), rowTotals: false, columnTotals: true }, () => ({}));
}

export function ladderMovementFigure(clients: readonly ClientHistory[], scope: Scope): Figure {
  const day = lastDay(scope);
  const moves: [number, number, number] = [0, 0, 0];
  for (const c of clients) {
    if (!isRunning(c, scope.period)) continue;
    const from = rungOn(c, scope.period.start) ?? c.rungs.find((step) => step.from <= day)?.rung ?? null;
    const to = rungOn(c, c.ended && c.ended.on < day ? c.ended.on : day);
    if (from === null || to === null) continue;
    moves[to > from ? 0 : to === from ? 1 : 2] += 1;
  }
  return figure(
    'ladderMovement',
    { columns: ['clients'], rows: ['up', 'same', 'down'].map((key, i) => ({ key, counts: [moves[i] as number] })), rowTotals: false, columnTotals: true },
    (shown) => ({ ladderUp: rateOfCells(shown.rows[0]?.cells[0], shown.totals?.cells[0]) }),
  );
}

/**
 * The share to work so far at each month's end. The difference of two points is the number who
 * left in between, so a point is shown only when at least 5 left since the last point shown (and
 * 5 are left over); the last point is the figure's total and follows its suppression.
 */
export function cumulativeSeries(points: Array<{ month: string; count: number }>, denominator: number, total: Cell): NonNullable<Figure['series']> {
  const shown: boolean[] = [];
  let last = 0;
  for (const point of points) {
    const show = point.count - last >= MIN_CELL && denominator - point.count >= MIN_CELL;
    shown.push(show);
    if (show) last = point.count;
  }
  if (shown.length > 0) {
    const end = points[points.length - 1]?.count ?? 0;
    shown[shown.length - 1] = !total.suppressed;
    // with the total shown, the last point before it must differ from it by at least 5 too
    for (let i = shown.length - 2; !total.suppressed && i >= 0; i -= 1) {
      if (!shown[i]) continue;
      if (end - (points[i]?.count ?? 0) >= MIN_CELL) break;
      shown[i] = false;
    }
  }
  return points.map((point, i) => (shown[i] ? { month: point.month, ...rate(point.count, denominator) } : { month: point.month, ...SUPPRESSED }));
}

export function outflowFigure(clients: readonly ClientHistory[], scope: Scope): Figure {
  const running = clients.filter((c) => isRunning(c, scope.period));
  const endedIn = (c: ClientHistory) => (c.ended && inPeriod(scope.period, c.ended.on) ? c.ended.reason : null);
  const rowKeys = [...LINES, 'none'] as const;
  const rows = rowKeys.map((key) => {
    const ofLine = running.filter((c) => (lineOf(c) ?? 'none') === key);
    const work = ofLine.filter((c) => endedIn(c) === 'work').length;
    const other = ofLine.filter((c) => endedIn(c) !== null && endedIn(c) !== 'work').length;
    return { key, counts: [work, other, ofLine.length - work - other] };
  });
  const reviews = running.flatMap((c) => c.reviews).filter((r) => inPeriod(scope.period, r.due) && r.due < scope.today);
  const fresh = clients.filter((c) => inPeriod(scope.period, c.appliedOn) && searchPeriodEnd(c.appliedOn) < scope.today);
  const toWorkMonths = running.flatMap((c) => (c.ended?.reason === 'work' && c.ended.on >= scope.period.start ? [c.ended.on.slice(0, 7)] : []));
  const cumulative = scope.period.months
    .filter((month) => `${month}-01` <= scope.today)
    .map((month) => ({ month, count: toWorkMonths.filter((m) => m <= month).length }));
  return figure(
    'outflow',
    { columns: ['work', 'otherEnd', 'stayed'], rows, rowTotals: true, columnTotals: true },
    (shown) => ({
      outflowToWork: rateOfCells(shown.totals?.cells[0], shown.totals?.total),
      reviewsOnTime: rate(reviews.filter((r) => r.heldOn !== null && r.heldOn <= r.due).length, reviews.length),
      // seed 002: outflow to regular work over the running trajectories (klantondersteuning)
      uitstroomquote: rateOfCells(shown.rows[1]?.cells[0], shown.rows[1]?.total),
      preventiequote: rate(fresh.filter((c) => c.ended && c.ended.on <= searchPeriodEnd(c.appliedOn)).length, fresh.length),
    }),
    (computed) => cumulativeSeries(cumulative, running.length, computed.outflowToWork ?? SUPPRESSED),
  );
}

/** Every figure, in the dashboard's order; null when the filters leave fewer than `MIN_CELL` people. */
export function computeFigures(all: readonly ClientHistory[], scope: Scope): Figure[] | null {
  const clients = clientsInScope(all, scope);
  if (populationOf(clients, scope) < MIN_CELL) return null;
  return [searchPeriodFigure, sortingFigure, caseloadFigure, effortFigure, ladderFigure, ladderMovementFigure, outflowFigure].map((compute) => compute(clients, scope));
}
