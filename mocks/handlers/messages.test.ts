import { describe, expect, it } from 'vitest';
import { conversationSchema, messageSchema, unreadSchema, type MessageInput } from '#src/features/messages/schemas.ts';
import { taskListSchema, taskSchema } from '#src/features/tasks/schemas.ts';
import { dateTimeDaysFromNow, nowIso } from '../clock.ts';
import { db, snapshotDb } from '../db.ts';
import { call, signIn } from '../testing.ts';

const ANNA = '/clients/client-anna';
const token = async (persona: string) => (await signIn(persona)).token;
const text = (body: string, extra: Partial<MessageInput> = {}): MessageInput => ({ kind: 'text', body, link: null, appointment: null, writtenAt: nowIso(), attachmentCount: 0, ...extra });

describe('messages', () => {
  it('sends with an id made on the device: 201, then 200 with the stored message, written once', async () => {
    const anna = await token('client-anna');
    const first = await call(`${ANNA}/messages/m-1`, { method: 'PUT', token: anna, body: text('Hallo <b>Marieke</b>') });
    expect(first.status).toBe(201);
    const again = await call(`${ANNA}/messages/m-1`, { method: 'PUT', token: anna, body: text('Hallo <b>Marieke</b>') });
    expect(again.status).toBe(200);
    expect(messageSchema.parse(await again.json()).body).toBe('Hallo <b>Marieke</b>');
    expect(snapshotDb().writeLog.filter((w) => w.resource === 'message:m-1')).toHaveLength(1);
  });

  it('refuses an empty or too long message with field errors', async () => {
    const anna = await token('client-anna');
    const empty = await call(`${ANNA}/messages/m-2`, { method: 'PUT', token: anna, body: text('   ') });
    expect(empty.status).toBe(422);
    expect((await empty.json()).fieldErrors.body).toEqual(['validation.message.empty']);
    const long = await call(`${ANNA}/messages/m-3`, { method: 'PUT', token: anna, body: text('x'.repeat(10_000)) });
    expect((await long.json()).fieldErrors.body).toEqual(['validation.message.tooLong']);
  });

  it('marks delivered on fetch by the other side, read on request, and counts unread', async () => {
    const anna = await token('client-anna');
    const marieke = await token('coach-marieke');
    await call(`${ANNA}/messages/m-4`, { method: 'PUT', token: anna, body: text('Vraag') });
    expect(unreadSchema.parse(await (await call('/me/unread', { token: marieke })).json()).byClient['client-anna']).toBe(1);
    const conversation = conversationSchema.parse(await (await call(`${ANNA}/messages`, { token: marieke })).json());
    expect(conversation.messages.find((m) => m.id === 'm-4')?.deliveredAt).not.toBeNull();
    const read = await call(`${ANNA}/messages/read`, { method: 'POST', token: marieke, body: { upTo: nowIso() } });
    expect(unreadSchema.parse(await read.json()).total).toBe(0);
    expect(db.messages.get('m-4')?.readAt).not.toBeNull();
    // Anna still has the appointment invitation unread
    expect(conversationSchema.parse(await (await call(`${ANNA}/messages`, { token: anna })).json()).unread).toBe(1);
  });

  it('lets only the coach, the covering colleague while she is away, and the client in', async () => {
    const sander = await token('coach-sander');
    const ria = await token('helper-stip-1');
    expect((await call(`${ANNA}/messages`, { token: sander })).status).toBe(403);
    expect((await call(`${ANNA}/messages`, { token: ria })).status).toBe(403);
    expect((await call('/clients/client-henk/messages', { token: await token('client-anna') })).status).toBe(403);
    const marieke = await token('coach-marieke');
    const away = await call('/coaches/coach-marieke/absence', {
      method: 'PUT',
      token: marieke,
      body: { coveredBy: 'coach-sander', startsAt: dateTimeDaysFromNow(-1), endsAt: dateTimeDaysFromNow(2) },
    });
    expect(away.status).toBe(200);
    expect((await call(`${ANNA}/messages`, { token: sander })).status).toBe(200);
    const reply = await call(`${ANNA}/messages/m-5`, { method: 'PUT', token: sander, body: text('Ik neem het over') });
    expect(messageSchema.parse(await reply.json()).onBehalfOf).toBe('coach-marieke');
    await call('/coaches/coach-marieke/absence', { method: 'DELETE', token: marieke });
    expect((await call(`${ANNA}/messages`, { token: sander })).status).toBe(403);
  });

  it('takes an answer to an invitation, with a reason for another moment; only invitations, only the client', async () => {
    const anna = await token('client-anna');
    const noReason = await call(`${ANNA}/messages/msg-anna-4/answer`, { method: 'PUT', token: anna, body: { answer: 'otherTime', reason: ' ' } });
    expect((await noReason.json()).fieldErrors.reason).toEqual(['validation.message.reason.required']);
    const ok = await call(`${ANNA}/messages/msg-anna-4/answer`, { method: 'PUT', token: anna, body: { answer: 'otherTime', reason: 'Dan werk ik' } });
    expect(messageSchema.parse(await ok.json()).appointment?.answer?.answer).toBe('otherTime');
    await call(`${ANNA}/messages/msg-anna-4/answer`, { method: 'PUT', token: anna, body: { answer: 'otherTime', reason: 'Dan werk ik' } });
    expect(snapshotDb().writeLog.filter((w) => w.resource === 'answer:msg-anna-4')).toHaveLength(1);
    expect((await call(`${ANNA}/messages/msg-anna-2/answer`, { method: 'PUT', token: anna, body: { answer: 'coming', reason: '' } })).status).toBe(404);
    const marieke = await token('coach-marieke');
    expect((await call(`${ANNA}/messages/msg-anna-4/answer`, { method: 'PUT', token: marieke, body: { answer: 'coming', reason: '' } })).status).toBe(403);
    // a client cannot send an invitation
    const invite = text('', { kind: 'appointment', appointment: { startsAt: nowIso(), durationMinutes: 30, place: 'Stadhuis', onlineUrl: null } });
    expect((await call(`${ANNA}/messages/m-6`, { method: 'PUT', token: anna, body: invite })).status).toBe(403);
  });
});

