import { LIMITS } from './schemas.ts';

/** Photos larger than this are refused before they are read. */
export const PHOTO_MAX_INPUT_BYTES = 10 * 1024 * 1024;
const SIDE = 480;

export type PhotoResult = { ok: true; dataUrl: string } | { ok: false; message: 'validation.cv.photo.type' | 'validation.cv.photo.tooBig' | 'validation.cv.photo.invalid' };

/** A passport-like photo for the CV: a JPEG, longest side 480 px, as a data URL kept in the profile. */
export async function preparePhoto(file: File): Promise<PhotoResult> {
  if (!/^image\/(jpeg|png|webp)$/.test(file.type)) return { ok: false, message: 'validation.cv.photo.type' };
  if (file.size > PHOTO_MAX_INPUT_BYTES) return { ok: false, message: 'validation.cv.photo.tooBig' };
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const dataUrl = canvas.toDataURL('image/jpeg', 0.82);
    if (!dataUrl.startsWith('data:image/jpeg')) return { ok: false, message: 'validation.cv.photo.invalid' };
    if (dataUrl.length > LIMITS.photo) return { ok: false, message: 'validation.cv.photo.tooBig' };
    return { ok: true, dataUrl };
  } catch {
    return { ok: false, message: 'validation.cv.photo.invalid' };
  }
}
