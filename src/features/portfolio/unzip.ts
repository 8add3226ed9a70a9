import { Inflate } from 'fflate';

/**
 * A zip reader that trusts nothing a zip says about itself. Pure: no DOM, no network, so it
 * runs the same in the import's Web Worker and, where there are no workers, on the page.
 *
 * - The entries come from the central directory; every entry's data is found through its own
 *   local header, whose name must be the same.
 * - Data is inflated in small steps (fflate's streaming `Inflate`) while the bytes really
 *   produced are counted, per entry and in total; past a limit it stops at once. The sizes in
 *   the headers are only compared afterwards, never used to decide how much to unpack.
 * - Every entry's CRC-32 is checked against what was inflated.
 * - A name that is absolute (`/x`, `C:x`), has a `..` segment, a backslash or a control
 *   character, or that is there twice, refuses the whole file.
 */

export type UnzipError =
  | { code: 'notZip' }
  | { code: 'unsafePath'; name: string }
  | { code: 'duplicateName'; name: string }
  | { code: 'entryTooBig'; name: string; limit: number }
  | { code: 'unpackedTooBig'; limit: number }
  | { code: 'damaged'; name: string };

export type UnzipLimits = {
  /** All entries together, counted as they are inflated. */
  total: number;
  /** One entry, by name. */
  entry: (name: string) => number;
};

export type UnzipOptions = {
  limits: UnzipLimits;
  /** Which entries to keep (all are inflated, counted and checked). */
  keep: (name: string) => boolean;
  /** Called with the part done (0–1) at most every `tickMs`, and at the end. */
  onProgress?: (done: number) => void;
  /**
   * Called every `tickMs` while unpacking; where the work runs on the page it hands the page
   * back its turn (a timer) and may throw to stop (an AbortSignal).
   */
  pause?: () => Promise<void> | void;
  tickMs?: number;
  /** Bytes of compressed data pushed into the inflater at once (this bounds each step's output). */
  stepBytes?: number;
};

export type UnzipResult = { ok: true; entries: Map<string, Uint8Array> } | { ok: false; error: UnzipError };

type Entry = { name: string; nameBytes: Uint8Array; flags: number; method: number; crc: number; compressedSize: number; size: number; localOffset: number };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

class Refused extends Error {
  readonly error: UnzipError;
  constructor(error: UnzipError) {
    super(error.code);
    this.error = error;
  }
}

let crcTable: Uint32Array | undefined;
function table(): Uint32Array {
  if (crcTable) return crcTable;
  crcTable = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crcTable[n] = c >>> 0;
  }
  return crcTable;
}

/** CRC-32 (the zip one), continued from `crc` (start with 0). */
export function crc32(data: Uint8Array, crc = 0): number {
  const t = table();
  let c = ~crc;
  for (let i = 0; i < data.length; i += 1) c = (t[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');
function decodeName(bytes: Uint8Array): string {
  // bit 11 says UTF-8; many tools write UTF-8 without it, so try that first anyway
  try {
    return utf8.decode(bytes);
  } catch {
    return latin1.decode(bytes);
  }
}

/** Whether a name is refused: names are relative paths with forward slashes, nothing else. */
export function unsafeName(name: string): boolean {
  if (name === '' || name.includes('\\') || name.startsWith('/') || /^[A-Za-z]:/.test(name)) return true;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return true;
  return name.split('/').some((segment) => segment === '..');
}

function readEntries(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const notZip = () => new Refused({ code: 'notZip' });
  // the end record: 22 bytes and a comment of at most 65535, searched from the end
  let end = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 0xffff; i -= 1) {
    if (view.getUint32(i, true) === EOCD && i + 22 + view.getUint16(i + 20, true) <= bytes.length) {
      end = i;
      break;
    }
  }
  if (end < 0) throw notZip();
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  let at = view.getUint32(end + 16, true);
  // one disk only; no Zip64 (an export is never that big)
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0 || count !== view.getUint16(end + 8, true)) throw notZip();
  if (count === 0xffff || at === 0xffffffff || directorySize === 0xffffffff || at + directorySize > end) throw notZip();
  const entries: Entry[] = [];
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) throw notZip();
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > end) throw notZip();
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    entries.push({
      name: decodeName(nameBytes),
      nameBytes,
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at = next;
  }
  return entries;
}

