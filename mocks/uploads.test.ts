import { describe, expect, it } from 'vitest';
import { problemSchema } from '#src/shared/api/problem.ts';
import { shareSchema, type ItemInput } from '#src/features/portfolio/schemas.ts';
import { padded, SAMPLES, toBase64 } from '#test/file-samples.ts';
import { addDays, todayIso } from './clock.ts';
import { db, fileContents, snapshotDb } from './db.ts';
import { call, signIn } from './testing.ts';

/**
 * The shared chunked file protocol (issue 13): content must be what its type says (magic
 * bytes), a chunk sent again must be byte-identical, and stored files are served so that a
 * browser never runs or sniffs them.
 */

const ANNA = '/clients/client-anna';
const PROOFS = `${ANNA}/activities/act-anna-1/proofs`;
const tokenOf = async (persona: string) => (await signIn(persona)).token;

/** Starts an upload of `content` declared as `type` and sends its chunks (in the given order). */
async function upload(token: string, path: string, file: { name: string; type: string; content: Uint8Array }, options: { chunkChars?: number; order?: number[] } = {}) {
  const data = toBase64(file.content);
  const size = options.chunkChars ?? data.length;
  const chunks: string[] = [];
  for (let i = 0; i < data.length; i += size) chunks.push(data.slice(i, i + size));
  const start = await call(path, { token, method: 'PUT', body: { name: file.name, type: file.type, size: file.content.length, chunks: chunks.length } });
  expect(start.status).toBe(201);
  const responses: Response[] = [];
  for (const index of options.order ?? chunks.map((_, i) => i)) {
    responses.push(await call(`${path}/chunks/${index}`, { token, method: 'PUT', body: { data: chunks[index] } }));
  }
  return { chunks, responses, last: responses[responses.length - 1]! };
}

async function expectContentMismatch(response: Response) {
  expect(response.status).toBe(422);
  expect(response.headers.get('Content-Type')).toContain('application/problem+json');
  const body = problemSchema.parse(await response.json());
  expect(body.code).toBe('file-content-mismatch');
  expect(body.fieldErrors).toEqual({ type: ['validation.file.notPhotoOrPdf'] });
}

