/**
 * Management figures (issue 21): the teamleider's dashboard computed by the mock server for a
 * generated history of 10,000 clients over 12 months (`generateHistory`), for a year, a quarter and
 * one coach's quarter — the same `computeFigures` the `GET /management/figures` handler runs, small-cell
 * rule included. Figures only (goal: under 300 ms on the server). The screen's own time is not measured
 * here yet.
 */
import { computeFigures } from '#mocks/management/figures.ts';
import { generateHistory } from '#mocks/management/history.ts';
import { COACHES } from '#mocks/management/teams.ts';
import { parsePeriod, periodOf } from '#src/features/management/period.ts';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export function printManagementFigures(size = 10_000) {
  const today = new Date().toISOString().slice(0, 10);
  let started = performance.now();
  const { clients } = generateHistory(today, size);
  const generated = performance.now() - started;
  const lastYear = String(Number(today.slice(0, 4)) - 1);
  const cases = [
    { label: `year ${lastYear}, all coaches`, period: lastYear, coaches: COACHES },
    { label: `quarter ${periodOf(today, 'quarter')}, all coaches`, period: periodOf(today, 'quarter'), coaches: COACHES },
    { label: `quarter ${periodOf(today, 'quarter')}, one coach`, period: periodOf(today, 'quarter'), coaches: COACHES.slice(0, 1) },
  ];
  console.log(`Management figures (issue 21): ${clients.length} clients, history generated in ${generated.toFixed(0)} ms`);
  for (const { label, period, coaches } of cases) {
    const parsed = parsePeriod(period);
    if (!parsed) throw new Error(`not a period: ${period}`);
    const times: number[] = [];
    let figures = 0;
    for (let run = 0; run < 5; run += 1) {
      started = performance.now();
      figures = computeFigures(clients, { period: parsed, today, coaches, line: null })?.length ?? 0;
      times.push(performance.now() - started);
    }
    console.log(`  ${label.padEnd(34)} median ${median(times).toFixed(1)} ms, slowest ${Math.max(...times).toFixed(1)} ms (${figures} figures; goal < 300 ms)`);
  }
}
