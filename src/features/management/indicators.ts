import { z } from 'zod';

/**
 * The indicators of the teamleider's dashboard as data (issue 21, after seed 002's tables: each
 * task has an indicator with a definition, a baseline — *nulmoment* — and a target —
 * *verbetering*). The mock server computes the values (mocks/management/figures.ts); this module
 * holds what the screen shows beside them. The definition in words (name, numerator, denominator)
 * is in the `management` texts under `indicator.<id>`, in every language.
 *
 * Baselines, targets and the caseload norm are a municipality's choice: `INDICATOR_DEFAULTS` is the
 * default, a municipality overrides any of it with the same shape (`indicatorSettingsSchema`,
 * e.g. under `management` in its `/config.json`) and `indicatorSettings(overrides)` merges them.
 */

export const indicatorIds = [
  'newClients',
  'obligationsInTime',
  'intakeInTime',
  'sortingAgreement',
  'decisionDays',
  'clientsPerFte',
  'normMet',
  'handInsOnTime',
  'ladderUp',
  'outflowToWork',
  'reviewsOnTime',
  'uitstroomquote',
  'preventiequote',
] as const;
export type IndicatorId = (typeof indicatorIds)[number];
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

const targetSchema = z.object({ baseline: z.number().nullable(), target: z.number().nullable() });
export const indicatorSettingsSchema = z.object({
  /** Clients per full-time coach (seed 000: 50–100 per klantmanager; the Groningen note: 60 per fte). */
  caseloadNormPerFte: z.number().positive(),
  indicators: z.record(indicatorIdSchema, targetSchema),
});
export type IndicatorSettings = { caseloadNormPerFte: number; indicators: Record<IndicatorId, z.infer<typeof targetSchema>> };

/** The defaults (a municipality overrides them): baseline and target per indicator. */
export const INDICATOR_DEFAULTS: IndicatorSettings = {
  caseloadNormPerFte: 60,
  indicators: {
    newClients: { baseline: null, target: null },
    obligationsInTime: { baseline: 60, target: 75 },
    intakeInTime: { baseline: 70, target: 85 },
    sortingAgreement: { baseline: 70, target: 80 },
    decisionDays: { baseline: 10, target: 5 },
    clientsPerFte: { baseline: 66, target: 60 },
    normMet: { baseline: 55, target: 70 },
    handInsOnTime: { baseline: 75, target: 90 },
    ladderUp: { baseline: 10, target: 15 },
    // seed 000: an individual outflow target of 10 % a year
    outflowToWork: { baseline: 7, target: 10 },
    reviewsOnTime: { baseline: 80, target: 95 },
    // seed 002: UitstroomQuote 30 % at the end of 2011, 38 % as the target; PreventieQuote 33 % → 38 %
    uitstroomquote: { baseline: 30, target: 38 },
    preventiequote: { baseline: 33, target: 38 },
  },
};

/** The defaults with a municipality's overrides (any part of `INDICATOR_DEFAULTS`'s shape). */
export function indicatorSettings(overrides: unknown = undefined): IndicatorSettings {
  const parsed = indicatorSettingsSchema.partial().safeParse(overrides ?? {});
  if (!parsed.success) return INDICATOR_DEFAULTS;
  return {
    caseloadNormPerFte: parsed.data.caseloadNormPerFte ?? INDICATOR_DEFAULTS.caseloadNormPerFte,
    indicators: { ...INDICATOR_DEFAULTS.indicators, ...parsed.data.indicators },
  };
}

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
