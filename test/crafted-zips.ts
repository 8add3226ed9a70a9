import { deflateSync, strToU8 } from 'fflate';

/**
 * Hostile zips for the portfolio import's tests (unit, component and end-to-end), made in the
 * test: a writer that puts in the headers whatever the test says (sizes, CRC, names, the same
 * name twice), and a deflate stream that is small on disk but inflates to any size. Written
 * here on purpose, not with the app's zip code, so the tests do not lean on what they test.
 */

export type CraftedEntry = {
  name: string;
  /** The content; deflated unless `compressed` is given (then that is the entry's data as is). */
  data?: Uint8Array;
  compressed?: Uint8Array;
  /** Stored (0) or deflated (8, the default). */
  method?: 0 | 8;
  /** What the headers say; by default the truth. */
  size?: number;
  crc?: number;
};

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
export function crc32(data: Uint8Array): number {
  let c = ~0;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}

/** A zip with exactly these entries and headers (no data descriptors, no Zip64). */
export function craftZip(entries: readonly CraftedEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = entry.data ?? new Uint8Array(0);
    const method = entry.method ?? 8;
    const body = entry.compressed ?? (method === 8 ? deflateSync(data) : data);
    const name = strToU8(entry.name);
    const crc = entry.crc ?? crc32(data);
    const size = entry.size ?? data.length;
    const local = new Uint8Array(30 + name.length + body.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true);
    l.setUint16(6, 0x0800, true); // names in UTF-8
    l.setUint16(8, method, true);
    l.setUint16(12, 0x21, true); // 1 January 1980
    l.setUint32(14, crc, true);
    l.setUint32(18, body.length, true);
    l.setUint32(22, size, true);
    l.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(body, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const c = new DataView(central.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(8, 0x0800, true);
    c.setUint16(10, method, true);
    c.setUint16(14, 0x21, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, body.length, true);
    c.setUint32(24, size, true);
    c.setUint16(28, name.length, true);
    c.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directorySize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, entries.length, true);
  e.setUint16(10, entries.length, true);
  e.setUint32(12, directorySize, true);
  e.setUint32(16, offset, true);
  const out = new Uint8Array(offset + directorySize + end.length);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * A raw deflate stream of at least `size` zero bytes, about 1/1000 of that on disk: one dynamic
 * Huffman block whose length 258 and distance 1 have 1-bit codes, so each 258 bytes cost 2 bits.
 */
export function deflateBomb(size: number): Uint8Array {
  const matches = Math.max(0, Math.ceil((size - 1) / 258));
  const headerBits = 200;
  const out = new Uint8Array(Math.ceil((headerBits + 2 * matches + 8) / 8) + 1);
  let pos = 0;
  /** Header fields and extra bits: least significant bit first. */
  const bits = (value: number, count: number) => {
    for (let i = 0; i < count; i += 1, pos += 1) if ((value >> i) & 1) out[pos >> 3]! |= 1 << (pos & 7);
  };
  /** Huffman codes: most significant bit first. */
  const code = (text: string) => {
    for (const bit of text) bits(bit === '1' ? 1 : 0, 1);
  };
  bits(1, 1); // the last block
  bits(2, 2); // dynamic Huffman
  bits(286 - 257, 5);
  bits(2 - 1, 5);
  bits(18 - 4, 4);
  // code length code lengths, in their order 16,17,18,0,8,7,9,6,10,5,11,4,12,3,13,2,14,1
  for (const length of [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2]) bits(length, 3);
  // with that: 18 = '0' (zeros, 7 extra bits), 1 = '10', 2 = '11'
  code('11'); // literal 0: length 2
  code('0');
  bits(138 - 11, 7); // literals 1–138: none
  code('0');
  bits(117 - 11, 7); // literals 139–255: none
  code('11'); // end of block (256): length 2
  code('0');
  bits(28 - 11, 7); // lengths 257–284: none
  code('10'); // length 258 (285): length 1
  code('10'); // distance codes 0 and 1: length 1 each
  code('10');
  // so: literal 0 = '10', end of block = '11', length 258 = '0', distance 1 = '0'
  code('10');
  pos += 2 * matches; // every match is '0' '0': nothing to set
  code('11');
  return out.subarray(0, Math.ceil(pos / 8));
}

/**
 * A raw deflate stream that inflates to nothing, slowly: `blocks` dynamic Huffman blocks of 13
 * bytes, each with a 15-bit code, so an inflater builds a 32K-entry table for every one. Small
 * on disk and honest about its size (0 bytes), it keeps a reader busy for seconds.
 */
export function slowDeflate(blocks: number): Uint8Array {
  const out = new Uint8Array(Math.ceil((blocks * 97) / 8) + 1);
  let pos = 0;
  const bits = (value: number, count: number) => {
    for (let i = 0; i < count; i += 1, pos += 1) if ((value >> i) & 1) out[pos >> 3]! |= 1 << (pos & 7);
  };
  const code = (text: string) => {
    for (const bit of text) bits(bit === '1' ? 1 : 0, 1);
  };
  for (let n = 0; n < blocks; n += 1) {
    bits(n === blocks - 1 ? 1 : 0, 1);
    bits(2, 2);
    bits(257 - 257, 5);
    bits(1 - 1, 5);
    bits(19 - 4, 4);
    // code length code lengths in order 16,17,18,0,8,7,9,6,10,5,11,4,12,3,13,2,14,1,15: 18 = '0', 1 = '10', 15 = '11'
    for (const length of [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2]) bits(length, 3);
    code('11'); // literal 0: length 15
    code('0');
    bits(138 - 11, 7);
    code('0');
    bits(117 - 11, 7);
    code('10'); // end of block: length 1
    code('10'); // one distance code: length 1
    code('0'); // end of block
  }
  return out.subarray(0, Math.ceil(pos / 8));
}

/** The length deflateBomb(size) really inflates to. */
export const bombLength = (size: number) => 1 + 258 * Math.max(0, Math.ceil((size - 1) / 258));

/** An entry of zeros that is a few KB on disk, with honest headers (its real size and CRC). */
export function zerosEntry(name: string, size: number): CraftedEntry {
  const real = bombLength(size);
  return { name, compressed: deflateBomb(size), size: real, crc: crc32(new Uint8Array(real)) };
}

export const BOMB_ATTACHMENT = { id: 'bomb-file-1', name: 'diploma.pdf', path: 'files/bomb-file-1/diploma.pdf' };

/** portfolio.json for one item with one PDF attachment of `size` bytes at BOMB_ATTACHMENT.path. */
export function portfolioJson(attachmentSize: number, itemId = 'bomb-item-1'): Uint8Array {
  const at = '2026-01-01T10:00:00.000Z';
  return strToU8(
    JSON.stringify({
      format: 'werkmap-portfolio',
      version: 1,
      exportedAt: at,
      items: [
        {
          id: itemId,
          kind: 'credential',
          subKind: 'diploma',
          title: 'MBO Zorg niveau 2',
          description: '',
          organisation: null,
          startDate: '2019',
          endDate: null,
          tags: [],
          link: null,
          starr: null,
          createdAt: at,
          updatedAt: at,
          attachments: [{ id: BOMB_ATTACHMENT.id, name: BOMB_ATTACHMENT.name, type: 'application/pdf', size: attachmentSize, path: BOMB_ATTACHMENT.path }],
          comments: [],
        },
      ],
    }),
  );
}

/**
 * A portfolio zip whose attachment's headers say `declared` bytes (1 MB) while its data inflates
 * to `real` bytes (past 1 GB): about real/1000 on disk. The headers' CRC is that of `declared`
 * zero bytes, so a reader that stops where the header says finds a file that "fits".
 */
export function bombZip({ declared = 1024 * 1024, real = 1024 * 1024 * 1024 + 1 }: { declared?: number; real?: number } = {}): Uint8Array {
  return craftZip([
    { name: 'portfolio.json', data: portfolioJson(declared) },
    { name: BOMB_ATTACHMENT.path, compressed: deflateBomb(real), size: declared, crc: crc32(new Uint8Array(declared)) },
  ]);
}
