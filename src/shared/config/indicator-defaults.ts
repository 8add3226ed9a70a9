/**
 * The indicators of the teamleider's dashboard that a municipality sets in `/config.json`
 * (`management`, docs/deploy.md): their ids, and the default baselines, targets and caseload norm.
 * Here (no zod: the shell imports the config's defaults) so that the config's schema can check the
 * block; the dashboard's definitions of the indicators are src/features/management/indicators.ts.
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

/** An indicator's baseline (*nulmoment*) and target (*verbetering*); null: none. */
export type IndicatorTarget = { baseline: number | null; target: number | null };
export type IndicatorSettings = { caseloadNormPerFte: number; indicators: Record<IndicatorId, IndicatorTarget> };

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

/** A municipality's choices: any part of `INDICATOR_DEFAULTS`, down to one indicator's target. */
export type IndicatorOverrides = {
  caseloadNormPerFte?: number | undefined;
  indicators?: Partial<Record<IndicatorId, Partial<IndicatorTarget> | undefined>> | undefined;
};

/** The defaults with a municipality's overrides (config-schema.ts checks them first). */
export function indicatorSettings(overrides: IndicatorOverrides = {}): IndicatorSettings {
  const indicators = { ...INDICATOR_DEFAULTS.indicators };
  for (const id of indicatorIds) indicators[id] = { ...indicators[id], ...overrides.indicators?.[id] };
  return { caseloadNormPerFte: overrides.caseloadNormPerFte ?? INDICATOR_DEFAULTS.caseloadNormPerFte, indicators };
}
