import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { messageSchema, type AppointmentAnswerInput, type Conversation, type Message } from '../schemas.ts';
import { messageKeys, messageLane } from './keys.ts';
import { mergeMessage } from './send-message.ts';

export const MESSAGE_ANSWER = 'message.answer';

export type AnswerPayload = { clientId: string; messageId: string; input: AppointmentAnswerInput };

/** "Ik kom" / "Ik heb een ander moment nodig": through the outbox, in the invitation's lane. */
export const answerAppointmentKind = defineOutboxKind<AnswerPayload, Message>({
  kind: MESSAGE_ANSWER,
  schemaVersion: 1,
  async send(record, { signal }) {
    const { clientId, messageId, input } = record.payload;
    const { data } = await apiRequest({
      method: 'PUT',
      path: `/clients/${encodeURIComponent(clientId)}/messages/${encodeURIComponent(messageId)}/answer`,
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

/** "Ik kom" / "Ik heb een ander moment nodig" on an invitation. */
export function useAnswerAppointment() {
  return useOutboxWrite(answerAppointmentKind, (payload) => messageLane(payload.messageId));
}
