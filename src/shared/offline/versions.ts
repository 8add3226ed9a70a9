import type { OutboxRecord } from './types.ts';

/**
 * Versions and `If-Match`, in one place. A record's `baseVersion` is the version of the
 * entity the edit was made on; `0` always means "made on nothing yet". The header is the
 * quoted ETag the server sends (`"3"`; mocks/db.ts `etagFor`/`parseIfMatch`): an unquoted
 * value never matches.
 *
 * What "nothing yet" looks like on the server depends on the resource, and the kind says
 * which it is:
 * - `'entity'` (default): an entity with an id made on the device (activity, CV, item, task)
 *   does not exist before its create, so a create sends no `If-Match` (there is nothing to match);
 * - `'singleton'`: a resource that always exists on the server, served at version 0 before
 *   the first save (the intake draft, the CV profile; also the profile and the intake
 *   decision) gets `If-Match: "0"`, so two devices' first saves conflict.
 */
export type VersionedResource = 'entity' | 'singleton';

/** The strong ETag of a version: `"3"`. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** The `If-Match` for a record, or undefined when it is not versioned (or a create of an entity). */
export function ifMatchFor(record: Pick<OutboxRecord, 'baseVersion'>, resource: VersionedResource = 'entity'): string | undefined {
  const base = record.baseVersion;
  if (base === undefined) return undefined;
  if (base === 0 && resource === 'entity') return undefined;
  return etagOf(base);
}
