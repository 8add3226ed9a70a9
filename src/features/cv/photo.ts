import { drawPhoto, PHOTO_MAX_INPUT_BYTES } from '#src/shared/files/files.ts';
import { LIMITS } from './schemas.ts';

/** The longest side of the CV's photo. */
const SIDE = 480;

export type PhotoResult = { ok: true; dataUrl: string } | { ok: false; message: 'validation.cv.photo.type' | 'validation.cv.photo.tooBig' | 'validation.cv.photo.invalid' };

/**
 * A passport-like photo for the CV: a JPEG, longest side 480 px, as a data URL kept in the
 * profile. Scaled like every photo (`drawPhoto` in shared/files), with the same input limit
 * (`PHOTO_MAX_INPUT_BYTES`, 40 MiB); the result must fit `LIMITS.photo`.
 */
export async function preparePhoto(file: File): Promise<PhotoResult> {
  if (!/^image\/(jpeg|png|webp)$/.test(file.type)) return { ok: false, message: 'validation.cv.photo.type' };
  if (file.size > PHOTO_MAX_INPUT_BYTES) return { ok: false, message: 'validation.cv.photo.tooBig' };
  try {
    const dataUrl = (await drawPhoto(file, SIDE)).toDataURL('image/jpeg', 0.82);
    if (!dataUrl.startsWith('data:image/jpeg')) return { ok: false, message: 'validation.cv.photo.invalid' };
    if (dataUrl.length > LIMITS.photo) return { ok: false, message: 'validation.cv.photo.tooBig' };
    return { ok: true, dataUrl };
  } catch {
    return { ok: false, message: 'validation.cv.photo.invalid' };
  }
}
