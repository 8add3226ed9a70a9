import { describe, expect, it } from 'vitest';
import type { OutboxRecord, OutboxStatus } from '#src/shared/offline/types.ts';
import { MESSAGE_ANSWER, type AnswerPayload } from './api/answer-appointment.ts';
import { MESSAGE_SEND, type SendMessagePayload } from './api/send-message.ts';
import { MESSAGE_ATTACHMENT, type UploadAttachmentPayload } from './api/upload-attachment.ts';
import type { Message } from './schemas.ts';
import { overlayConversation } from './use-conversation-view.ts';

const NOW = '2026-03-10T12:00:00.000Z';

const message = (id: string, extra: Partial<Message> = {}): Message =>
  ({
    id,
    clientId: 'client-anna',
    senderId: 'coach-marieke',
    senderRole: 'coach',
    senderName: 'Marieke Bakker',
    onBehalfOf: null,
    kind: 'text',
    body: `Bericht ${id}`,
    attachments: [],
    link: null,
    appointment: null,
    writtenAt: '2026-03-01T10:00:00.000Z',
    sentAt: '2026-03-01T10:00:00.000Z',
    deliveredAt: null,
    readAt: null,
    ...extra,
  }) as Message;

let seq = 0;
function record<P>(kind: string, payload: P, status: OutboxStatus = 'pending'): OutboxRecord<P> {
  seq++;
  return { seq, id: `r${seq}`, ownerId: 'client-anna', lane: 'message:x', kind, schemaVersion: 1, payload, createdAt: NOW, attempts: 0, nextAttemptAt: 0, status };
}
const send = (messageId: string, body: string, writtenAt: string, status?: OutboxStatus, clientId = 'client-anna') =>
  record<SendMessagePayload>(
    MESSAGE_SEND,
    { clientId, messageId, input: { kind: 'text', body, link: null, appointment: null, writtenAt }, senderName: 'Anna de Vries', senderRole: 'client' } as unknown as SendMessagePayload,
    status,
  );
const file = (messageId: string, name: string, status?: OutboxStatus) =>
  record<UploadAttachmentPayload>(MESSAGE_ATTACHMENT, { clientId: 'client-anna', messageId, name } as UploadAttachmentPayload, status);

describe('overlayConversation: unsent messages, attachments and answers over the conversation', () => {
  it("shows the server's delivery states when nothing waits", () => {
    const view = overlayConversation([message('m1', { readAt: NOW, deliveredAt: NOW }), message('m2', { deliveredAt: NOW }), message('m3')], [], 'client-anna', true, NOW);
    expect(view.map((m) => [m.id, m.state, m.pendingFiles, m.pendingAnswer])).toEqual([
      ['m1', 'read', [], null],
      ['m2', 'delivered', [], null],
      ['m3', 'sent', [], null],
    ]);
  });

  it('adds a message still on this device at the end, from its sender, "on the device" online and "waiting" offline', () => {
    const records = [send('new-1', 'Hallo', '2026-03-10T11:00:00.000Z'), file('new-1', 'cv.pdf')];
    const online = overlayConversation([message('m1')], records, 'client-anna', true, NOW);
    expect(online.map((m) => m.id)).toEqual(['m1', 'new-1']);
    expect(online[1]).toMatchObject({ body: 'Hallo', senderName: 'Anna de Vries', senderRole: 'client', senderId: 'client-anna', state: 'onDevice', pendingFiles: ['cv.pdf'], sentAt: NOW });
    expect(overlayConversation([message('m1')], records, 'client-anna', false, NOW)[1]?.state).toBe('waiting');
  });

  it('says "problem" when the message or one of its files was refused, and lists those records', () => {
    const refused = file('new-1', 'foto.exe', 'rejected');
    const [shown] = overlayConversation([], [send('new-1', 'Hallo', NOW), refused], 'client-anna', true, NOW);
    expect(shown).toMatchObject({ state: 'problem', problemRecords: [refused] });
  });

  it('shows an unsent answer on its invitation, and ignores records of another client', () => {
    const invitation = message('inv-1', { kind: 'appointment' });
    const answer = record<AnswerPayload>(MESSAGE_ANSWER, { clientId: 'client-anna', messageId: 'inv-1', input: { answer: 'coming', reason: '' } });
    const view = overlayConversation([invitation], [answer, send('other-1', 'Niet van Anna', NOW, 'pending', 'client-henk')], 'client-anna', true, NOW);
    expect(view.map((m) => m.id)).toEqual(['inv-1']);
    // an answer alone does not make the invitation "on the device": it was sent by the coach
    expect(view[0]).toMatchObject({ pendingAnswer: { answer: 'coming', reason: '' }, state: 'sent' });
  });
});
