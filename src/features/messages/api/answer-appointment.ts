import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { messageSchema, type AppointmentAnswerInput, type Conversation, type Message } from '../schemas.ts';
import { messageKeys, messageLane } from './keys.ts';
import { mergeMessage } from './send-message.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';
import { apiPath } from '#src/shared/api/path.ts';

export const MESSAGE_ANSWER = 'message.answer';

export type AnswerPayload = { clientId: string; messageId: string; input: AppointmentAnswerInput };

/** "Ik kom" / "Ik heb een ander moment nodig": through the outbox, in the invitation's lane. */
export const answerAppointmentKind = defineRequestKind<AnswerPayload, Message, Conversation>({
  kind: MESSAGE_ANSWER,
  schemaVersion: 1,
  request: ({ clientId, messageId, input }) => ({ path: apiPath`/clients/${clientId}/messages/${messageId}/answer`, body: input, schema: messageSchema }),
  query: ({ clientId }) => messageKeys.conversation(clientId),
  merge: mergeMessage,
});

/** "Ik kom" / "Ik heb een ander moment nodig" on an invitation. */
export function useAnswerAppointment() {
  return useOutboxWrite(answerAppointmentKind, (payload) => messageLane(payload.messageId));
}
