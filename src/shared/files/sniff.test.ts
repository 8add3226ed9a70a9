import { describe, expect, it } from 'vitest';
import { bytes, padded, SAMPLES, toBase64 } from '#test/file-samples.ts';
import { base64Head, contentMatchesType, decodeBase64, isPicture, sniffType } from './sniff.ts';

describe('sniffType', () => {
  it.each([
    ['jpeg', 'image/jpeg'],
    ['png', 'image/png'],
    ['webp', 'image/webp'],
    ['gif', 'image/gif'],
    ['heic', 'image/heic'],
    ['avif', 'image/avif'],
    ['pdf', 'application/pdf'],
  ] as const)('knows a %s by its first bytes', (sample, type) => {
    expect(sniffType(SAMPLES[sample])).toBe(type);
  });

  it.each(['exe', 'elf', 'html', 'svg', 'zip', 'mp4'] as const)('does not know a %s', (sample) => {
    expect(sniffType(SAMPLES[sample])).toBeNull();
    expect(isPicture(SAMPLES[sample])).toBe(false);
  });

  it('needs the whole signature: too few bytes are nothing', () => {
    expect(sniffType(new Uint8Array(0))).toBeNull();
    expect(sniffType(SAMPLES.png.subarray(0, 7))).toBeNull();
    expect(sniffType(bytes('RIFF', [0, 0, 0, 0], 'WAVE'))).toBeNull();
    expect(sniffType(bytes(' %PDF-1.4'))).toBeNull();
  });
});

describe('contentMatchesType', () => {
  it('accepts content that is what its type says, with the usual spellings of a type', () => {
    expect(contentMatchesType('image/jpeg', SAMPLES.jpeg)).toBe(true);
    expect(contentMatchesType('IMAGE/JPG', SAMPLES.jpeg)).toBe(true);
    expect(contentMatchesType('application/pdf; charset=binary', SAMPLES.pdf)).toBe(true);
    expect(contentMatchesType('image/heif', SAMPLES.heic)).toBe(true);
    expect(contentMatchesType('image/webp', SAMPLES.webp)).toBe(true);
  });

  it('refuses an executable named foto.jpg, a web page sent as a PDF, an SVG sent as a PNG and a PNG sent as a JPEG', () => {
    expect(contentMatchesType('image/jpeg', SAMPLES.exe)).toBe(false);
    expect(contentMatchesType('application/pdf', SAMPLES.html)).toBe(false);
    expect(contentMatchesType('image/png', SAMPLES.svg)).toBe(false);
    expect(contentMatchesType('image/jpeg', SAMPLES.png)).toBe(false);
    expect(contentMatchesType('image/svg+xml', SAMPLES.svg)).toBe(false);
  });

  it('tells pictures from the rest', () => {
    expect(isPicture(SAMPLES.heic)).toBe(true);
    expect(isPicture(SAMPLES.pdf)).toBe(false);
  });
});

describe('base64', () => {
  it('reads the first bytes of a chunk without decoding all of it, and refuses what is not base64', () => {
    const text = toBase64(padded(SAMPLES.png, 3000));
    const head = base64Head(text)!;
    expect(head.length).toBeGreaterThanOrEqual(16);
    expect(head.length).toBeLessThan(24);
    expect(sniffType(head)).toBe('image/png');
    expect(decodeBase64('a')).toBeNull();
    expect(decodeBase64('aGVs=bG8')).toBeNull();
    expect(decodeBase64('aGVsbG8=')).toEqual(bytes('hello'));
  });
});
