/**
 * What a file really is, read from its first bytes ("magic bytes"), never from its name or the
 * type it says it has. Pure and small: the app checks a file with it before it is kept on the
 * device, and the mock backend checks every upload with it when the first chunk arrives and
 * again when the file is complete (a real backend does the same, see the README).
 */

/** How many leading bytes `sniffType` needs to tell every type apart. */
export const SNIFF_BYTES = 16;

/** The types we can recognise: the ones a person may upload, and photo formats the device turns into a JPEG. */
export type SniffedType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif' | 'image/heic' | 'image/avif' | 'application/pdf';

/** ISO base media brands of HEIC/HEIF photos (iPhone) and of AVIF. */
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

function hasBytes(bytes: Uint8Array, offset: number, expected: readonly number[]): boolean {
  if (bytes.length < offset + expected.length) return false;
  return expected.every((byte, i) => bytes[offset + i] === byte);
}

function hasText(bytes: Uint8Array, offset: number, text: string): boolean {
  return hasBytes(bytes, offset, Array.from(text, (c) => c.charCodeAt(0)));
}

function textAt(bytes: Uint8Array, offset: number, length: number): string {
  return bytes.length < offset + length ? '' : String.fromCharCode(...bytes.subarray(offset, offset + length));
}

/** The type the content has, or null when it is none we know (an executable, HTML, SVG, text, …). */
export function sniffType(bytes: Uint8Array): SniffedType | null {
  if (hasBytes(bytes, 0, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (hasBytes(bytes, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (hasText(bytes, 0, 'RIFF') && hasText(bytes, 8, 'WEBP')) return 'image/webp';
  if (hasText(bytes, 0, 'GIF87a') || hasText(bytes, 0, 'GIF89a')) return 'image/gif';
  if (hasText(bytes, 0, '%PDF-')) return 'application/pdf';
  if (hasText(bytes, 4, 'ftyp')) {
    const brand = textAt(bytes, 8, 4);
    if (AVIF_BRANDS.has(brand)) return 'image/avif';
    if (HEIF_BRANDS.has(brand)) return 'image/heic';
  }
  return null;
}

/** A declared media type as we compare it: lower case, without parameters, `image/jpg` and `image/heif` folded. */
function normalise(type: string): string {
  const base = (type.split(';')[0] ?? '').trim().toLowerCase();
  if (base === 'image/jpg' || base === 'image/pjpeg') return 'image/jpeg';
  if (base === 'image/heif' || base === 'image/heic-sequence' || base === 'image/heif-sequence') return 'image/heic';
  return base;
}

/** The content is what the declared type says. Unknown content never matches. */
export function contentMatchesType(declared: string, bytes: Uint8Array): boolean {
  const sniffed = sniffType(bytes);
  return sniffed !== null && sniffed === normalise(declared);
}

/** The content is a photo format we know (the device may still have to turn it into a JPEG). */
export function isPicture(bytes: Uint8Array): boolean {
  return sniffType(bytes)?.startsWith('image/') ?? false;
}

/**
 * The first `count` bytes of a base64 text, without decoding all of it (for a chunk of an
 * upload); null when the text is not base64.
 */
export function base64Head(data: string, count = SNIFF_BYTES): Uint8Array<ArrayBuffer> | null {
  return decodeBase64(data.slice(0, Math.ceil(count / 3) * 4));
}

/** The bytes of a base64 text; null when it is not valid base64. */
export function decodeBase64(data: string): Uint8Array<ArrayBuffer> | null {
  try {
    return Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}
