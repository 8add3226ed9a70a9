import { describe, expect, it } from 'vitest';
import { padded, SAMPLES } from '#test/file-samples.ts';
import { checkFile, chunksOf, fitWithin, prepareUpload, toBase64 } from './files.ts';

const MB = 1024 * 1024;

describe('files on the device', () => {
  it.each([
    ['a 50 MB video', { name: 'sollicitatie.mp4', type: 'video/mp4', size: 50 * MB }, 'validation.file.video'],
    ['a text file', { name: 'brief.txt', type: 'text/plain', size: 2000 }, 'validation.file.type'],
    ['a Word file', { name: 'brief.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size: 20_000 }, 'validation.file.type'],
    ['an SVG', { name: 'logo.svg', type: 'image/svg+xml', size: 2000 }, 'validation.file.type'],
    ['a 9 MB PDF', { name: 'brief.pdf', type: 'application/pdf', size: 9 * MB }, 'validation.file.tooBig'],
    ['a 45 MB photo', { name: 'foto.jpg', type: 'image/jpeg', size: 45 * MB }, 'validation.file.tooBig'],
    ['an empty file', { name: 'leeg.pdf', type: 'application/pdf', size: 0 }, 'validation.file.empty'],
  ])('refuses %s with its own message', (_name, file, message) => {
    expect(checkFile(file)).toEqual({ ok: false, message });
  });

  it.each([
    ['a 12 MB phone photo (scaled down later)', { name: 'IMG_0001.HEIC', type: 'image/heic', size: 12 * MB }, 'photo'],
    ['a screenshot', { name: 'scherm.png', type: 'image/png', size: 300_000 }, 'photo'],
    ['a PDF', { name: 'afwijzing.pdf', type: 'application/pdf', size: 200_000 }, 'pdf'],
    ['a PDF without a type', { name: 'afwijzing.PDF', type: '', size: 200_000 }, 'pdf'],
  ])('takes %s', (_name, file, kind) => {
    expect(checkFile(file)).toEqual({ ok: true, kind });
  });

  it('scales the longest side down to 1600 px, never up', () => {
    expect(fitWithin(4032, 3024)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3024, 4032)).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
  });

  it('encodes and cuts in chunks that join to the whole', async () => {
    const bytes = new Uint8Array(1000).map((_, i) => i % 256);
    const data = await toBase64(new Blob([bytes]));
    expect(atob(data).length).toBe(1000);
    const chunks = chunksOf(data, 400);
    expect(chunks).toHaveLength(Math.ceil(data.length / 400));
    expect(chunks.join('')).toBe(data);
  });
});

describe('prepareUpload', () => {
  it('makes a checked file ready for the outbox: a new id, its type, size and content', async () => {
    const pdf = new File(['%PDF-1.4 brief'], 'brief.pdf', { type: 'application/pdf' });
    const first = await prepareUpload(pdf, 'bijlage');
    const second = await prepareUpload(pdf, 'bijlage');
    expect(first).toMatchObject({ ok: true, file: { name: 'brief.pdf', type: 'application/pdf', size: 14, data: btoa('%PDF-1.4 brief') } });
    if (!first.ok || !second.ok) throw new Error('expected both to be ready');
    expect(first.file.fileId).not.toBe(second.file.fileId);
  });

  it('names a nameless file and says what is wrong with one it cannot use', async () => {
    const nameless = await prepareUpload(new File(['%PDF-1.4'], '', { type: 'application/pdf' }), 'bewijs');
    expect(nameless.ok && nameless.file.name).toBe('bewijs');
    expect(await prepareUpload(new File(['x'], 'film.mp4', { type: 'video/mp4' }), 'bijlage')).toEqual({ ok: false, message: 'validation.file.video' });
    expect(await prepareUpload(new File([''], 'leeg.pdf', { type: 'application/pdf' }), 'bijlage')).toEqual({ ok: false, message: 'validation.file.empty' });
    // a picture this browser cannot scale, of a kind the server does not take: its kind is the problem, not its size
    expect(await prepareUpload(new File(['GIF89a'], 'plaatje.gif', { type: 'image/gif' }), 'bijlage')).toEqual({ ok: false, message: 'validation.file.type' });
  });

  it('refuses what is not what it says, before it is kept on the device: an executable named foto.jpg, a web page sent as a PDF, an SVG sent as a PNG', async () => {
    const notPhotoOrPdf = { ok: false, message: 'validation.file.notPhotoOrPdf' };
    expect(await prepareUpload(new File([SAMPLES.exe], 'foto.jpg', { type: 'image/jpeg' }), 'bewijs')).toEqual(notPhotoOrPdf);
    expect(await prepareUpload(new File([SAMPLES.html], 'brief.pdf', { type: 'application/pdf' }), 'bewijs')).toEqual(notPhotoOrPdf);
    expect(await prepareUpload(new File([SAMPLES.svg], 'logo.png', { type: 'image/png' }), 'bewijs')).toEqual(notPhotoOrPdf);
    expect(await prepareUpload(new File([SAMPLES.html], 'brief', { type: '' }), 'bewijs')).toEqual({ ok: false, message: 'validation.file.type' });
    // a PDF sent as a photo: not a picture
    expect(await prepareUpload(new File([SAMPLES.pdf], 'scan.jpg', { type: 'image/jpeg' }), 'bewijs')).toEqual(notPhotoOrPdf);
    // a real PNG named .jpg (this browser cannot scale it): kept as it is only when its type is right
    expect(await prepareUpload(new File([padded(SAMPLES.png, 100)], 'scherm.jpg', { type: 'image/jpeg' }), 'bewijs')).toEqual(notPhotoOrPdf);
    expect(await prepareUpload(new File([padded(SAMPLES.png, 100)], 'scherm.png', { type: 'image/png' }), 'bewijs')).toMatchObject({ ok: true, file: { type: 'image/png', size: 100 } });
  });
});