/** Where an entry's data is, from its local header (which must name the same file). */
function dataOf(bytes: Uint8Array, entry: Entry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const damaged = () => new Refused({ code: 'damaged', name: entry.name });
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw damaged();
  const nameLength = view.getUint16(at + 26, true);
  const start = at + 30 + nameLength + view.getUint16(at + 28, true);
  const localName = bytes.subarray(at + 30, at + 30 + nameLength);
  if (localName.length !== entry.nameBytes.length || localName.some((b, i) => b !== entry.nameBytes[i])) throw damaged();
  if (start + entry.compressedSize > bytes.length) throw damaged();
  return bytes.subarray(start, start + entry.compressedSize);
}

function join(chunks: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * Unpacks and checks a whole zip; the first problem found refuses it, and then nothing is
 * returned. Never allocates more than the limits (plus one step's output) for the entries.
 */
export async function unzipChecked(bytes: Uint8Array, options: UnzipOptions): Promise<UnzipResult> {
  const { limits, keep, onProgress, pause } = options;
  const tickMs = options.tickMs ?? 40;
  const stepBytes = options.stepBytes ?? 8 * 1024;
  try {
    const entries = readEntries(bytes);
    const names = new Set<string>();
    for (const entry of entries) {
      if (unsafeName(entry.name)) throw new Refused({ code: 'unsafePath', name: entry.name });
      if (names.has(entry.name)) throw new Refused({ code: 'duplicateName', name: entry.name });
      names.add(entry.name);
      // encrypted, or packed in a way we do not read
      if (entry.flags & 1 || (entry.method !== 0 && entry.method !== 8)) throw new Refused({ code: 'notZip' });
      if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw new Refused({ code: 'notZip' });
    }

    const packed = entries.reduce((n, e) => n + e.compressedSize, 0) || 1;
    let read = 0;
    let total = 0;
    let last = performance.now();
    const tick = async (force = false) => {
      const now = performance.now();
      if (!force && now - last < tickMs) return;
      last = now;
      onProgress?.(Math.min(1, read / packed));
      await pause?.();
    };

    const out = new Map<string, Uint8Array>();
    for (const entry of entries) {
      const data = dataOf(bytes, entry);
      const limit = limits.entry(entry.name);
      const chunks: Uint8Array[] = [];
      let size = 0;
      let crc = 0;
      const take = (chunk: Uint8Array) => {
        size += chunk.length;
        total += chunk.length;
        if (size > limit) throw new Refused({ code: 'entryTooBig', name: entry.name, limit });
        if (total > limits.total) throw new Refused({ code: 'unpackedTooBig', limit: limits.total });
        crc = crc32(chunk, crc);
        if (keep(entry.name)) chunks.push(chunk);
      };
      if (entry.method === 0) {
        take(data);
        read += data.length;
      } else {
        const inflate = new Inflate((chunk) => {
          if (chunk.length) take(chunk);
        });
        for (let at = 0; at < data.length || at === 0; at += stepBytes) {
          const step = data.subarray(at, at + stepBytes);
          const final = at + stepBytes >= data.length;
          try {
            inflate.push(step, final);
          } catch (e) {
            if (e instanceof Refused) throw e;
            throw new Refused({ code: 'damaged', name: entry.name });
          }
          read += step.length;
          if (final) break;
          await tick();
        }
      }
      // only now the headers: what they say must be what was there
      if (size !== entry.size || crc !== entry.crc) throw new Refused({ code: 'damaged', name: entry.name });
      if (keep(entry.name) && !entry.name.endsWith('/')) out.set(entry.name, join(chunks, size));
      await tick();
    }
    await tick(true);
    return { ok: true, entries: out };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, error: e.error };
    throw e;
  }
}
