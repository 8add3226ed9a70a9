import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { useCallback } from 'react';
import type { FileToUpload } from '#src/shared/files/upload.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { messageSchema, type Conversation, type Message, type MessageInput } from '../schemas.ts';
import { messageKeys, messageLane, newId } from './keys.ts';
import { uploadAttachmentKind } from './upload-attachment.ts';

export const MESSAGE_SEND = 'message.send';

export type SendMessagePayload = { clientId: string; messageId: string; input: MessageInput; senderName: string; senderRole: Message['senderRole'] };

/** Puts one message into the cached conversation (replacing it, or adding it at the end). */
export function mergeMessage(conversation: Conversation | undefined, message: Message): Conversation | undefined {
  if (!conversation) return conversation;
  const others = conversation.messages.filter((m) => m.id !== message.id);
  return { ...conversation, messages: [...others, message].sort((a, b) => a.sentAt.localeCompare(b.sentAt)) };
}

/** Sending a message: `PUT` with the id made on the device (idempotent by id on the server). */
export const sendMessageKind = defineOutboxKind<SendMessagePayload, Message>({
  kind: MESSAGE_SEND,
  schemaVersion: 1,
  async send(record, { signal }) {
    const { clientId, messageId, input } = record.payload;
    const { data } = await apiRequest({
      method: 'PUT',
      path: `/clients/${encodeURIComponent(clientId)}/messages/${encodeURIComponent(messageId)}`,
      body: input,
      schema: messageSchema,
      idempotencyKey: record.id,
      signal,
    });
    return { data };
  },
  onSent(record, result) {
    queryClient.setQueryData<Conversation>(messageKeys.conversation(record.payload.clientId), (c) => mergeMessage(c, result.data));
  },
  onDiscarded(record) {
    void queryClient.invalidateQueries({ queryKey: messageKeys.conversation(record.payload.clientId) });
  },
});

/**
 * Sends a message with its attachments: the message, then each file, in the message's lane.
 * `send` resolves true once all are saved on the device; false when not (see `error`).
 */
export function useSendMessage(clientId: string, sender: { name: string; role: Message['senderRole'] }) {
  const message = useOutboxWrite(sendMessageKind, (payload) => messageLane(payload.messageId));
  const attachment = useOutboxWrite(uploadAttachmentKind, (payload) => messageLane(payload.messageId));
  const { write: writeMessage, clearError: clearMessageError } = message;
  const { write: writeAttachment, clearError: clearAttachmentError } = attachment;
  const send = useCallback(
    async (input: MessageInput, files: readonly FileToUpload[]): Promise<boolean> => {
      clearMessageError();
      clearAttachmentError();
      const messageId = newId();
      if (!(await writeMessage({ payload: { clientId, messageId, input, senderName: sender.name, senderRole: sender.role } }))) return false;
      for (const file of files) {
        if (!(await writeAttachment({ payload: { ...file, clientId, messageId } }))) return false;
      }
      return true;
    },
    [clientId, sender.name, sender.role, writeMessage, writeAttachment, clearMessageError, clearAttachmentError],
  );
  return { send, saving: message.saving || attachment.saving, error: message.error ?? attachment.error };
}
