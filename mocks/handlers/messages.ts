import {
  absenceInputSchema,
  absenceSchema,
  appointmentAnswerInputSchema,
  conversationSchema,
  markReadInputSchema,
  messageInputSchema,
  messageSchema,
  unreadSchema,
  type Message,
} from '#src/features/messages/schemas.ts';
import { newMessage, sideOf, unreadCount, type Side } from '#src/features/messages/rules.ts';
import { fileChunkInputSchema, fileUploadInputSchema, fileUploadStatusSchema } from '#src/shared/files/schemas.ts';
import { db, saveDb, type ClientRecord, type FileUploadRecord } from '../db.ts';
import { now, nowIso } from '../clock.ts';
import { withIdempotency } from '../idempotency.ts';
import { chunkIndexParam, receiveChunk, registerFileReadRule, startUpload, uploadStatus } from '../uploads.ts';
import { authenticate, forbidden, json, logApplied, noContent, parseBody, problem, route, validationProblem, validId, type Actor, type Operation } from '../http.ts';
import { CHUNK_BODY_MAX_BYTES } from '../limits.ts';

/**
 * Messages between a client and their e-coach, with appointment invitations as a kind of
 * message. Who may take part in a client's conversation:
 * - the client themself;
 * - the client's coach;
 * - while that coach is away (an `absences` record covering now), the colleague named in it;
 * - helpers not (yet): acting for a client needs the machtiging context another feature builds.
 * Messages are created with ids made on the device (`PUT`, idempotent by id: 201, then 200).
 */

/** Whether `coachId` is away now, and who covers. */
export function coverOf(coachId: string): string | null {
  const absence = db.absences.get(coachId);
  if (!absence) return null;
  const at = now().getTime();
  return Date.parse(absence.startsAt) <= at && at < Date.parse(absence.endsAt) ? absence.coveredBy : null;
}

/** May this coach read and answer this client's messages (own client, or covering for an away colleague)? */
export function coachMayMessage(coachId: string, client: ClientRecord): boolean {
  if (!client.coachId) return false;
  return client.coachId === coachId || coverOf(client.coachId) === coachId;
}

/** The client and the reader's side, or a 403 (the same for every refusal). */
export function authoriseConversation(actor: Actor, clientId: string): { client: ClientRecord; side: Side } {
  const client = db.clients.get(clientId);
  if (!client) throw forbidden();
  const { user } = actor;
  if (user.role === 'client' && user.clientId === clientId) return { client, side: 'client' };
  if (user.role === 'coach' && coachMayMessage(user.id, client)) return { client, side: 'coach' };
  throw forbidden();
}

// The conversation's rule is the whole check: the covering colleague reads attachments too.
registerFileReadRule(
  'message',
  (actor, upload) => {
    try {
      authoriseConversation(actor, upload.clientId);
      return true;
    } catch {
      return false;
    }
  },
  { whole: true },
);

function messagesOf(clientId: string): Message[] {
  return db.messages
    .list()
    .filter((m) => m.clientId === clientId)
    .sort((a, b) => a.sentAt.localeCompare(b.sentAt) || a.id.localeCompare(b.id));
}

function ownMessage(actor: Actor, clientId: string, messageId: string): Message {
  const message = db.messages.get(messageId);
  if (!message || message.clientId !== clientId) throw problem(404, { code: 'not-found' });
  if (message.senderId !== actor.user.id) throw forbidden();
  return message;
}

/** All chunks are in: the attachment shows on its message (once). */
function putAttachmentOnMessage(request: Request, actor: Actor, upload: FileUploadRecord): void {
  const message = db.messages.get(upload.owner.slice('message:'.length));
  if (!message) throw problem(404, { code: 'not-found' });
  if (message.attachments.some((a) => a.id === upload.id)) return;
  if (message.attachments.length >= 5) throw validationProblem({ _form: ['validation.message.tooManyFiles'] });
  db.messages.put({ ...message, attachments: [...message.attachments, { id: upload.id, name: upload.name, mediaType: upload.type, size: upload.size }] });
  logApplied(request, actor, `attachment:${upload.id}`);
}

const attachmentStatusSchema = fileUploadStatusSchema;

