import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { sendChunkedUpload, type FileToUpload } from '#src/shared/files/upload.ts';
import { fileUploadStatusSchema, type FileUploadStatus } from '#src/shared/files/schemas.ts';
import { messageKeys } from './keys.ts';

export const MESSAGE_ATTACHMENT = 'message.attachment';

export type UploadAttachmentPayload = FileToUpload & { clientId: string; messageId: string };

/** An attachment, in its message's lane (after the message), with the shared chunked file protocol. */
export const uploadAttachmentKind = defineOutboxKind<UploadAttachmentPayload, FileUploadStatus>({
  kind: MESSAGE_ATTACHMENT,
  schemaVersion: 1,
  send(record, { signal }) {
    const { clientId, messageId, ...file } = record.payload;
    return sendChunkedUpload({
      path: `/clients/${encodeURIComponent(clientId)}/messages/${encodeURIComponent(messageId)}/attachments/${encodeURIComponent(file.fileId)}`,
      file,
      recordId: record.id,
      schema: fileUploadStatusSchema,
      signal,
    });
  },
  invalidates: (record) => [messageKeys.conversation(record.payload.clientId)],
});
