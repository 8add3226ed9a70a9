/**
 * Query-key roots that the writes of more than one feature refresh. Features never import
 * each other, so the roots live here; the home and coach features build their key factories
 * on them, and an outbox kind names them in `invalidates` instead of writing `['home']`.
 */
export const sharedQueryKeys = {
  /** The client's and the helper's start page (obligations, counts, signals). */
  home: ['home'] as const,
  /** Everything the coach reads: caseload, client, timeline. */
  coach: ['coach'] as const,
  /** The werkmap (the work-folder feature's key root): applying to a vacancy adds an activity to it. */
  workFolder: ['workFolder'] as const,
  /** The portfolio (the portfolio feature's key root): saving a course from the vacancies adds a learning activity to it. */
  portfolio: ['portfolio'] as const,
};