export const handlers = [
  route('GET', '/clients/:clientId/messages', ({ request, params }) => {
    const actor = authenticate(request);
    const { client, side } = authoriseConversation(actor, params.clientId ?? '');
    // fetched by the reader's app: the other side's messages are delivered (afgeleverd)
    const at = nowIso();
    let changed = false;
    for (const message of messagesOf(client.id)) {
      if (sideOf(message.senderRole) !== side && message.deliveredAt === null) {
        db.messages.put({ ...message, deliveredAt: at });
        changed = true;
      }
    }
    if (changed) saveDb();
    const messages = messagesOf(client.id);
    const coach = client.coachId ? db.users.get(client.coachId) : undefined;
    return json(conversationSchema.parse({ clientId: client.id, clientName: client.name, coachName: coach?.name ?? null, messages, unread: unreadCount(messages, side) }));
  }),

  route('PUT', '/clients/:clientId/messages/:messageId', async ({ request, params }) => {
    const actor = authenticate(request);
    const { client, side } = authoriseConversation(actor, params.clientId ?? '');
    const id = validId(params.messageId);
    const input = await parseBody(request, messageInputSchema);
    const existing = db.messages.get(id);
    if (existing) {
      if (existing.clientId !== client.id || existing.senderId !== actor.user.id) throw problem(409, { code: 'message-id-reused' });
      return json(messageSchema.parse(existing), { status: 200 });
    }
    if (input.kind === 'appointment' && side !== 'coach') throw forbidden();
    const at = nowIso();
    const saved = db.messages.put(
      newMessage(input, {
        id,
        clientId: client.id,
        senderId: actor.user.id,
        senderRole: side, // authoriseConversation: only the client or a coach
        senderName: actor.user.name,
        onBehalfOf: side === 'coach' && client.coachId !== actor.user.id ? client.coachId : null,
        sentAt: at,
      }),
    );
    logApplied(request, actor, `message:${id}`);
    return json(messageSchema.parse(saved), { status: 201 });
  }),

  route('PUT', '/clients/:clientId/messages/:messageId/attachments/:fileId', async ({ request, params }) => {
    const actor = authenticate(request);
    const { client } = authoriseConversation(actor, params.clientId ?? '');
    const message = ownMessage(actor, client.id, validId(params.messageId));
    const { upload, created } = await startUpload(request, client.id, params.fileId, `message:${message.id}`);
    return json(uploadStatus(upload), { status: created ? 201 : 200 });
  }),

  route('PUT', '/clients/:clientId/messages/:messageId/attachments/:fileId/chunks/:index', async ({ request, params }) => {
    const actor = authenticate(request);
    const { client } = authoriseConversation(actor, params.clientId ?? '');
    const message = ownMessage(actor, client.id, validId(params.messageId));
    const upload = await receiveChunk(request, client.id, params.fileId, params.index, `message:${message.id}`, (done) => putAttachmentOnMessage(request, actor, done));
    return json(uploadStatus(upload));
  }),

  route('POST', '/clients/:clientId/messages/read', async ({ request, params }) => {
    const actor = authenticate(request);
    const { client, side } = authoriseConversation(actor, params.clientId ?? '');
    const { upTo } = await parseBody(request, markReadInputSchema);
    const at = nowIso();
    let count = 0;
    for (const message of messagesOf(client.id)) {
      if (sideOf(message.senderRole) === side || message.readAt !== null || message.sentAt > upTo) continue;
      db.messages.put({ ...message, deliveredAt: message.deliveredAt ?? at, readAt: at });
      count += 1;
    }
    if (count > 0) logApplied(request, actor, `messages-read:${client.id}`, { method: 'POST' });
    return json(unreadSchema.parse({ total: unreadCount(messagesOf(client.id), side), byClient: { [client.id]: unreadCount(messagesOf(client.id), side) } }));
  }),

  route('PUT', '/clients/:clientId/messages/:messageId/answer', async ({ request, params }) => {
    const actor = authenticate(request);
    const { client, side } = authoriseConversation(actor, params.clientId ?? '');
    if (side !== 'client') throw forbidden();
    const id = validId(params.messageId);
    return withIdempotency(request, actor, async () => {
      const input = await parseBody(request, appointmentAnswerInputSchema);
      const message = db.messages.get(id);
      if (!message || message.clientId !== client.id || !message.appointment) throw problem(404, { code: 'not-found' });
      const current = message.appointment.answer;
      const reason = input.answer === 'coming' ? input.reason.trim() : input.reason.trim();
      if (current && current.answer === input.answer && current.reason === reason) return json(messageSchema.parse(message));
      const saved = db.messages.put({ ...message, appointment: { ...message.appointment, answer: { answer: input.answer, reason, at: nowIso() } } });
      logApplied(request, actor, `answer:${id}`);
      return json(messageSchema.parse(saved));
    });
  }),

  route('GET', '/me/unread', ({ request }) => {
    const actor = authenticate(request);
    const { user } = actor;
    const byClient: Record<string, number> = {};
    if (user.role === 'client' && user.clientId) {
      byClient[user.clientId] = unreadCount(messagesOf(user.clientId), 'client');
    } else if (user.role === 'coach') {
      const unread = new Map<string, number>();
      for (const message of db.messages.list()) {
        if (message.readAt !== null || sideOf(message.senderRole) === 'coach') continue;
        unread.set(message.clientId, (unread.get(message.clientId) ?? 0) + 1);
      }
      for (const [clientId, count] of unread) {
        const client = db.clients.get(clientId);
        if (client && coachMayMessage(user.id, client)) byClient[clientId] = count;
      }
    } else {
      throw forbidden();
    }
    return json(unreadSchema.parse({ total: Object.values(byClient).reduce((a, b) => a + b, 0), byClient }));
  }),

  route('PUT', '/coaches/:coachId/absence', async ({ request, params }) => {
    const actor = authenticate(request);
    if (actor.user.role !== 'coach' || actor.user.id !== params.coachId) throw forbidden();
    const input = await parseBody(request, absenceInputSchema);
    const colleague = db.users.get(input.coveredBy);
    if (!colleague || colleague.role !== 'coach' || colleague.id === actor.user.id) throw validationProblem({ coveredBy: ['validation.invalid'] });
    if (input.endsAt <= input.startsAt) throw validationProblem({ endsAt: ['validation.invalid'] });
    const saved = db.absences.put({ coachId: actor.user.id, ...input });
    logApplied(request, actor, `absence:${actor.user.id}`);
    return json(absenceSchema.parse(saved));
  }),

  route('DELETE', '/coaches/:coachId/absence', ({ request, params }) => {
    const actor = authenticate(request);
    if (actor.user.role !== 'coach' || actor.user.id !== params.coachId) throw forbidden();
    if (db.absences.delete(actor.user.id)) logApplied(request, actor, `absence:${actor.user.id}`, { method: 'DELETE' });
    return noContent();
  }),
];

