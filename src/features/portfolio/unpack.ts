import { FILE_MAX_BYTES } from '#src/shared/files/limits.ts';
import { unzipChecked, type UnzipError, type UnzipOptions } from './unzip.ts';

/**
 * The first half of reading a portfolio zip: its size, then the zip itself (names, bytes really
 * unpacked, CRCs: see unzip.ts), keeping only `portfolio.json` and `files/`. This is all the
 * import's Web Worker does (zip.worker.ts), so the worker holds fflate and no zod: the checks of
 * the JSON run on the page (`checkPortfolio` in zip.ts), on a few kilobytes of text.
 */

export const ZIP_MAX_BYTES = 50 * 1024 * 1024;
/**
 * Unpacked, all files together, and each attachment on its own (FILE_MAX_BYTES): counted while
 * inflating, so a zip bomb is stopped there, whatever its headers say.
 */
export const UNZIPPED_MAX_BYTES = 120 * 1024 * 1024;

export type UnpackResult = { ok: true; entries: Map<string, Uint8Array> } | { ok: false; error: UnzipError | { code: 'tooBig' } };

export async function unpackPortfolioZip(bytes: Uint8Array, options: Pick<UnzipOptions, 'onProgress' | 'pause'> = {}): Promise<UnpackResult> {
  if (bytes.byteLength > ZIP_MAX_BYTES) return { ok: false, error: { code: 'tooBig' } };
  return unzipChecked(bytes, {
    ...options,
    limits: { total: UNZIPPED_MAX_BYTES, entry: (name) => (name.startsWith('files/') ? FILE_MAX_BYTES : UNZIPPED_MAX_BYTES) },
    keep: (name) => name === 'portfolio.json' || name.startsWith('files/'),
  });
}
