import { z } from 'zod';
import { idSchema } from '#src/shared/lib/domain.ts';
import { FILE_MAX_BYTES } from './limits.ts';

/**
 * Files a client adds (proof with an activity, an attachment with a message, a portfolio
 * item's product): photos (scaled down on the device first) and PDFs, uploaded in chunks
 * through the outbox so a broken upload resumes. One protocol for every feature:
 * `PUT <owner path>/files/{fileId}` starts or resumes, `PUT …/chunks/{index}` sends a chunk,
 * and `GET /clients/{clientId}/files/{fileId}` returns the content to whoever may read the owner.
 */
export const FILE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type FileType = (typeof FILE_TYPES)[number];
export const fileTypeSchema = z.enum(FILE_TYPES);
export { FILE_MAX_BYTES } from './limits.ts';
/** Uploads go in chunks of this many base64 characters (192 KiB of data). */
export const FILE_CHUNK_CHARS = 256 * 1024;

/** Starts (or, with the same id, resumes) a chunked upload. */
export const fileUploadInputSchema = z.object({
  name: z.string().trim().min(1).max(200),
  type: z.enum(FILE_TYPES, { error: 'validation.file.type' }),
  size: z.number().int().positive().max(FILE_MAX_BYTES, { error: 'validation.file.tooBig' }),
  chunks: z.number().int().positive().max(Math.ceil((FILE_MAX_BYTES * 4) / 3 / FILE_CHUNK_CHARS) + 1),
});
export type FileUploadInput = z.infer<typeof fileUploadInputSchema>;

export const fileChunkInputSchema = z.object({ data: z.string().min(1).max(FILE_CHUNK_CHARS).regex(/^[A-Za-z0-9+/=]+$/) });

/** Which chunks the server has; `complete` once all arrived and the file was put on its owner. */
export const fileUploadStatusSchema = z.object({
  id: idSchema,
  chunks: z.number().int().positive(),
  received: z.array(z.number().int().nonnegative()),
  complete: z.boolean(),
});
export type FileUploadStatus = z.infer<typeof fileUploadStatusSchema>;
