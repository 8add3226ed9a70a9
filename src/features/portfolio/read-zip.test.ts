import { describe, expect, it, vi } from 'vitest';
import { strToU8 } from 'fflate';
import { BOMB_ATTACHMENT, craftZip, portfolioJson, slowDeflate } from '#test/crafted-zips.ts';
import { readZipOffPage } from './read-zip.ts';

const pdf = strToU8('%PDF-1.4');
const zip = (extra: Parameters<typeof craftZip>[0] = []) =>
  new Blob([craftZip([{ name: 'portfolio.json', data: portfolioJson(pdf.length) }, { name: BOMB_ATTACHMENT.path, data: pdf }, ...extra]) as Uint8Array<ArrayBuffer>]);

describe('readZipOffPage where there are no workers (on the page, in short turns)', () => {
  it('reads a good zip, with progress up to done', async () => {
    expect(typeof Worker).toBe('undefined');
    const seen: number[] = [];
    const outcome = await readZipOffPage(zip(), (done) => seen.push(done)).result;
    expect(outcome.ok).toBe(true);
    expect(seen.at(-1)).toBe(1);
  });

  it('gives the page its turn while it works, and stops at the next turn after cancel()', async () => {
    const seen: number[] = [];
    // honest, but seconds of work
    const read = readZipOffPage(zip([{ name: 'files/slow/leeg.bin', compressed: slowDeflate(60_000), size: 0, crc: 0 }]), (done) => seen.push(done));
    // progress arrives (and the test's own timers run) while it works: the page is not blocked
    await vi.waitFor(() => expect(seen.length).toBeGreaterThan(1), { timeout: 10_000, interval: 20 });
    read.cancel();
    expect(await read.result).toEqual({ ok: false, cancelled: true });
    const after = seen.length;
    // the reader takes its turns with setTimeout(0): give it several, not a span of time
    for (let turn = 0; turn < 10; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen.length).toBe(after);
  });
});
