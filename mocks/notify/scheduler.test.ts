import { afterEach, describe, expect, it } from 'vitest';
import { notificationListSchema, notificationSettingsSchema, type NotificationSettingsInput } from '#src/features/notifications/schemas.ts';
import type { MessageInput } from '#src/features/messages/schemas.ts';
import { now, nowIso, setClockOffset } from '../clock.ts';
import { db, type PushSubscriptionRecord } from '../db.ts';
import { call, signIn } from '../testing.ts';
import { pushesSettled, runSchedule, setPushSender, type PushPayload } from './scheduler.ts';
import { instantAt } from './quiet-hours.ts';

const text = (body: string): MessageInput => ({ kind: 'text', body, link: null, appointment: null, writtenAt: nowIso(), attachmentCount: 0 });
const SUBSCRIPTION = { endpoint: 'https://push.example/anna-phone', keys: { p256dh: 'B'.repeat(87), auth: 'a'.repeat(22) } };

let sent: Array<{ subscription: PushSubscriptionRecord; payload: PushPayload }> = [];
let status = 201;
const useFakePushService = () => {
  sent = [];
  setPushSender(async (subscription, payload) => {
    sent.push({ subscription, payload });
    return status;
  });
};

afterEach(() => {
  setPushSender(null);
  setClockOffset(0);
  status = 201;
});

/** Moves the server clock to a local time in Amsterdam on the current day. */
function setLocalTime(time: string, dayOffset = 0) {
  const date = new Date(Date.now() + dayOffset * 86_400_000).toISOString().slice(0, 10);
  setClockOffset(instantAt(date, time).getTime() - Date.now());
}

async function coachWrites(body: string, id = `m-${crypto.randomUUID()}`) {
  const marieke = (await signIn('coach-marieke')).token;
  expect((await call(`/clients/client-anna/messages/${id}`, { method: 'PUT', token: marieke, body: text(body) })).status).toBe(201);
  return id;
}

async function annaList(token: string) {
  return notificationListSchema.parse(await (await call('/me/notifications', { token })).json());
}

