import { useMemo } from 'react';
import { useOutboxSnapshot } from '#src/shared/offline/react.ts';
import type { OutboxRecord } from '#src/shared/offline/types.ts';
import { useConversation } from './api/get-conversation.ts';
import { MESSAGE_SEND, type SendMessagePayload } from './api/send-message.ts';
import { MESSAGE_ATTACHMENT, type UploadAttachmentPayload } from './api/upload-attachment.ts';
import { MESSAGE_ANSWER, type AnswerPayload } from './api/answer-appointment.ts';
import { deliveryState, newMessage } from './rules.ts';
import type { AppointmentAnswerInput, Message } from './schemas.ts';
import { needsAttention } from '#src/shared/offline/sync-state.ts';

/**
 * What a message shows about its journey: the server's states for sent ones, and for the
 * ones still on this device whether they wait for a connection or could not be sent.
 */
export type MessageState = 'sent' | 'delivered' | 'read' | 'onDevice' | 'waiting' | 'problem';

export type MessageView = Message & {
  state: MessageState;
  /** Attachments still on this device (names only). */
  pendingFiles: string[];
  /** An answer to this invitation not sent yet. */
  pendingAnswer: AppointmentAnswerInput | null;
  /** Outbox records of this message that the server refused. */
  problemRecords: OutboxRecord[];
};

/** The server's conversation with this device's unsent messages, attachments and answers laid over it. */
export function overlayConversation(messages: readonly Message[], records: readonly OutboxRecord[], clientId: string, online: boolean, now: string): MessageView[] {
  const sends = new Map<string, OutboxRecord<SendMessagePayload>>();
  const files = new Map<string, OutboxRecord<UploadAttachmentPayload>[]>();
  const answers = new Map<string, OutboxRecord<AnswerPayload>>();
  for (const record of records) {
    const payload = record.payload as { clientId?: string; messageId?: string };
    if (payload.clientId !== clientId || !payload.messageId) continue;
    if (record.kind === MESSAGE_SEND) sends.set(payload.messageId, record as OutboxRecord<SendMessagePayload>);
    else if (record.kind === MESSAGE_ATTACHMENT) files.set(payload.messageId, [...(files.get(payload.messageId) ?? []), record as OutboxRecord<UploadAttachmentPayload>]);
    else if (record.kind === MESSAGE_ANSWER) answers.set(payload.messageId, record as OutboxRecord<AnswerPayload>);
  }
  const view = (message: Message, sendRecord?: OutboxRecord): MessageView => {
    const fileRecords = files.get(message.id) ?? [];
    const answer = answers.get(message.id);
    const ownRecords = [sendRecord, ...fileRecords, answer].filter((r): r is OutboxRecord => r !== undefined);
    const problems = ownRecords.filter(needsAttention);
    const state: MessageState = sendRecord ? (problems.length > 0 ? 'problem' : online ? 'onDevice' : 'waiting') : deliveryState(message);
    return {
      ...message,
      state,
      pendingFiles: fileRecords.map((r) => r.payload.name),
      pendingAnswer: answer?.payload.input ?? null,
      problemRecords: problems,
    };
  };
  const out = messages.map((m) => view(m));
  const known = new Set(messages.map((m) => m.id));
  for (const [id, record] of sends) {
    if (known.has(id)) continue;
    const { input, senderName, senderRole } = record.payload;
    out.push(
      view(
        newMessage(input, {
          id,
          clientId,
          senderId: record.ownerId,
          senderRole,
          senderName,
          onBehalfOf: null,
          // not sent yet: shown at the end, in the order written
          sentAt: input.writtenAt > now ? input.writtenAt : now,
        }),
        record,
      ),
    );
  }
  return out;
}

export function useConversationView(clientId: string, online: boolean) {
  const query = useConversation(clientId);
  const { records } = useOutboxSnapshot();
  const messages = useMemo(
    () => overlayConversation(query.data?.messages ?? [], records, clientId, online, new Date().toISOString()),
    [query.data, records, clientId, online],
  );
  return { query, clientId, messages };
}
