import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, strFromU8, zipSync } from 'fflate';
import { BOMB_ATTACHMENT, bombZip, craftZip, portfolioJson, zerosEntry } from '#test/crafted-zips.ts';
import { FILE_MAX_BYTES } from '#src/shared/files/schemas.ts';
import { applyItemWrite } from './rules.ts';
import {
  PORTFOLIO_FORMAT,
  UNZIPPED_MAX_BYTES,
  buildPortfolioZip,
  escapeHtml,
  readPortfolioZip,
  renderIndexHtml,
  toExportItem,
  ZIP_MAX_BYTES,
  type IndexTexts,
  type PortfolioFile,
} from './zip.ts';
import type { Item } from './schemas.ts';

const texts: IndexTexts = { title: 'E-portfolio', exportedAt: 'Gedownload', kind: (i) => i.kind, period: () => '', files: 'Bijlagen', lang: 'nl', dir: 'ltr' };

function fixture() {
  const photo = new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3, 4, 5]);
  const pdf = strToU8('%PDF-1.4 fake');
  const a: Item = {
    ...applyItemWrite(
      undefined,
      {
        kind: 'product',
        subKind: 'photo',
        title: 'Taart <script>alert(1)</script>',
        description: 'Gemaakt voor een bruiloft.\nDrie lagen.',
        organisation: 'Bakkerij "Het Zoete"',
        startDate: '2024-05',
        endDate: null,
        tags: ['bakken', 'ّعربي'],
        link: 'https://video.example/taart',
        starr: null,
      },
      { id: 'item-a', clientId: 'c1', at: '2025-01-01T10:00:00.000Z' },
    ),
    attachments: [
      { id: 'file-1', name: 'taart.jpg', type: 'image/jpeg', size: photo.byteLength, uploadedAt: '2025-01-01T10:00:00.000Z' },
      { id: 'file-2', name: 'recept/../x.pdf', type: 'application/pdf', size: pdf.byteLength, uploadedAt: '2025-01-01T10:00:00.000Z' },
    ],
    comments: [{ id: 'c-1', text: 'Mooi!', at: '2025-01-02T10:00:00.000Z', by: { id: 'coach-marieke', name: 'Marieke Bakker', role: 'coach' } }],
  };
  const b = applyItemWrite(
    undefined,
    {
      kind: 'reflection',
      subKind: null,
      title: 'Eerste week',
      description: '',
      organisation: null,
      startDate: '2023',
      endDate: '2023',
      tags: [],
      link: null,
      starr: { situation: 'S', task: 'T', action: 'A', result: 'R', reflection: 'R2' },
    },
    { id: 'item-b', clientId: 'c1', at: '2025-01-01T10:00:00.000Z' },
  );
  const portfolio: PortfolioFile = { format: PORTFOLIO_FORMAT, version: 1, exportedAt: '2026-11-23T10:00:00.000Z', items: [a, b].map(toExportItem) };
  const files = new Map([
    ['file-1', photo],
    ['file-2', pdf],
  ]);
  return { portfolio, files };
}

function zipWith(entries: Record<string, Uint8Array>) {
  return zipSync(entries);
}

