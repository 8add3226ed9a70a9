import { z } from 'zod';
import { indicatorIds, type IndicatorId } from '#src/shared/config/indicator-defaults.ts';

/**
 * The indicators of the teamleider's dashboard as data (issue 21, after seed 002's tables: each
 * task has an indicator with a definition, a baseline — *nulmoment* — and a target —
 * *verbetering*). The mock server computes the values (mocks/management/figures.ts); this module
 * holds what the screen shows beside them. The definition in words (name, numerator, denominator)
 * is in the `management` texts under `indicator.<id>`, in every language.
 *
 * Baselines, targets and the caseload norm are a municipality's choice: `INDICATOR_DEFAULTS` is the
 * default, a municipality overrides any of it under `management` in its `/config.json` (checked by
 * the config's schema) and `indicatorSettings(overrides)` merges them
 * (src/shared/config/indicator-defaults.ts).
 */

export { indicatorIds, indicatorSettings, INDICATOR_DEFAULTS, type IndicatorId, type IndicatorSettings } from '#src/shared/config/indicator-defaults.ts';
export const indicatorIdSchema = z.enum(indicatorIds);

/** `percent` 0–100; `perYear`: a yearly rate whose target counts for a part of the year in a shorter period. */
export type IndicatorUnit = 'count' | 'percent' | 'days' | 'clientsPerFte';

export type IndicatorDefinition = {
  id: IndicatorId;
  unit: IndicatorUnit;
  /** Better when lower (days to a decision, clients per fte). */
  lowerIsBetter: boolean;
  /** A yearly rate: the target for a month is a twelfth of it. */
  perYear: boolean;
};

export const INDICATORS: Record<IndicatorId, IndicatorDefinition> = {
  newClients: { id: 'newClients', unit: 'count', lowerIsBetter: false, perYear: false },
  obligationsInTime: { id: 'obligationsInTime', unit: 'percent', lowerIsBetter: false, perYear: false },
  intakeInTime: { id: 'intakeInTime', unit: 'percent', lowerIsBetter: false, perYear: false },
  sortingAgreement: { id: 'sortingAgreement', unit: 'percent', lowerIsBetter: false, perYear: false },
  decisionDays: { id: 'decisionDays', unit: 'days', lowerIsBetter: true, perYear: false },
  clientsPerFte: { id: 'clientsPerFte', unit: 'clientsPerFte', lowerIsBetter: true, perYear: false },
  normMet: { id: 'normMet', unit: 'percent', lowerIsBetter: false, perYear: false },
  handInsOnTime: { id: 'handInsOnTime', unit: 'percent', lowerIsBetter: false, perYear: false },
  ladderUp: { id: 'ladderUp', unit: 'percent', lowerIsBetter: false, perYear: false },
  outflowToWork: { id: 'outflowToWork', unit: 'percent', lowerIsBetter: false, perYear: true },
  reviewsOnTime: { id: 'reviewsOnTime', unit: 'percent', lowerIsBetter: false, perYear: false },
  uitstroomquote: { id: 'uitstroomquote', unit: 'percent', lowerIsBetter: false, perYear: true },
  preventiequote: { id: 'preventiequote', unit: 'percent', lowerIsBetter: false, perYear: false },
};

/** The target that counts for a period of `months` months (a yearly rate's part of the year). */
export function targetFor(id: IndicatorId, target: number | null, months: number): number | null {
  if (target === null || !INDICATORS[id].perYear) return target;
  return Math.round((target * months * 10) / 12) / 10;
}

/** The figures of the dashboard, in order, and the indicators each shows. */
export const figureIds = ['searchPeriod', 'sorting', 'caseload', 'effort', 'ladder', 'ladderMovement', 'outflow'] as const;
export type FigureId = (typeof figureIds)[number];
export const FIGURE_INDICATORS: Record<FigureId, IndicatorId[]> = {
  searchPeriod: ['newClients', 'obligationsInTime', 'intakeInTime'],
  sorting: ['sortingAgreement', 'decisionDays'],
  caseload: ['clientsPerFte'],
  effort: ['normMet', 'handInsOnTime'],
  ladder: [],
  ladderMovement: ['ladderUp'],
  outflow: ['outflowToWork', 'reviewsOnTime', 'uitstroomquote', 'preventiequote'],
};
