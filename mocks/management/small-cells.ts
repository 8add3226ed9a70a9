import type { Cell, FigureTable } from '#src/features/management/schemas.ts';

/**
 * The small-cell rule (issue 21, decision 015), applied on the server before anything leaves it:
 * 1. every count of fewer than `MIN_CELL` people (0 included) is suppressed ("< 5");
 * 2. complementary suppression: a total is the sum of its parts, so a line (a row with its total,
 *    a column with its total, the totals with the grand total) with exactly ONE suppressed cell
 *    would give it away by subtraction, and so would suppressed parts that together come to fewer
 *    than 5 beside a total that is shown. Then the smallest other cell of that line is suppressed
 *    too, and this repeats until no line gives anything away.
 * A rate is shown only when its numerator and the rest (denominator − numerator) are both at
 * least `MIN_CELL`, so neither part can be worked out.
 */
export const MIN_CELL = 5;

export type CountTable = {
  columns: string[];
  rows: Array<{ key: string; label?: string | null; counts: number[] }>;
  /** The columns split each row up: the row total is shown. */
  rowTotals: boolean;
  /** The rows split each column up: the column totals are shown. */
  columnTotals: boolean;
};

type Slot = { value: number; suppressed: boolean };

/**
 * Whether a line (parts, then their total) gives away something hidden: exactly one hidden cell
 * (its value is the difference), or hidden parts that add up to fewer than `MIN_CELL` while the
 * total is shown (then each of them is known to be that small — two hidden zeros are both 0).
 */
function exposed(line: Slot[]): boolean {
  const hidden = line.filter((cell) => cell.suppressed);
  if (hidden.length === 1) return true;
  const total = line[line.length - 1] as Slot;
  const parts = hidden.filter((cell) => cell !== total);
  return !total.suppressed && parts.length > 0 && parts.reduce((sum, cell) => sum + cell.value, 0) < MIN_CELL;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Suppresses the table's small cells and the cells that would reveal them; see above. */
export function suppressTable(table: CountTable): FigureTable {
  const slot = (value: number): Slot => ({ value, suppressed: value < MIN_CELL });
  const grid = table.rows.map((row) => row.counts.map(slot));
  const rowTotal = table.rows.map((row) => slot(sum(row.counts)));
  const columnTotal = table.columns.map((_, j) => slot(sum(table.rows.map((row) => row.counts[j] ?? 0))));
  const grand = slot(sum(table.rows.map((row) => sum(row.counts))));

  // every sum the reader sees: parts + their total
  const lines: Slot[][] = [];
  if (table.rowTotals) grid.forEach((cells, i) => lines.push([...cells, rowTotal[i] as Slot]));
  if (table.columnTotals) table.columns.forEach((_, j) => lines.push([...grid.map((cells) => cells[j] as Slot), columnTotal[j] as Slot]));
  if (table.rowTotals && table.columnTotals) {
    lines.push([...rowTotal, grand], [...columnTotal, grand]);
  }

  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      if (!exposed(line)) continue;
      const next = line.filter((cell) => !cell.suppressed).sort((a, b) => a.value - b.value)[0];
      if (next) {
        next.suppressed = true;
        changed = true;
      }
    }
  }

  const out = (s: Slot): Cell => (s.suppressed ? { value: null, suppressed: true } : { value: s.value, suppressed: false });
  return {
    columns: table.columns,
    rows: table.rows.map((row, i) => ({
      key: row.key,
      label: row.label ?? null,
      cells: (grid[i] as Slot[]).map(out),
      total: table.rowTotals ? out(rowTotal[i] as Slot) : null,
    })),
    totals: table.columnTotals ? { cells: columnTotal.map(out), total: table.rowTotals ? out(grand) : null } : null,
  };
}

/** A rate in percent (one decimal), or suppressed when the part or the rest is a small number. */
export function rate(numerator: number, denominator: number): Cell {
  if (numerator < MIN_CELL || denominator - numerator < MIN_CELL) return { value: null, suppressed: true };
  return { value: Math.round((numerator * 1000) / denominator) / 10, suppressed: false };
}

/** A count, or suppressed below the minimum. */
export function count(value: number): Cell {
  return value < MIN_CELL ? { value: null, suppressed: true } : { value, suppressed: false };
}

/** A figure about a group (a median, an average), shown only when the group has at least `MIN_CELL` people. */
export function ofGroup(size: number, value: number): Cell {
  return size < MIN_CELL ? { value: null, suppressed: true } : { value: Math.round(value * 10) / 10, suppressed: false };
}
