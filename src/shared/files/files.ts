import { newId } from '#src/shared/lib/ids.ts';
import { FILE_CHUNK_CHARS, FILE_MAX_BYTES, FILE_TYPES, type FileType } from './schemas.ts';
import type { FileToUpload } from './upload.ts';
import { contentMatchesType, isPicture, SNIFF_BYTES, sniffType } from './sniff.ts';

/**
 * Files on the device (proof, attachments, portfolio products): a kind message for what cannot be used (a video, another kind of
 * file, too big), photos scaled down before they are stored, and base64 chunks for a resumable
 * upload.
 */

/**
 * Photos larger than this are refused even before scaling (a phone photo is 2–12 MB): the one
 * limit for every photo a person picks (proof, attachments, the CV's photo).
 */
export const PHOTO_MAX_INPUT_BYTES = 40 * 1024 * 1024;
/** The longest side of a photo after scaling. */
export const PHOTO_MAX_SIDE = 1600;

export type FileProblem = `validation.file.${'video' | 'type' | 'tooBig' | 'empty' | 'notPhotoOrPdf'}`;
export type FileCheck = { ok: true; kind: 'photo' | 'pdf' } | { ok: false; message: FileProblem };

export function checkFile(file: Pick<File, 'type' | 'size' | 'name'>): FileCheck {
  const type = file.type.toLowerCase();
  if (file.size === 0) return { ok: false, message: 'validation.file.empty' };
  if (type.startsWith('video/')) return { ok: false, message: 'validation.file.video' };
  if (type === 'application/pdf' || (!type && /\.pdf$/i.test(file.name))) {
    return file.size > FILE_MAX_BYTES ? { ok: false, message: 'validation.file.tooBig' } : { ok: true, kind: 'pdf' };
  }
  if (type.startsWith('image/') && type !== 'image/svg+xml') {
    return file.size > PHOTO_MAX_INPUT_BYTES ? { ok: false, message: 'validation.file.tooBig' } : { ok: true, kind: 'photo' };
  }
  return { ok: false, message: 'validation.file.type' };
}

/** New width and height with the longest side at most `max` (never enlarged). */
export function fitWithin(width: number, height: number, max = PHOTO_MAX_SIDE): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/**
 * A photo drawn on a canvas with its longest side at most `maxSide` px (never enlarged), to be
 * read as a JPEG (`toBlob`, `toDataURL`). Throws when the browser cannot read it as a picture.
 */
export async function drawPhoto(file: Blob, maxSide = PHOTO_MAX_SIDE): Promise<HTMLCanvasElement> {
  const bitmap = await createImageBitmap(file);
  const { width, height } = fitWithin(bitmap.width, bitmap.height, maxSide);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, width);
  canvas.height = Math.max(1, height);
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return canvas;
}

/**
 * A photo scaled down on the device (JPEG, longest side 1600 px) with a canvas. Where the
 * browser cannot (no createImageBitmap), a photo that is already small enough is kept as it is.
 */
export async function preparePhoto(file: Blob): Promise<Blob | null> {
  if (typeof createImageBitmap !== 'function' || typeof document === 'undefined') {
    return file.size <= FILE_MAX_BYTES && (FILE_TYPES as readonly string[]).includes(file.type) ? file : null;
  }
  const canvas = await drawPhoto(file);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.8));
  return blob && blob.size <= FILE_MAX_BYTES ? blob : null;
}

export type PreparedFile = { ok: true; file: FileToUpload } | { ok: false; message: FileProblem };

const NOT_PHOTO_OR_PDF = { ok: false, message: 'validation.file.notPhotoOrPdf' } as const;

/**
 * A chosen file made ready to keep on the device and upload: checked, a photo scaled down (and
 * then a JPEG, so its name ends in .jpg), a new id, the content as base64. Every feature that
 * takes files (werkmap proof, portfolio attachments, message attachments) goes through here.
 */
export async function prepareUpload(file: File, fallbackName: string): Promise<PreparedFile> {
  const check = checkFile(file);
  if (!check.ok) return check;
  // what the file really is, from its first bytes: an executable or a web page named foto.jpg is refused here
  const head = await headOf(file);
  if (check.kind === 'pdf' ? sniffType(head) !== 'application/pdf' : !isPicture(head)) return NOT_PHOTO_OR_PDF;
  let blob: Blob | null;
  try {
    blob = check.kind === 'photo' ? await preparePhoto(file) : file;
  } catch {
    // the browser could not read it as a picture (a damaged file, or a kind it does not know)
    return { ok: false, message: 'validation.file.type' };
  }
  if (!blob) return { ok: false, message: (FILE_TYPES as readonly string[]).includes(file.type) ? 'validation.file.tooBig' : 'validation.file.type' };
  const type = (check.kind === 'pdf' ? 'application/pdf' : blob.type || file.type) as FileType;
  if (!(FILE_TYPES as readonly string[]).includes(type)) return { ok: false, message: 'validation.file.type' };
  // the server refuses content that is not what its type says: never queue such a file
  if (!contentMatchesType(type, await headOf(blob))) return NOT_PHOTO_OR_PDF;
  const name = check.kind === 'photo' && type === 'image/jpeg' && !/\.jpe?g$/i.test(file.name) ? `${file.name.replace(/\.[^.]+$/, '')}.jpg` : file.name;
  return { ok: true, file: { fileId: newId(), name: (name || fallbackName).slice(0, 200), type, size: blob.size, data: await toBase64(blob) } };
}

async function headOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.slice(0, SNIFF_BYTES).arrayBuffer());
}

export async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Chunk boundaries keep whole base64 quads. */
export function chunksOf(data: string, size = FILE_CHUNK_CHARS): string[] {
  const out: string[] = [];
  for (let i = 0; i < data.length; i += size) out.push(data.slice(i, i + size));
  return out.length ? out : [''];
}
