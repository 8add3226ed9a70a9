import { useCallback } from 'react';
import type { FileToUpload } from '#src/shared/files/upload.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { useWriteForMany } from '#src/shared/offline/write-for-many.ts';
import { messageSchema, type Conversation, type Message, type MessageInput } from '../schemas.ts';
import { messageKeys, messageLane, newId } from './keys.ts';
import { uploadAttachmentKind } from './upload-attachment.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';
import { apiPath } from '#src/shared/api/path.ts';

export const MESSAGE_SEND = 'message.send';

export type SendMessagePayload = { clientId: string; messageId: string; input: MessageInput; senderName: string; senderRole: Message['senderRole'] };

/** Puts one message into the cached conversation (replacing it, or adding it at the end). */
export function mergeMessage(conversation: Conversation | undefined, message: Message): Conversation | undefined {
  if (!conversation) return conversation;
  const others = conversation.messages.filter((m) => m.id !== message.id);
  return { ...conversation, messages: [...others, message].sort((a, b) => a.sentAt.localeCompare(b.sentAt)) };
}

/** Sending a message: `PUT` with the id made on the device (idempotent by id on the server). */
export const sendMessageKind = defineRequestKind<SendMessagePayload, Message, Conversation>({
  kind: MESSAGE_SEND,
  schemaVersion: 1,
  request: ({ clientId, messageId, input }) => ({ path: apiPath`/clients/${clientId}/messages/${messageId}`, body: input, schema: messageSchema }),
  query: ({ clientId }) => messageKeys.conversation(clientId),
  merge: mergeMessage,
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

/**
 * One text to several clients (the coach's caseload): one record per client, each with its own
 * message id, saved on the device and sent at once (`useWriteForMany` with `confirm`); each client
 * gets it once, also when the coach tries again after a save that stopped part-way or that the
 * server did not take for some (the same records again: the same Idempotency-Key; a changed text
 * takes the place of what waited for those, see `useWriteForMany`). Resolves with
 * the clients it was saved for, those it was not saved for (a full disk: see `error`) and those
 * the server did not take.
 */
export function useSendToMany(sender: { name: string; role: Message['senderRole'] }) {
  const { write, replace, saving, error, clearError } = useOutboxWrite(sendMessageKind, (payload) => messageLane(payload.messageId));
  const { writeForMany, missing, failed } = useWriteForMany({ write, replace }, { confirm: true });
  const sendToMany = useCallback(
    (clientIds: readonly string[], body: string) => {
      clearError();
      return writeForMany(clientIds, body, (clientId, messageId, writtenAt) => ({
        payload: { clientId, messageId, input: { kind: 'text', body, link: null, appointment: null, writtenAt, attachmentCount: 0 }, senderName: sender.name, senderRole: sender.role },
      }));
    },
    [writeForMany, clearError, sender.name, sender.role],
  );
  return { sendToMany, missing, failed, saving, error };
}
