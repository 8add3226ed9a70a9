import { describe, expect, it } from 'vitest';
import { deflateSync, strFromU8, strToU8, zipSync } from 'fflate';
import { craftZip, crc32 as referenceCrc, deflateBomb, zerosEntry } from '#test/crafted-zips.ts';
import { crc32, unsafeName, unzipChecked, type UnzipOptions } from './unzip.ts';

const options = (over: Partial<UnzipOptions> = {}): UnzipOptions => ({
  limits: { total: 1024 * 1024, entry: () => 512 * 1024 },
  keep: () => true,
  ...over,
});

describe('unzipChecked', () => {
  it('reads what fflate wrote, stored and deflated, in UTF-8 names too', async () => {
    const zip = zipSync({ 'a.txt': strToU8('hallo'), 'map/é ش.txt': [strToU8('x'.repeat(5000)), { level: 9 }], 'b.bin': [new Uint8Array([1, 2, 3]), { level: 0 }] });
    const result = await unzipChecked(zip, options());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect([...result.entries.keys()].sort()).toEqual(['a.txt', 'b.bin', 'map/é ش.txt']);
    expect(strFromU8(result.entries.get('a.txt')!)).toBe('hallo');
    expect(result.entries.get('map/é ش.txt')!.length).toBe(5000);
  });

  it('keeps only what it is asked to keep, but checks everything', async () => {
    const zip = craftZip([
      { name: 'keep.txt', data: strToU8('ja') },
      { name: 'skip.txt', data: strToU8('nee'), crc: 1 },
    ]);
    expect(await unzipChecked(zip, options({ keep: (n) => n === 'keep.txt' }))).toEqual({ ok: false, error: { code: 'damaged', name: 'skip.txt' } });
    const fine = craftZip([
      { name: 'keep.txt', data: strToU8('ja') },
      { name: 'skip.txt', data: strToU8('nee') },
      { name: 'map/', method: 0 },
    ]);
    const result = await unzipChecked(fine, options({ keep: (n) => n !== 'skip.txt' }));
    expect(result.ok && [...result.entries.keys()]).toEqual(['keep.txt']);
  });

  it('counts the bytes really inflated: stops one entry at its limit, whatever its header says', async () => {
    const zip = craftZip([{ name: 'bom.bin', compressed: deflateBomb(100 * 1024 * 1024), size: 10 }]);
    expect(zip.length).toBeLessThan(110 * 1024);
    expect(await unzipChecked(zip, options())).toEqual({ ok: false, error: { code: 'entryTooBig', name: 'bom.bin', limit: 512 * 1024 } });
  });

  it('and all entries together at the total', async () => {
    const zip = craftZip([1, 2, 3, 4].map((n) => zerosEntry(`deel-${n}.bin`, 300 * 1024)));
    expect(await unzipChecked(zip, options())).toEqual({ ok: false, error: { code: 'unpackedTooBig', limit: 1024 * 1024 } });
  });

  it('a stored entry is counted too', async () => {
    const zip = craftZip([{ name: 'groot.bin', data: new Uint8Array(600 * 1024), method: 0, size: 1 }]);
    expect(await unzipChecked(zip, options())).toEqual({ ok: false, error: { code: 'entryTooBig', name: 'groot.bin', limit: 512 * 1024 } });
  });

  it('a wrong CRC, a wrong size, cut-off or broken deflate data: damaged', async () => {
    const data = strToU8('Dit is de inhoud. '.repeat(100));
    const damaged = { ok: false, error: { code: 'damaged', name: 'x.txt' } };
    expect(await unzipChecked(craftZip([{ name: 'x.txt', data, crc: referenceCrc(data) ^ 1 }]), options())).toEqual(damaged);
    expect(await unzipChecked(craftZip([{ name: 'x.txt', data, size: data.length - 1 }]), options())).toEqual(damaged);
    expect(await unzipChecked(craftZip([{ name: 'x.txt', data, method: 0, crc: referenceCrc(data) ^ 1 }]), options())).toEqual(damaged);
    const deflated = deflateSync(data);
    expect(await unzipChecked(craftZip([{ name: 'x.txt', data, compressed: deflated.subarray(0, deflated.length - 4) }]), options())).toEqual(damaged);
    expect(await unzipChecked(craftZip([{ name: 'x.txt', data, compressed: new Uint8Array([0xff, 0xff, 0xff]) }]), options())).toEqual(damaged);
  });

  it('a local header that names another file: damaged', async () => {
    const zip = craftZip([{ name: 'aaa.txt', data: strToU8('x') }]);
    zip[30] = 'b'.charCodeAt(0); // the local header's copy of the name
    expect(await unzipChecked(zip, options())).toEqual({ ok: false, error: { code: 'damaged', name: 'aaa.txt' } });
  });

  it.each(['../x', 'a/../../x', '..', '/x', '//server/x', 'C:/x', 'c:x', 'a\\x', 'a\u0000b', ''])('refuses the name %j before unpacking anything', async (name) => {
    const zip = craftZip([
      { name: 'first.bin', compressed: deflateBomb(100 * 1024 * 1024), size: 1 },
      { name, data: strToU8('x') },
    ]);
    expect(await unzipChecked(zip, options())).toEqual({ ok: false, error: { code: 'unsafePath', name } });
  });

  it('allows ordinary names with dots', () => {
    for (const name of ['files/a/taart.jpg', 'files/a/..taart', 'files/a/taart..jpg', './x', 'files/a/recept_.._x.pdf']) expect(unsafeName(name)).toBe(false);
  });

  it('refuses the same name twice', async () => {
    const zip = craftZip([
      { name: 'a.txt', data: strToU8('1') },
      { name: 'a.txt', data: strToU8('2') },
    ]);
    expect(await unzipChecked(zip, options())).toEqual({ ok: false, error: { code: 'duplicateName', name: 'a.txt' } });
  });

  it('not a zip, an encrypted entry, an unknown method', async () => {
    const notZip = { ok: false, error: { code: 'notZip' } };
    expect(await unzipChecked(strToU8('geen zip'), options())).toEqual(notZip);
    expect(await unzipChecked(new Uint8Array(0), options())).toEqual(notZip);
    const zip = craftZip([{ name: 'a.txt', data: strToU8('1') }]);
    const encrypted = zip.slice();
    new DataView(encrypted.buffer).setUint16(zip.length - 22 - (46 + 5) + 8, 1, true);
    expect(await unzipChecked(encrypted, options())).toEqual(notZip);
    const bzip2 = zip.slice();
    new DataView(bzip2.buffer).setUint16(zip.length - 22 - (46 + 5) + 10, 12, true);
    expect(await unzipChecked(bzip2, options())).toEqual(notZip);
    // a central directory pointing past its end
    const cut = zip.slice();
    new DataView(cut.buffer).setUint32(zip.length - 22 + 16, zip.length, true);
    expect(await unzipChecked(cut, options())).toEqual(notZip);
  });

  it('hands back its turn while it works (where it runs on the page) and can be stopped there', async () => {
    const zip = craftZip([{ name: 'groot.bin', compressed: deflateBomb(400 * 1024), size: 400 * 1024 + 1, crc: 0 }]);
    let pauses = 0;
    const stop = new Error('gestopt');
    await expect(
      unzipChecked(
        zip,
        options({
          tickMs: 0,
          stepBytes: 16,
          pause: () => {
            pauses += 1;
            if (pauses === 3) throw stop;
          },
        }),
      ),
    ).rejects.toBe(stop);
    expect(pauses).toBe(3);
  });

  it('computes the zip CRC-32', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
    const data = strToU8('in twee delen');
    expect(crc32(data.subarray(5), crc32(data.subarray(0, 5)))).toBe(referenceCrc(data));
  });
});
