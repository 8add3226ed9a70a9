/**
 * The one place where an axe rule may be switched off for the end-to-end tests,
 * each with the reason. Keep this empty: fix the page instead.
 */
export type AxeException = { id: string; reason: string };

export const axeExceptions: readonly AxeException[] = [];
