import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { messageSchema, type Conversation, type Message, type MessageInput } from '../schemas.ts';
import { messageKeys } from './keys.ts';

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
