import { queryClient } from '#src/shared/api/query-client.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { sendChunkedUpload, type FileToUpload } from '#src/shared/files/upload.ts';
import { uploadStatusSchema } from '../schemas.ts';
import { itemLane, portfolioKeys } from './keys.ts';

export const PORTFOLIO_FILE = 'portfolio.file';

/** The file (base64) stays in the outbox record on the device until the server has all of it. */
export type UploadFilePayload = FileToUpload & { itemId: string };

/** An attachment, in the item's lane (after its create), with the shared chunked file protocol. */
export const uploadFileKind = defineOutboxKind<UploadFilePayload, { id: string; complete: boolean }>({
  kind: PORTFOLIO_FILE,
  schemaVersion: 1,
  send(record, { signal }) {
    const { itemId, ...file } = record.payload;
    return sendChunkedUpload({
      path: `/portfolio/items/${encodeURIComponent(itemId)}/files/${encodeURIComponent(file.fileId)}`,
      file,
      recordId: record.id,
      schema: uploadStatusSchema,
      signal,
    });
  },
  invalidates: () => [portfolioKeys.items()],
  onDiscarded() {
    void queryClient.invalidateQueries({ queryKey: portfolioKeys.items() });
  },
});

/** A file added to a portfolio item, in the item's lane. */
export function useUploadFile() {
  return useOutboxWrite(uploadFileKind, (payload) => itemLane(payload.itemId));
}