describe('the notification schedule', () => {
  it('makes a notification for a new message once, however often it runs', async () => {
    setLocalTime('12:00');
    const anna = (await signIn('client-anna')).token;
    const before = (await annaList(anna)).notifications.length;
    await coachWrites('Hoe gaat het?');
    runSchedule();
    runSchedule(new Date(now().getTime() + 60_000));
    const list = await annaList(anna);
    expect(list.notifications.length).toBe(before + 1);
    expect(list.notifications[0]).toMatchObject({ kind: 'message', link: '/berichten', readAt: null });
    // nothing personal: not the text, not the coach's name
    expect(JSON.stringify(list.notifications[0])).not.toContain('Hoe gaat het');
  });

  it('pushes at once outside quiet hours, to every device, in the person\'s language; 410 removes the device', async () => {
    setLocalTime('12:00');
    useFakePushService();
    const anna = (await signIn('client-anna')).token;
    expect((await call('/me/push-subscriptions/anna-phone', { method: 'PUT', token: anna, body: SUBSCRIPTION })).status).toBe(201);
    const settings = notificationSettingsSchema.parse(await (await call('/me/notification-settings', { token: anna })).json());
    const input: NotificationSettingsInput = { kinds: settings.kinds, quietHours: settings.quietHours, language: 'en', pushPrompt: 'accepted' };
    expect((await call('/me/notification-settings', { method: 'PUT', token: anna, body: input, headers: { 'If-Match': '"0"' } })).status).toBe(200);

    status = 410;
    await coachWrites('Een bericht');
    await call('/me/notifications', { token: anna });
    await pushesSettled();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.payload).toEqual({ title: 'Werkmap', body: 'You have a new message in Werkmap', url: '/berichten', tag: 'message', badge: expect.any(Number) });
    expect(db.pushSubscriptions.has('anna-phone')).toBe(false);
  });

  it('holds a push in quiet hours until 08:00, the item shows at once', async () => {
    setLocalTime('23:00');
    useFakePushService();
    const anna = (await signIn('client-anna')).token;
    await call('/me/push-subscriptions/anna-phone', { method: 'PUT', token: anna, body: SUBSCRIPTION });
    await coachWrites('Laat op de avond');
    expect((await annaList(anna)).notifications[0]).toMatchObject({ kind: 'message', readAt: null });
    await pushesSettled();
    expect(sent).toHaveLength(0);
    setLocalTime('07:59', 1);
    runSchedule();
    expect(sent).toHaveLength(0);
    setLocalTime('08:00', 1);
    runSchedule();
    runSchedule();
    await pushesSettled();
    expect(sent).toHaveLength(1);
  });

  it('makes nothing for a kind the person switched off', async () => {
    setLocalTime('12:00');
    const anna = (await signIn('client-anna')).token;
    const settings = notificationSettingsSchema.parse(await (await call('/me/notification-settings', { token: anna })).json());
    const body: NotificationSettingsInput = { kinds: { ...settings.kinds, message: false }, quietHours: settings.quietHours, language: 'nl', pushPrompt: 'notAsked' };
    await call('/me/notification-settings', { method: 'PUT', token: anna, body, headers: { 'If-Match': '"0"' } });
    const before = (await annaList(anna)).notifications.length;
    await coachWrites('Niet melden');
    expect((await annaList(anna)).notifications.length).toBe(before);
  });

  it('a coach hears of a client\'s message only after turning it on', async () => {
    setLocalTime('12:00');
    const marieke = (await signIn('coach-marieke')).token;
    const anna = (await signIn('client-anna')).token;
    await call(`/clients/client-anna/messages/m-${crypto.randomUUID()}`, { method: 'PUT', token: anna, body: text('Vraag 1') });
    expect((await annaList(marieke)).notifications.filter((n) => n.kind === 'clientMessage')).toHaveLength(0);
    const settings = notificationSettingsSchema.parse(await (await call('/me/notification-settings', { token: marieke })).json());
    expect(settings.available).toEqual(['clientMessage']);
    expect(settings.kinds).toEqual({ clientMessage: false });
    await call('/me/notification-settings', { method: 'PUT', token: marieke, body: { ...settings, kinds: { clientMessage: true } }, headers: { 'If-Match': '"0"' } });
    await call(`/clients/client-anna/messages/m-${crypto.randomUUID()}`, { method: 'PUT', token: anna, body: text('Vraag 2') });
    expect((await annaList(marieke)).notifications.filter((n) => n.kind === 'clientMessage')).toEqual([
      expect.objectContaining({ link: '/coach/clienten/client-anna/berichten' }),
    ]);
  });

  it('reminds once of a task due tomorrow', async () => {
    setLocalTime('12:00');
    const marieke = (await signIn('coach-marieke')).token;
    const anna = (await signIn('client-anna')).token;
    const tomorrow = new Date(now().getTime() + 86_400_000).toISOString().slice(0, 10);
    await call('/clients/client-anna/tasks/t-morgen', { method: 'PUT', token: marieke, body: { title: 'Bel de uitzendbureau', description: '', dueDate: tomorrow } });
    runSchedule();
    runSchedule(new Date(now().getTime() + 3_600_000));
    expect((await annaList(anna)).notifications.filter((n) => n.kind === 'taskDueTomorrow')).toHaveLength(1);
  });
});

describe('notifications and subscriptions are the person\'s own', () => {
  it('marks one and all read, exactly once; another person gets a 404', async () => {
    setLocalTime('12:00');
    await coachWrites('Een');
    await coachWrites('Twee');
    const anna = (await signIn('client-anna')).token;
    const list = await annaList(anna);
    const first = list.notifications[0]!;
    const marieke = (await signIn('coach-marieke')).token;
    expect((await call(`/me/notifications/${first.id}/read`, { method: 'PUT', token: marieke })).status).toBe(404);
    const read = await call(`/me/notifications/${first.id}/read`, { method: 'PUT', token: anna, headers: { 'Idempotency-Key': 'k-read-1' } });
    expect(read.status).toBe(200);
    expect((await annaList(anna)).unread).toBe(list.unread - 1);
    const all = await call('/me/notifications/read', { method: 'PUT', token: anna, body: { upTo: nowIso() } });
    expect(await all.json()).toEqual({ unread: 0 });
  });

  it('sign-out removes the subscriptions stored in that session; a public computer cannot subscribe', async () => {
    const anna = (await signIn('client-anna')).token;
    await call('/me/push-subscriptions/anna-phone', { method: 'PUT', token: anna, body: SUBSCRIPTION });
    expect(db.pushSubscriptions.has('anna-phone')).toBe(true);
    await call('/auth/session', { method: 'DELETE', token: anna });
    expect(db.pushSubscriptions.has('anna-phone')).toBe(false);
    const stip = (await signIn('client-anna', { publicComputer: true })).token;
    const refused = await call('/me/push-subscriptions/anna-phone', { method: 'PUT', token: stip, body: SUBSCRIPTION });
    expect(refused.status).toBe(403);
  });
});
