/** Versions on the wire: the `ETag` of a versioned resource and the `If-Match` that names one. */

/** The ETag of a versioned resource: the version as a quoted string, e.g. `"3"`. */
export function etagFor(version: number): string {
  return `"${version}"`;
}

/**
 * The version named by an `If-Match` header (`"3"`, `W/"3"`), `'*'` for any,
 * or `null` when absent. An unreadable value gives `NaN` (never matches).
 */
export function parseIfMatch(header: string | null): number | '*' | null {
  if (header === null || header.trim() === '') return null;
  const value = header.trim();
  if (value === '*') return '*';
  const match = /^(?:W\/)?"(\d+)"$/.exec(value);
  return match ? Number(match[1]) : Number.NaN;
}
