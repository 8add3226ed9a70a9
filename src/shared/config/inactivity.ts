/**
 * Inactivity timeouts. On a public computer the session ends sooner and everything is wiped;
 * on one's own device the session ends but what was saved on the device stays.
 * The warning comes at least two minutes before (WCAG 2.2.1 / GOV.UK timeout warning).
 */
export const inactivity = {
  publicComputer: { timeoutMs: 10 * 60_000, warnBeforeMs: 3 * 60_000 },
  ownDevice: { timeoutMs: 30 * 60_000, warnBeforeMs: 3 * 60_000 },
  /** How often the clock is checked. */
  tickMs: 1_000,
} as const;