describe('files are what they say (magic bytes)', () => {
  it.each([
    ['an executable named foto.jpg', 'foto.jpg', 'image/jpeg', SAMPLES.exe],
    ['an HTML page with a script declared a PDF', 'brief.pdf', 'application/pdf', SAMPLES.html],
    ['an SVG with onload declared a PNG', 'scherm.png', 'image/png', SAMPLES.svg],
    ['a PNG declared a JPEG', 'scherm.jpg', 'image/jpeg', padded(SAMPLES.png, 200)],
    ['a PDF declared a WebP', 'foto.webp', 'image/webp', SAMPLES.pdf],
  ])('refuses %s as proof with a 422; nothing is put on the activity or served', async (_, name, type, content) => {
    const token = await tokenOf('client-anna');
    const { last } = await upload(token, `${PROOFS}/bad-1`, { name, type, content });
    await expectContentMismatch(last);
    expect(db.activities.get('act-anna-1')?.proofs).toEqual([]);
    expect(snapshotDb().writeLog.filter((w) => w.resource === 'proof:bad-1')).toHaveLength(0);
    expect((await call(`${ANNA}/files/bad-1`, { token })).status).toBe(404);
    expect(fileContents.size).toBe(0);
  });

  it.each([
    ['a JPEG', 'foto.jpg', 'image/jpeg', SAMPLES.jpeg],
    ['a PNG', 'scherm.png', 'image/png', SAMPLES.png],
    ['a WebP', 'foto.webp', 'image/webp', SAMPLES.webp],
    ['a PDF', 'brief.pdf', 'application/pdf', SAMPLES.pdf],
  ])('accepts %s that is one', async (_, name, type, head) => {
    const token = await tokenOf('client-anna');
    const { last } = await upload(token, `${PROOFS}/good-1`, { name, type, content: padded(head, 500) });
    expect(last.status).toBe(200);
    expect((await last.json()).complete).toBe(true);
  });

  it('checks the first chunk as it arrives, also when it comes last; a refused first chunk is not kept', async () => {
    const token = await tokenOf('client-anna');
    const content = padded(SAMPLES.exe, 3000);
    const { chunks, responses } = await upload(token, `${PROOFS}/bad-2`, { name: 'foto.jpg', type: 'image/jpeg', content }, { chunkChars: 1000, order: [1, 2, 3, 0] });
    expect(responses.slice(0, 3).map((r) => r.status)).toEqual([200, 200, 200]);
    await expectContentMismatch(responses[3]!);
    expect(db.fileUploads.get('client-anna:bad-2')).toMatchObject({ complete: false });
    expect(Object.keys(db.fileUploads.get('client-anna:bad-2')!.received).sort()).toEqual(['1', '2', '3']);
    expect(chunks).toHaveLength(4);
  });

  it('refuses it on every resource that takes files: a message attachment and a portfolio product', async () => {
    const token = await tokenOf('client-anna');
    const message = await call(`${ANNA}/messages/m-bad`, {
      method: 'PUT',
      token,
      body: { kind: 'text', body: 'Mijn brief', link: null, appointment: null, writtenAt: new Date().toISOString(), attachmentCount: 1 },
    });
    expect(message.status).toBe(201);
    await expectContentMismatch((await upload(token, `${ANNA}/messages/m-bad/attachments/f-bad`, { name: 'brief.pdf', type: 'application/pdf', content: SAMPLES.html })).last);
    expect(db.messages.get('m-bad')?.attachments).toEqual([]);

    const item: ItemInput = { kind: 'knowledge', subKind: null, title: 'Taart', description: '', organisation: null, startDate: null, endDate: null, tags: [], link: null, starr: null };
    expect((await call('/portfolio/items/pf-bad', { token, method: 'PUT', body: item })).status).toBe(201);
    await expectContentMismatch((await upload(token, '/portfolio/items/pf-bad/files/f-bad2', { name: 'taart.png', type: 'image/png', content: SAMPLES.svg })).last);
    expect(db.portfolioItems.get('pf-bad')?.attachments).toEqual([]);
  });
});

describe('a chunk sent again', () => {
  it('with the same bytes is fine (before and after the file is complete); with other bytes it is a 409 and never replaces the first', async () => {
    const token = await tokenOf('client-anna');
    const content = padded(SAMPLES.pdf, 3000);
    const path = `${PROOFS}/resend-1`;
    const { chunks, responses } = await upload(token, path, { name: 'brief.pdf', type: 'application/pdf', content }, { chunkChars: 2000, order: [0] });
    expect(responses[0]!.status).toBe(200);
    const other = toBase64(padded(SAMPLES.pdf, 1500)).slice(0, 2000).replace(/A/g, 'B');

    // the same bytes again: idempotent
    const same = await call(`${path}/chunks/0`, { token, method: 'PUT', body: { data: chunks[0] } });
    expect(same.status).toBe(200);
    expect((await same.json()).received).toEqual([0]);
    // other bytes for chunk 0: refused, the first stays
    const changed = await call(`${path}/chunks/0`, { token, method: 'PUT', body: { data: other } });
    expect(changed.status).toBe(409);
    expect(problemSchema.parse(await changed.json()).code).toBe('chunk-mismatch');
    expect(db.fileUploads.get('client-anna:resend-1')?.received['0']).toBe(chunks[0]);

    const last = await call(`${path}/chunks/1`, { token, method: 'PUT', body: { data: chunks[1] } });
    expect((await last.json()).complete).toBe(true);
    // after completion: the same bytes still answer 200, other bytes 409, the stored file is unchanged
    expect((await call(`${path}/chunks/1`, { token, method: 'PUT', body: { data: chunks[1] } })).status).toBe(200);
    const late = await call(`${path}/chunks/1`, { token, method: 'PUT', body: { data: chunks[1]!.replace(/A/g, 'C') } });
    expect(late.status).toBe(409);
    expect(problemSchema.parse(await late.json()).code).toBe('chunk-mismatch');
    expect(new Uint8Array(await (await call(`${ANNA}/files/resend-1`, { token })).arrayBuffer())).toEqual(content);
    expect(snapshotDb().writeLog.filter((w) => w.resource === 'proof:resend-1')).toHaveLength(1);
  });

  it('that is not base64 is a 422', async () => {
    const token = await tokenOf('client-anna');
    await call(`${PROOFS}/b64`, { token, method: 'PUT', body: { name: 'brief.pdf', type: 'application/pdf', size: 10, chunks: 1 } });
    const response = await call(`${PROOFS}/b64/chunks/0`, { token, method: 'PUT', body: { data: 'JVBE=Ri0x' } });
    expect(response.status).toBe(422);
  });
});

