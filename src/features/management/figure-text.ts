import type { Cell, Figure, ManagementFigures } from './schemas.ts';

/**
 * A figure's table as text: the same function fills the table on screen and its CSV, so the file
 * holds exactly what the teamleider sees ("< 5" included). The chart draws the same cells.
 */

export type FigureTexts = {
  rowHeader: string;
  label: (key: string) => string;
  number: (value: number) => string;
  small: string;
  total: string;
  norm: string;
  normPerFte: number;
};

export type FigureText = { header: string[]; rows: string[][]; totals: string[] | null };

export function cellText(cell: Cell | null, texts: Pick<FigureTexts, 'number' | 'small'>): string {
  if (cell === null) return '';
  return cell.suppressed || cell.value === null ? texts.small : texts.number(cell.value);
}

/** The caseload's norm of one coach: the norm per fte times their fte (a rule, not a count of people). */
export function coachNorm(coaches: ManagementFigures['coaches'], coachId: string, normPerFte: number): number {
  const fte = coaches.find((c) => c.id === coachId)?.fte ?? 1;
  return Math.round(normPerFte * fte);
}

export function figureText(figure: Figure, coaches: ManagementFigures['coaches'], texts: FigureTexts): FigureText {
  const { table } = figure;
  const withNorm = figure.id === 'caseload';
  const hasRowTotals = table.rows.some((row) => row.total !== null);
  const header = [
    texts.rowHeader,
    ...table.columns.slice(0, withNorm ? 1 : undefined).map(texts.label),
    ...(withNorm ? [texts.norm, ...table.columns.slice(1).map(texts.label)] : []),
    ...(hasRowTotals ? [texts.total] : []),
  ];
  const cells = (values: Cell[], total: Cell | null, norm: string | null) => {
    const shown = values.map((cell) => cellText(cell, texts));
    if (norm !== null) shown.splice(1, 0, norm);
    return hasRowTotals ? [...shown, cellText(total, texts)] : shown;
  };
  const rows = table.rows.map((row) => [
    row.label ?? texts.label(row.key),
    ...cells(row.cells, row.total, withNorm ? texts.number(coachNorm(coaches, row.key, texts.normPerFte)) : null),
  ]);
  const totals = table.totals
    ? [texts.total, ...cells(table.totals.cells, table.totals.total, withNorm ? texts.number(table.rows.reduce((sum, row) => sum + coachNorm(coaches, row.key, texts.normPerFte), 0)) : null)]
    : null;
  return { header, rows, totals };
}
