import { z } from 'zod';
import { FILE_TYPES, fileChunkInputSchema, fileUploadInputSchema, fileUploadStatusSchema, type FileUploadStatus } from '#src/shared/files/schemas.ts';
import { base64Head, contentMatchesType, decodeBase64 } from '#src/shared/files/sniff.ts';
import { db, fileContents, type FileUploadRecord } from './db.ts';
import { authenticate, authoriseClient, forbidden, parseBody, problem, route, validationProblem, validId, type Actor, type Operation } from './http.ts';

/**
 * The one chunked upload protocol for every file a client adds (see
 * `src/shared/files/schemas.ts`). A resource mounts it under its own path and says what
 * happens when the last chunk arrives; `GET /clients/{clientId}/files/{fileId}` serves the
 * content to whoever may read the file's owner.
 */

/** Who may read a complete file, per owner kind (`activity`, `message`, …). Default: anyone who may read the client. */
type ReadRule = { rule: (actor: Actor, upload: FileUploadRecord) => boolean; whole: boolean };
const readRules = new Map<string, ReadRule>();

/**
 * A read rule narrows "anyone who may read the client" for one owner kind. With
 * `{ whole: true }` the rule is the whole check instead (messages: the colleague covering an
 * absent coach is not the client's coach, but may read the conversation and its attachments).
 */
export function registerFileReadRule(ownerKind: string, rule: (actor: Actor, upload: FileUploadRecord) => boolean, options: { whole?: boolean } = {}): void {
  readRules.set(ownerKind, { rule, whole: options.whole ?? false });
}


/** The `{index}` of a chunk path, for the OpenAPI document (0-based; one outside the upload gets a 400). */
export const chunkIndexParam = z.number().int().min(0);

/** Bytes of a base64 text (without decoding it). */
function base64Bytes(data: string): number {
  const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
  return (data.length / 4) * 3 - padding;
}

export function uploadStatus(upload: FileUploadRecord): FileUploadStatus {
  return fileUploadStatusSchema.parse({
    id: upload.id,
    chunks: upload.chunks,
    received: upload.complete ? Array.from({ length: upload.chunks }, (_, i) => i) : Object.keys(upload.received).map(Number).sort((a, b) => a - b),
    complete: upload.complete,
  });
}

/**
 * `PUT <path>/{fileId}`: starts an upload (201) or, with the same id and shape, says which
 * chunks arrived (200). The caller has authorised the write and checked the owner exists.
 */
export async function startUpload(request: Request, clientId: string, fileIdParam: string | undefined, owner: string) {
  const id = validId(fileIdParam);
  const input = await parseBody(request, fileUploadInputSchema);
  const key = `${clientId}:${id}`;
  const existing = db.fileUploads.get(key);
  if (existing) {
    if (existing.owner !== owner || existing.size !== input.size || existing.chunks !== input.chunks) throw problem(409, { code: 'file-id-reused' });
    return { upload: existing, created: false };
  }
  const upload = db.fileUploads.put({ ...input, key, id, clientId, owner, received: {}, complete: false });
  return { upload, created: true };
}

/** 422: the content is not what the declared type says (an executable named foto.jpg, a web page sent as a PDF). */
function contentMismatch(): Response {
  return problem(422, { code: 'file-content-mismatch', fieldErrors: { type: ['validation.file.notPhotoOrPdf'] } });
}

/** SHA-256 of a chunk's bytes, hex. */
async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * `PUT <path>/{fileId}/chunks/{index}`: stores one chunk. Sending a chunk again is fine when its
 * bytes are the same (SHA-256, kept also after completion); other bytes get a 409
 * `chunk-mismatch` and never replace the first. The first chunk, and the whole file once the
 * last one arrives, must be what the declared type says (magic bytes), or a 422
 * `file-content-mismatch`. With the last chunk the size is checked, the content kept and
 * `onComplete` puts the file on its owner (once).
 */