export const operations: Operation[] = [
  {
    operationId: 'getConversation',
    method: 'GET',
    path: '/clients/{clientId}/messages',
    summary: 'The conversation with the coach',
    description:
      "A client's conversation with their coach, oldest first, with the reader's unread count. Fetching it marks the other side's messages delivered (afgeleverd). For the client, their coach, or the colleague covering while the coach is away; not for helpers.",
    tag: 'messages',
    auth: true,
    response: { name: 'Conversation', schema: conversationSchema },
    responses: [200, 401, 403],
  },
  {
    operationId: 'putMessage',
    method: 'PUT',
    path: '/clients/{clientId}/messages/{messageId}',
    summary: 'Send a message',
    description:
      'Sends a message (text, an optional link, or for the coach side an appointment invitation) with an id made on the device. Idempotent by id: 201 the first time, 200 with the stored message after; 409 message-id-reused when the id is used by someone else. A client sending an invitation gets 403. For the client, their coach, or the colleague covering.',
    tag: 'messages',
    auth: true,
    request: { name: 'MessageInput', schema: messageInputSchema },
    response: { name: 'Message', schema: messageSchema },
    responses: [200, 201, 400, 401, 403, 409, 422],
  },
  {
    operationId: 'putMessageAttachment',
    method: 'PUT',
    path: '/clients/{clientId}/messages/{messageId}/attachments/{fileId}',
    summary: 'Start or resume an attachment upload',
    description:
      "Starts (201) or resumes (200) a chunked upload of an attachment on the sender's own message (JPEG, PNG, WebP or PDF; at most 8 MiB; at most five per message). 404 for an unknown message; 403 for someone else's; 409 file-id-reused for an id in use with another size.",
    tag: 'messages',
    auth: true,
    request: { name: 'FileUploadInput', schema: fileUploadInputSchema },
    response: { name: 'FileUploadStatus', schema: attachmentStatusSchema },
    responses: [200, 201, 400, 401, 403, 404, 409, 422],
  },
  {
    operationId: 'putMessageAttachmentChunk',
    method: 'PUT',
    path: '/clients/{clientId}/messages/{messageId}/attachments/{fileId}/chunks/{index}',
    summary: 'Send one chunk of an attachment',
    description:
      'One chunk (base64) of an attachment, by its index. Sending it again is harmless when the bytes are the same; other bytes get 409 chunk-mismatch. The file must be what its type says (magic bytes; else 422 file-content-mismatch). With the last chunk the size is checked (422 validation.file.broken) and the attachment shows on the message. 400 invalid-chunk for an index outside the upload.',
    tag: 'messages',
    auth: true,
    params: { index: chunkIndexParam },
    request: { name: 'FileChunkInput', schema: fileChunkInputSchema },
    maxBodyBytes: CHUNK_BODY_MAX_BYTES,
    response: { name: 'FileUploadStatus', schema: attachmentStatusSchema },
    responses: [200, 400, 401, 403, 404, 409, 422],
  },
  {
    operationId: 'markMessagesRead',
    method: 'POST',
    path: '/clients/{clientId}/messages/read',
    summary: 'Mark messages read',
    description:
      "Marks the other side's messages sent up to `upTo` as read (gelezen, and delivered if they were not yet). Answers the reader's unread count. Repeating it changes nothing.",
    tag: 'messages',
    auth: true,
    request: { name: 'MarkReadInput', schema: markReadInputSchema },
    response: { name: 'Unread', schema: unreadSchema },
    responses: [200, 400, 401, 403, 422],
  },
  {
    operationId: 'answerAppointment',
    method: 'PUT',
    path: '/clients/{clientId}/messages/{messageId}/answer',
    summary: 'Answer an invitation',
    description:
      'The client answers an appointment invitation: coming, or another moment needed (with a reason). The same answer again changes nothing; another answer replaces it. 404 when the message is not an invitation of this conversation. Only the client; honours `Idempotency-Key`.',
    tag: 'messages',
    auth: true,
    request: { name: 'AppointmentAnswerInput', schema: appointmentAnswerInputSchema },
    response: { name: 'Message', schema: messageSchema },
    responses: [200, 400, 401, 403, 404, 409, 422],
    headers: ['Idempotency-Key'],
    responseHeaders: ['Idempotent-Replayed'],
  },
  {
    operationId: 'getUnread',
    method: 'GET',
    path: '/me/unread',
    summary: 'Unread messages',
    description:
      "Unread messages for the signed-in client (their conversation) or coach (per client they may answer, including an away colleague's clients), with the total. 403 for helpers.",
    tag: 'messages',
    auth: true,
    response: { name: 'Unread', schema: unreadSchema },
    responses: [200, 401, 403],
  },
  {
    operationId: 'putAbsence',
    method: 'PUT',
    path: '/coaches/{coachId}/absence',
    summary: "Set a coach's time away",
    description:
      "A coach's time away and the colleague who answers their clients' messages meanwhile. Only the coach themself; 422 when the colleague is not another coach or the end is not after the start.",
    tag: 'messages',
    auth: true,
    request: { name: 'AbsenceInput', schema: absenceInputSchema },
    response: { name: 'Absence', schema: absenceSchema },
    responses: [200, 400, 401, 403, 422],
  },
  {
    operationId: 'deleteAbsence',
    method: 'DELETE',
    path: '/coaches/{coachId}/absence',
    summary: "End a coach's time away",
    description:
      'Ends the time away now (204, also when there was none). Only the coach themself.',
    tag: 'messages',
    auth: true,
    responses: [204, 401, 403],
  },
];