describe('message attachments', () => {
  it('uploads on the chunked protocol to the sender\'s own message; the coach reads it, others do not', async () => {
    const anna = await token('client-anna');
    await call(`${ANNA}/messages/m-7`, { method: 'PUT', token: anna, body: text('Mijn brief', { attachmentCount: 1 }) });
    const data = btoa('%PDF-1.4 brief');
    const start = await call(`${ANNA}/messages/m-7/attachments/f-1`, { method: 'PUT', token: anna, body: { name: 'brief.pdf', type: 'application/pdf', size: 14, chunks: 1 } });
    expect(start.status).toBe(201);
    const marieke = await token('coach-marieke');
    // only the sender adds files to a message
    expect((await call(`${ANNA}/messages/m-7/attachments/f-2`, { method: 'PUT', token: marieke, body: { name: 'x.pdf', type: 'application/pdf', size: 14, chunks: 1 } })).status).toBe(403);
    const chunk = await call(`${ANNA}/messages/m-7/attachments/f-1/chunks/0`, { method: 'PUT', token: anna, body: { data } });
    expect((await chunk.json()).complete).toBe(true);
    expect(db.messages.get('m-7')?.attachments).toEqual([{ id: 'f-1', name: 'brief.pdf', mediaType: 'application/pdf', size: 14 }]);
    const file = await call(`${ANNA}/files/f-1`, { token: marieke });
    expect(file.status).toBe(200);
    expect(await file.text()).toBe('%PDF-1.4 brief');
    const sander = await token('coach-sander');
    expect((await call(`${ANNA}/files/f-1`, { token: sander })).status).toBe(403);
    // while Marieke is away, the colleague covering for her reads the attachment too; not after
    await call('/coaches/coach-marieke/absence', {
      method: 'PUT',
      token: marieke,
      body: { coveredBy: 'coach-sander', startsAt: dateTimeDaysFromNow(-1), endsAt: dateTimeDaysFromNow(2) },
    });
    const covered = await call(`${ANNA}/files/f-1`, { token: sander });
    expect(covered.status).toBe(200);
    expect(await covered.text()).toBe('%PDF-1.4 brief');
    await call('/coaches/coach-marieke/absence', { method: 'DELETE', token: marieke });
    expect((await call(`${ANNA}/files/f-1`, { token: sander })).status).toBe(403);
    // the covering rule is the conversation's only: Sander still may not read Anna's other files
    expect((await call(`${ANNA}/files/no-such-file`, { token: sander })).status).toBe(403);
    const tooBig = await call(`${ANNA}/messages/m-7/attachments/f-3`, { method: 'PUT', token: anna, body: { name: 'groot.pdf', type: 'application/pdf', size: 9 * 1024 * 1024, chunks: 50 } });
    expect((await tooBig.json()).fieldErrors.size).toEqual(['validation.file.tooBig']);
  });
});

describe('tasks', () => {
  it('the coach creates (If-Match on edit), the client ticks off idempotently', async () => {
    const marieke = await token('coach-marieke');
    const anna = await token('client-anna');
    const created = await call(`${ANNA}/tasks/t-1`, { method: 'PUT', token: marieke, body: { title: 'Ga naar de workshop', description: '', dueDate: '2030-01-01' } });
    expect(created.status).toBe(201);
    const stale = await call(`${ANNA}/tasks/t-1`, { method: 'PUT', token: marieke, headers: { 'If-Match': '"7"' }, body: { title: 'X', description: '', dueDate: null } });
    expect(stale.status).toBe(412);
    expect((await call(`${ANNA}/tasks/t-2`, { method: 'PUT', token: anna, body: { title: 'Zelf', description: '', dueDate: null } })).status).toBe(403);
    const done = await call(`${ANNA}/tasks/t-1/done`, { method: 'PUT', token: anna, body: { done: true } });
    expect(taskSchema.parse(await done.json()).doneAt).not.toBeNull();
    await call(`${ANNA}/tasks/t-1/done`, { method: 'PUT', token: anna, body: { done: true } });
    expect(snapshotDb().writeLog.filter((w) => w.resource === 'task-done:t-1')).toHaveLength(1);
    const list = taskListSchema.parse(await (await call(`${ANNA}/tasks`, { token: marieke })).json());
    expect(list.tasks.at(-1)?.id).toBe('t-1');
    expect((await call(`${ANNA}/tasks`, { token: await token('coach-sander') })).status).toBe(403);
  });
});