describe('served files', () => {
  it('come with nosniff, a CSP that lets nothing run, inline only for a photo and as a download otherwise', async () => {
    const token = await tokenOf('client-anna');
    await upload(token, `${PROOFS}/photo-1`, { name: 'uitnodiging.jpg', type: 'image/jpeg', content: padded(SAMPLES.jpeg, 400) });
    await upload(token, `${PROOFS}/pdf-1`, { name: "brief van 't UWV (1).pdf", type: 'application/pdf', content: padded(SAMPLES.pdf, 400) });

    const photo = await call(`${ANNA}/files/photo-1`, { token });
    expect(photo.status).toBe(200);
    expect(photo.headers.get('Content-Type')).toBe('image/jpeg');
    expect(photo.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(photo.headers.get('Content-Security-Policy')).toBe("default-src 'none'; sandbox");
    expect(photo.headers.get('Content-Disposition')).toBe("inline; filename*=UTF-8''uitnodiging.jpg");
    expect(photo.headers.get('Cache-Control')).toBe('private, no-store');

    const pdf = await call(`${ANNA}/files/pdf-1`, { token: await tokenOf('coach-marieke') });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('Content-Type')).toBe('application/pdf');
    expect(pdf.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(pdf.headers.get('Content-Security-Policy')).toBe("default-src 'none'; sandbox");
    expect(pdf.headers.get('Content-Disposition')).toBe("attachment; filename*=UTF-8''brief%20van%20%27t%20UWV%20%281%29.pdf");
    expect((await pdf.arrayBuffer()).byteLength).toBe(400);
  });

  it('through a portfolio link too', async () => {
    const token = await tokenOf('client-anna');
    const item: ItemInput = { kind: 'product', subKind: null, title: 'Taart', description: '', organisation: null, startDate: null, endDate: null, tags: [], link: null, starr: null };
    expect((await call('/portfolio/items/pf-file', { token, method: 'PUT', body: item })).status).toBe(201);
    await upload(token, '/portfolio/items/pf-file/files/f-recipe', { name: 'recept.pdf', type: 'application/pdf', content: padded(SAMPLES.pdf, 100) });
    const created = await call('/portfolio/shares/sh-file', { token, method: 'PUT', body: { name: null, endsOn: addDays(todayIso(), 30), audience: 'link', itemIds: ['pf-file'] } });
    const { token: linkToken } = shareSchema.parse(await created.json());
    const file = await call('/portfolio-links/files/f-recipe', { method: 'POST', body: { token: linkToken } });
    expect(file.status).toBe(200);
    expect(file.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(file.headers.get('Content-Security-Policy')).toBe("default-src 'none'; sandbox");
    expect(file.headers.get('Content-Disposition')).toBe("attachment; filename*=UTF-8''recept.pdf");
    expect(file.headers.get('Referrer-Policy')).toBe('no-referrer');
  });
});