export async function receiveChunk(
  request: Request,
  clientId: string,
  fileIdParam: string | undefined,
  indexParam: string | undefined,
  owner: string,
  onComplete: (upload: FileUploadRecord) => void,
): Promise<FileUploadRecord> {
  const id = validId(fileIdParam);
  const index = Number(indexParam);
  const key = `${clientId}:${id}`;
  const found = db.fileUploads.get(key);
  if (!found || found.owner !== owner) throw problem(404, { code: 'not-found' });
  if (!Number.isInteger(index) || index < 0 || index >= found.chunks) throw problem(400, { code: 'invalid-chunk' });
  const { data } = await parseBody(request, fileChunkInputSchema);
  const bytes = decodeBase64(data);
  if (!bytes) throw validationProblem({ data: ['validation.file.broken'] });
  const hash = await sha256Hex(bytes);
  // read again after the awaits: another chunk may have arrived meanwhile
  const upload = db.fileUploads.get(key) ?? found;
  const known = upload.chunkHashes?.[String(index)];
  if (known !== undefined && known !== hash) throw problem(409, { code: 'chunk-mismatch' });
  if (upload.complete) return upload;
  if (index === 0 && !contentMatchesType(upload.type, bytes)) throw contentMismatch();
  const next = db.fileUploads.put({
    ...upload,
    received: { ...upload.received, [String(index)]: data },
    chunkHashes: { ...upload.chunkHashes, [String(index)]: hash },
  });
  if (Object.keys(next.received).length < next.chunks) return next;
  const content = Array.from({ length: next.chunks }, (_, i) => next.received[String(i)] ?? '').join('');
  if (base64Bytes(content) !== next.size) {
    db.fileUploads.put({ ...next, received: {}, chunkHashes: {} });
    throw validationProblem({ _form: ['validation.file.broken'] });
  }
  const head = base64Head(content);
  if (!head || !contentMatchesType(next.type, head)) {
    db.fileUploads.put({ ...next, received: {}, chunkHashes: {} });
    throw contentMismatch();
  }
  onComplete(next);
  fileContents.set(next.key, content);
  return db.fileUploads.put({ ...next, received: {}, complete: true });
}

/** Types a browser may show inline (as an <img>); everything else is a download. */
const INLINE_TYPES: ReadonlySet<string> = new Set(['image/jpeg', 'image/png', 'image/webp']);

/**
 * A stored file's content as a response: its declared type (checked against its magic bytes on
 * upload), `nosniff`, a CSP that lets nothing run or load even when opened directly, and
 * `attachment` for everything but a photo. The app fetches it with the token and shows it
 * through an object URL, so none of this changes what the person sees.
 */
export function fileResponse(upload: Pick<FileUploadRecord, 'type' | 'name'>, content: string, headers: Record<string, string> = {}): Response {
  const bytes = decodeBase64(content) ?? new Uint8Array(0);
  const disposition = INLINE_TYPES.has(upload.type) ? 'inline' : 'attachment';
  // RFC 8187: also encode the characters encodeURIComponent keeps but the header value may not have
  const name = encodeURIComponent(upload.name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return new Response(bytes, {
    status: 200,
    headers: {
      'Content-Type': upload.type,
      'Content-Length': String(bytes.length),
      // the name may hold personal data: it is in the body of the owner, not in a URL or a log
      'Content-Disposition': `${disposition}; filename*=UTF-8''${name}`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
      ...headers,
    },
  });
}

export const handlers = [
  route('GET', '/clients/:clientId/files/:fileId', ({ request, params }) => {
    const actor = authenticate(request);
    const clientId = validId(params.clientId);
    const upload = db.fileUploads.get(`${clientId}:${validId(params.fileId)}`);
    const read = upload ? readRules.get(upload.owner.split(':')[0] ?? '') : undefined;
    // the client check comes first, so nobody learns whether another client's file exists
    if (!read?.whole) authoriseClient(actor, clientId, 'read');
    if (!upload?.complete) throw problem(404, { code: 'not-found' });
    if (read && !read.rule(actor, upload)) throw read.whole ? forbidden() : problem(404, { code: 'not-found' });
    const content = fileContents.get(upload.key);
    if (content === undefined) throw problem(404, { code: 'file-content-gone' });
    return fileResponse(upload, content);
  }),
];

export const operations: Operation[] = [
  {
    operationId: 'getFile',
    method: 'GET',
    path: '/clients/{clientId}/files/{fileId}',
    summary: "A file's content",
    description:
      "The content of a complete file (a proof, a message attachment, a portfolio attachment) with its own media type, `X-Content-Type-Options: nosniff`, `Content-Security-Policy: default-src 'none'; sandbox`, `Content-Disposition: inline` with the file name for a photo (JPEG, PNG, WebP) and `attachment` for anything else (a PDF), and `Cache-Control: private, no-store`. For whoever may read what the file belongs to: the client, their coach or an authorised helper; for a message attachment whoever takes part in the conversation; for a portfolio attachment the owner, and their coach while the item is shared (each view logged). 404 when the file is incomplete, unknown or not shared; a 404 and a 403 tell nothing about another client's files.",
    tag: 'files',
    auth: true,
    fileTypes: FILE_TYPES,
    responses: [200, 400, 401, 403, 404],
  },
];