describe('portfolio zip', () => {
  it('round trip: export then import gives the same items and files', async () => {
    const { portfolio, files } = fixture();
    const result = await readPortfolioZip(buildPortfolioZip(portfolio, files, texts));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.portfolio).toEqual(portfolio);
    expect([...result.files.keys()].sort()).toEqual(['file-1', 'file-2']);
    expect(Array.from(result.files.get('file-1')!)).toEqual(Array.from(files.get('file-1')!));
    expect(Array.from(result.files.get('file-2')!)).toEqual(Array.from(files.get('file-2')!));
  });

  it('holds portfolio.json (format, version), files/ and a static index.html with escaped text', () => {
    const { portfolio, files } = fixture();
    const entries = unzipSync(buildPortfolioZip(portfolio, files, texts));
    expect(Object.keys(entries).sort()).toEqual(['files/file-1/taart.jpg', 'files/file-2/recept_.._x.pdf', 'index.html', 'portfolio.json']);
    const json = JSON.parse(strFromU8(entries['portfolio.json']!)) as PortfolioFile;
    expect(json.format).toBe('werkmap-portfolio');
    expect(json.version).toBe(1);
    const html = strFromU8(entries['index.html']!);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('Taart &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Bakkerij &quot;Het Zoete&quot;');
    expect(html).toContain('href="files/file-1/taart.jpg"');
    expect(html).toContain("default-src 'none'");
  });

  it('escapes every HTML special character', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    const { portfolio } = fixture();
    expect(renderIndexHtml(portfolio, { ...texts, title: '<b>x</b>' })).toContain('<title>&lt;b&gt;x&lt;/b&gt;</title>');
  });

  describe('malformed input: a clear reason, nothing returned to import', () => {
    const json = (value: unknown) => strToU8(JSON.stringify(value));
    it('not a zip', async () => {
      expect(await readPortfolioZip(strToU8('dit is geen zip'))).toEqual({ ok: false, error: { code: 'notZip' } });
    });
    it('too big', async () => {
      expect(await readPortfolioZip(new Uint8Array(ZIP_MAX_BYTES + 1))).toEqual({ ok: false, error: { code: 'tooBig' } });
    });
    it('no portfolio.json', async () => {
      expect(await readPortfolioZip(zipWith({ 'index.html': strToU8('<p>') }))).toEqual({ ok: false, error: { code: 'noJson' } });
    });
    it('broken JSON', async () => {
      expect(await readPortfolioZip(zipWith({ 'portfolio.json': strToU8('{"format": ') }))).toEqual({ ok: false, error: { code: 'badJson' } });
    });
    it('another format, or a newer version', async () => {
      expect(await readPortfolioZip(zipWith({ 'portfolio.json': json({ basics: {} }) }))).toEqual({ ok: false, error: { code: 'wrongFormat' } });
      expect(await readPortfolioZip(zipWith({ 'portfolio.json': json({ format: PORTFOLIO_FORMAT, version: 7, items: [] }) }))).toEqual({
        ok: false,
        error: { code: 'newerVersion', version: 7 },
      });
    });
    it('an item that does not pass the schema says which item and field', async () => {
      const { portfolio } = fixture();
      const bad = { ...portfolio, items: [portfolio.items[1], { ...portfolio.items[0], startDate: 'gisteren' }] };
      const result = await readPortfolioZip(zipWith({ 'portfolio.json': json(bad) }));
      expect(result).toEqual({ ok: false, error: { code: 'invalid', where: '2 "Taart <script>alert(1)</script>": startDate' } });
    });
    it('a missing or damaged file', async () => {
      const { portfolio, files } = fixture();
      const entries = unzipSync(buildPortfolioZip(portfolio, files, texts));
      delete entries['files/file-2/recept_.._x.pdf'];
      expect(await readPortfolioZip(zipWith(entries))).toEqual({ ok: false, error: { code: 'missingFile', name: 'recept/../x.pdf' } });
      entries['files/file-2/recept_.._x.pdf'] = new Uint8Array([1]);
      expect(await readPortfolioZip(zipWith(entries))).toEqual({ ok: false, error: { code: 'fileSize', name: 'recept/../x.pdf' } });
    });
    it('the same id twice', async () => {
      const { portfolio } = fixture();
      const twice = { ...portfolio, items: [portfolio.items[1], portfolio.items[1]] };
      expect(await readPortfolioZip(zipWith({ 'portfolio.json': json(twice) }))).toEqual({ ok: false, error: { code: 'duplicateId', where: '2' } });
    });
    it('a file path outside files/ is refused by the schema', async () => {
      const { portfolio } = fixture();
      const item = portfolio.items[0]!;
      const evil = { ...portfolio, items: [{ ...item, attachments: [{ ...item.attachments[0], path: '../../etc/passwd' }] }] };
      const result = await readPortfolioZip(zipWith({ 'portfolio.json': json(evil) }));
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.code).toBe('invalid');
    });
  });

  describe('hostile zips: refused whole, quickly, whatever the headers say', () => {
    const pdf = strToU8('%PDF-1.4 getuigschrift');
    const good = (extra: Parameters<typeof craftZip>[0] = []) =>
      craftZip([{ name: 'portfolio.json', data: portfolioJson(pdf.length) }, { name: BOMB_ATTACHMENT.path, data: pdf }, ...extra]);

    it('a crafted zip that is in order is read, with its file', async () => {
      const result = await readPortfolioZip(good([{ name: 'index.html', data: strToU8('<p>x</p>'), method: 0 }]));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.portfolio.items).toHaveLength(1);
      expect(strFromU8(result.files.get(BOMB_ATTACHMENT.id)!)).toBe('%PDF-1.4 getuigschrift');
    });

    it('a bomb whose headers say 1 MB but that inflates past 1 GB is stopped at the limit of one file', async () => {
      const zip = bombZip();
      expect(zip.byteLength).toBeLessThan(1.1 * 1024 * 1024);
      const started = performance.now();
      const result = await readPortfolioZip(zip);
      const took = performance.now() - started;
      expect(result).toEqual({ ok: false, error: { code: 'entryTooBig', name: BOMB_ATTACHMENT.path, limit: FILE_MAX_BYTES } });
      // stopped at 8 MB of the 1 GB; the old reader took ~11 s and imported a truncated file
      expect(took).toBeLessThan(3000);
    });

    it('many small bombs are stopped at the limit of all files together', async () => {
      // each under the limit of one file, together past 120 MB
      const part = zerosEntry('files/x/part.bin', FILE_MAX_BYTES - 1024);
      const count = Math.ceil(UNZIPPED_MAX_BYTES / part.size!) + 1;
      const zip = good(Array.from({ length: count }, (_, i) => ({ ...part, name: `files/x${i}/part.bin` })));
      expect(zip.byteLength).toBeLessThan(200 * 1024);
      expect(await readPortfolioZip(zip)).toEqual({ ok: false, error: { code: 'unpackedTooBig', limit: UNZIPPED_MAX_BYTES } });
    });

    it('a CRC that does not match what was inflated: damaged', async () => {
      const zip = craftZip([{ name: 'portfolio.json', data: portfolioJson(pdf.length) }, { name: BOMB_ATTACHMENT.path, data: pdf, crc: 0x12345678 }]);
      expect(await readPortfolioZip(zip)).toEqual({ ok: false, error: { code: 'damaged', name: BOMB_ATTACHMENT.path } });
    });

    it('a size in the headers that is not what was inflated: damaged', async () => {
      const zip = craftZip([{ name: 'portfolio.json', data: portfolioJson(pdf.length) }, { name: BOMB_ATTACHMENT.path, data: pdf, size: pdf.length + 1 }]);
      expect(await readPortfolioZip(zip)).toEqual({ ok: false, error: { code: 'damaged', name: BOMB_ATTACHMENT.path } });
    });

    it.each([
      ['../evil.txt', 'a parent folder'],
      ['files/../../evil.txt', 'a parent folder further in'],
      ['/etc/evil.txt', 'an absolute path'],
      ['C:/evil.txt', 'a drive'],
      ['files\\evil.txt', 'a backslash'],
    ])('%s (%s) refuses the whole file, naming the entry', async (name) => {
      expect(await readPortfolioZip(good([{ name, data: strToU8('x') }]))).toEqual({ ok: false, error: { code: 'unsafePath', name } });
    });

    it('the same name twice refuses the whole file', async () => {
      expect(await readPortfolioZip(good([{ name: BOMB_ATTACHMENT.path, data: strToU8('anders') }]))).toEqual({
        ok: false,
        error: { code: 'duplicateName', name: BOMB_ATTACHMENT.path },
      });
    });

    it('reports progress up to done', async () => {
      const seen: number[] = [];
      const result = await readPortfolioZip(good(), { onProgress: (done) => seen.push(done) });
      expect(result.ok).toBe(true);
      expect(seen.at(-1)).toBe(1);
      expect(seen.every((d, i) => d >= 0 && d <= 1 && (i === 0 || d >= seen[i - 1]!))).toBe(true);
    });
  });
});
