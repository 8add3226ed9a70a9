import { describe, expect, it } from 'vitest';
import type { FigureTable } from '#src/features/management/schemas.ts';
import { count, ofGroup, rate, suppressTable, type CountTable } from './small-cells.ts';

/** The table as the reader sees it: numbers, or "<5". */
function shown(table: FigureTable): { rows: Array<Array<number | string>>; totals: Array<number | string> | null } {
  const text = (cell: { value: number | null; suppressed: boolean } | null) => (cell === null ? '' : cell.suppressed ? '<5' : (cell.value as number));
  return {
    rows: table.rows.map((row) => [...row.cells.map(text), ...(row.total ? [text(row.total)] : [])]),
    totals: table.totals ? [...table.totals.cells.map(text), ...(table.totals.total ? [text(table.totals.total)] : [])] : null,
  };
}

const matrix = (counts: number[][]): CountTable => ({
  columns: counts[0]?.map((_, j) => `c${j}`) ?? [],
  rows: counts.map((row, i) => ({ key: `r${i}`, counts: row })),
  rowTotals: true,
  columnTotals: true,
});

/** Can any suppressed cell be worked out from one line (row or column, with its total)? */
function derivable(table: FigureTable): boolean {
  const grid = table.rows.map((row) => [...row.cells, row.total]);
  if (table.totals) grid.push([...table.totals.cells, table.totals.total]);
  const lines = [...grid, ...(grid[0]?.map((_, j) => grid.map((row) => row[j])) ?? [])];
  return lines.some((line) => line.filter((cell) => cell?.suppressed).length === 1);
}

describe('the small-cell rule', () => {
  it('shows counts of 5 and more, and "< 5" for 0 to 4', () => {
    expect(count(5)).toEqual({ value: 5, suppressed: false });
    for (const n of [0, 1, 4]) expect(count(n)).toEqual({ value: null, suppressed: true });
  });

  it.each([
    [10, 20, 50],
    [4, 20, null], // the part is small
    [16, 20, null], // the rest is small: 20 − 16 = 4
    [15, 20, 75],
    [0, 20, null],
  ])('a rate of %i out of %i shows %s', (numerator, denominator, value) => {
    expect(rate(numerator, denominator)).toEqual(value === null ? { value: null, suppressed: true } : { value, suppressed: false });
  });

  it('shows a median or an average only for a group of 5 or more', () => {
    expect(ofGroup(4, 3)).toEqual({ value: null, suppressed: true });
    expect(ofGroup(5, 3.14)).toEqual({ value: 3.1, suppressed: false });
  });

  it('leaves a table without small cells as it is', () => {
    expect(shown(suppressTable(matrix([[10, 20], [30, 40]])))).toEqual({ rows: [[10, 20, 30], [30, 40, 70]], totals: [40, 60, 100] });
  });

  it('also hides the next-smallest cell in the row and the column of a small one (differencing)', () => {
    // r0: 3 is small; the row total 33 would give it away as 33 − 30, the column total 13 as 13 − 10
    const table = suppressTable(matrix([[3, 30, 40], [10, 20, 50], [25, 35, 45]]));
    expect(derivable(table)).toBe(false);
    expect(shown(table).rows[0]).toEqual(['<5', '<5', 40, 73]);
    expect(shown(table).rows[1]?.[0]).toBe('<5');
  });

  it('never leaves one suppressed cell alone in a line, however the small cells fall', () => {
    const cases = [
      [[1, 50], [50, 50]],
      [[2, 3], [40, 60]],
      [[0, 0, 7], [9, 12, 1], [30, 2, 18]],
      [[4, 4, 4], [4, 4, 4], [4, 4, 4]],
      [[38, 1, 0], [2, 14, 4], [1, 0, 6]],
    ];
    for (const counts of cases) expect(derivable(suppressTable(matrix(counts)))).toBe(false);
  });

  it('hides a small total and a second total so the grand total does not give it away', () => {
    const table = suppressTable(matrix([[1, 2], [20, 30], [40, 50]]));
    expect(shown(table).rows[0]).toEqual(['<5', '<5', '<5']);
    expect(derivable(table)).toBe(false);
  });

  it('protects a single column with its total (a distribution)', () => {
    const table = suppressTable({ columns: ['clients'], rows: [{ key: 'a', counts: [3] }, { key: 'b', counts: [20] }, { key: 'c', counts: [30] }], rowTotals: false, columnTotals: true });
    expect(shown(table)).toEqual({ rows: [['<5'], ['<5'], [30]], totals: [53] });
  });

  it('checks only the sums the table shows', () => {
    // rows are separate groups without a column total: a small cell hides only its own row's partner
    const table = suppressTable({ columns: ['a', 'b'], rows: [{ key: 'x', counts: [2, 40] }, { key: 'y', counts: [30, 40] }], rowTotals: true, columnTotals: false });
    expect(shown(table)).toEqual({ rows: [['<5', '<5', 42], [30, 40, 70]], totals: null });
  });
});
