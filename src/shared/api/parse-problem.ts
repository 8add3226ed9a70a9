import type { Problem } from './problem.ts';

/**
 * Reads a problem body without zod (the API client is on the boot path; zod loads with the
 * first screen that needs it). Same rules as `problemSchema`; unknown shapes give undefined.
 */
export function parseProblem(body: unknown): Problem | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const b = body as Record<string, unknown>;
  if (typeof b.title !== 'string' || typeof b.status !== 'number') return undefined;
  let fieldErrors: Record<string, string[]> | undefined;
  if (b.fieldErrors !== undefined) {
    if (typeof b.fieldErrors !== 'object' || b.fieldErrors === null) return undefined;
    fieldErrors = {};
    for (const [key, value] of Object.entries(b.fieldErrors)) {
      if (!Array.isArray(value) || !value.every((m) => typeof m === 'string')) return undefined;
      fieldErrors[key] = value;
    }
  }
  return {
    title: b.title,
    status: b.status,
    ...(typeof b.type === 'string' ? { type: b.type } : {}),
    ...(typeof b.code === 'string' ? { code: b.code } : {}),
    ...(fieldErrors ? { fieldErrors } : {}),
    ...('current' in b ? { current: b.current } : {}),
  };
}
