import type { z } from 'zod';
import { apiRequest } from '#src/shared/api/client.ts';
import { chunksOf } from './files.ts';
import type { FileType, FileUploadStatus } from './schemas.ts';

/** What an outbox record keeps of a file until the server has all of it (base64 on the device). */
export type FileToUpload = { fileId: string; name: string; type: FileType; size: number; data: string };

/**
 * Sends one file with the shared chunked protocol, from an outbox kind's `send`. Resumable:
 * the start call says which chunks the server already has, and only the missing ones are
 * sent, each with an idempotency key made from the outbox record's id and the chunk index.
 * `path` is the file's own path, e.g. `/clients/c1/activities/a1/proofs/{fileId}`.
 */
export async function sendChunkedUpload<S extends z.ZodType<FileUploadStatus>>(options: {
  path: string;
  file: FileToUpload;
  recordId: string;
  schema: S;
  signal?: AbortSignal;
}): Promise<{ data: z.output<S> }> {
  const { path, file, recordId, schema, signal } = options;
  const chunks = chunksOf(file.data);
  let { data: status }: { data: FileUploadStatus } = await apiRequest({
    method: 'PUT',
    path,
    body: { name: file.name, type: file.type, size: file.size, chunks: chunks.length },
    schema,
    signal,
  });
  for (let index = 0; index < chunks.length && !status.complete; index += 1) {
    if (status.received.includes(index)) continue;
    ({ data: status } = await apiRequest({
      method: 'PUT',
      path: `${path}/chunks/${index}`,
      body: { data: chunks[index] },
      schema,
      idempotencyKey: `${recordId}-${index}`,
      signal,
    }));
  }
  return { data: status as z.output<S> };
}

/** The URL path of a stored file's content (for `apiRequest`-style authorised downloads). */
export function filePath(clientId: string, fileId: string): string {
  return `/clients/${encodeURIComponent(clientId)}/files/${encodeURIComponent(fileId)}`;
}
