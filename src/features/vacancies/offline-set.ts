import { OFFLINE_SET_MAX_BYTES, OFFLINE_SET_MAX_COUNT, type Vacancy } from './schemas.ts';

export type OfflineBound = { maxCount: number; maxBytes: number };
export const OFFLINE_BOUND: OfflineBound = { maxCount: OFFLINE_SET_MAX_COUNT, maxBytes: OFFLINE_SET_MAX_BYTES };

const encoder = new TextEncoder();
/** Bytes of a vacancy as JSON (UTF-8): what it costs in the saved read cache. */
export const jsonBytes = (value: unknown): number => encoder.encode(JSON.stringify(value)).length;

/**
 * The offline set: the saved vacancies first (so a saved one is always findable offline), then the
 * others in the order given (most relevant first), until either bound is reached. Never more than
 * `maxCount` vacancies or `maxBytes` of JSON, whatever comes in.
 */
export function boundOfflineSet(ranked: readonly Vacancy[], savedIds: ReadonlySet<string>, bound: OfflineBound = OFFLINE_BOUND): Vacancy[] {
  const saved = ranked.filter((v) => savedIds.has(v.id));
  const rest = ranked.filter((v) => !savedIds.has(v.id));
  const out: Vacancy[] = [];
  let bytes = 2; // the brackets of the list
  for (const vacancy of [...saved, ...rest]) {
    if (out.length >= bound.maxCount) break;
    const size = jsonBytes(vacancy) + 1; // and its comma
    if (bytes + size > bound.maxBytes) continue; // a smaller one may still fit
    out.push(vacancy);
    bytes += size;
  }
  return out;
}
