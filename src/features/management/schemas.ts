import { z } from 'zod';
import { idSchema, isoDateSchema, serviceLineSchema } from '#src/shared/lib/domain.ts';
import { figureIds, indicatorIdSchema } from './indicators.ts';

/**
 * `GET /management/figures` (issue 21): aggregates only. Every count of people below 5 comes as
 * `{ value: null, suppressed: true }` ("< 5" on screen), and so does any cell that could be worked
 * out from the totals (complementary suppression, mocks/management/small-cells.ts).
 */

export const cellSchema = z.object({ value: z.number().nullable(), suppressed: z.boolean() });
export type Cell = z.infer<typeof cellSchema>;

export const figureTableSchema = z.object({
  /** Column keys (texts under `management:column.<key>`). */
  columns: z.array(z.string().min(1)),
  rows: z.array(
    z.object({
      /** Row key (texts under `management:row.<key>`), or a coach's id. */
      key: z.string().min(1),
      /** A coach's name; the other rows are named by their key. */
      label: z.string().nullable(),
      cells: z.array(cellSchema),
      /** The row's total, when the columns split it up. */
      total: cellSchema.nullable(),
    }),
  ),
  /** The column totals (and the grand total), when the rows split them up. */
  totals: z.object({ cells: z.array(cellSchema), total: cellSchema.nullable() }).nullable(),
});
export type FigureTable = z.infer<typeof figureTableSchema>;

export const figureSchema = z.object({
  id: z.enum(figureIds),
  indicators: z.array(z.object({ id: indicatorIdSchema, value: z.number().nullable(), suppressed: z.boolean() })),
  table: figureTableSchema,
  /** Outflow: the share to work so far, at the end of each month of the period. */
  series: z.array(z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), value: z.number().nullable(), suppressed: z.boolean() })).nullable(),
});
export type Figure = z.infer<typeof figureSchema>;

export const managementFiguresSchema = z.object({
  period: z.object({ id: z.string(), start: isoDateSchema, end: isoDateSchema, months: z.number().int().min(1).max(12) }),
  team: z.object({ id: idSchema, name: z.string().min(1) }),
  /** The team's coaches (for the filter and the caseload): staff, not clients. */
  coaches: z.array(z.object({ id: idSchema, name: z.string().min(1), fte: z.number().positive() })),
  filters: z.object({ coach: idSchema.nullable(), line: serviceLineSchema.nullable() }),
  figures: z.array(figureSchema),
});
export type ManagementFigures = z.infer<typeof managementFiguresSchema>;
