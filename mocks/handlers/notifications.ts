import {
  markAllReadInputSchema,
  markAllReadResultSchema,
  notificationListSchema,
  notificationSchema,
  notificationSettingsInputSchema,
  notificationSettingsSchema,
  pushPublicKeySchema,
  pushSubscriptionInputSchema,
  pushSubscriptionSchema,
  type Notification,
} from '#src/features/notifications/schemas.ts';
import { isoDateTimeSchema } from '#src/shared/lib/domain.ts';
import { db, type NotificationRecord } from '../db.ts';
import { nowIso } from '../clock.ts';
import { withIdempotency } from '../idempotency.ts';
import { authenticate, beforeRequests, forbidden, checkIfMatch, json, logApplied, noContent, parseBody, problem, route, validId, validationProblem, type Operation } from '../http.ts';
import { runScheduleIfChanged, settingsOf } from '../notify/scheduler.ts';
import { vapidKeys } from '../notify/vapid.ts';

/**
 * Meldingen and push (issue 17): the signed-in person's notifications (made by the server's
 * schedule, mocks/notify/scheduler.ts), their settings, and their devices' push subscriptions.
 * Everything here is the person's own: no one reads another's.
 */

// the schedule runs before every request this server answers (cheap when nothing changed)
beforeRequests(runScheduleIfChanged);

const PAGE_SIZE = 50;

const toNotification = ({ id, kind, createdAt, readAt, link }: NotificationRecord): Notification => ({ id, kind, createdAt, readAt, link });

function notificationsOf(userId: string): NotificationRecord[] {
  return db.notifications
    .list()
    .filter((n) => n.userId === userId)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

const unreadOf = (userId: string) => notificationsOf(userId).filter((n) => n.readAt === null).length;

export const handlers = [
  route('GET', '/me/notifications', ({ request }) => {
    const actor = authenticate(request);
    const before = new URL(request.url).searchParams.get('before');
    if (before !== null && !isoDateTimeSchema.safeParse(before).success) throw validationProblem({ before: ['validation.invalid'] });
    const all = notificationsOf(actor.user.id);
    // inclusive: several can be made at one moment (a run of the schedule), none may fall between two pages
    const page = all.filter((n) => before === null || n.createdAt <= before);
    return json(
      notificationListSchema.parse({ notifications: page.slice(0, PAGE_SIZE).map(toNotification), unread: all.filter((n) => n.readAt === null).length, more: page.length > PAGE_SIZE }),
    );
  }),

  route('PUT', '/me/notifications/read', async ({ request }) => {
    const actor = authenticate(request);
    return withIdempotency(request, actor, async () => {
      const { upTo } = await parseBody(request, markAllReadInputSchema);
      const at = nowIso();
      for (const n of notificationsOf(actor.user.id)) {
        if (n.readAt === null && n.createdAt <= upTo) db.notifications.put({ ...n, readAt: at });
      }
      logApplied(request, actor, `notifications-read:${actor.user.id}`, { history: false });
      return json(markAllReadResultSchema.parse({ unread: unreadOf(actor.user.id) }));
    });
  }),

  route('PUT', '/me/notifications/:notificationId/read', async ({ request, params }) => {
    const actor = authenticate(request);
    const id = validId(params.notificationId);
    return withIdempotency(request, actor, async () => {
      const current = db.notifications.get(id);
      if (!current || current.userId !== actor.user.id) throw problem(404, { code: 'not-found' });
      // idempotent: read stays read, with its first time
      const saved = current.readAt ? current : db.notifications.put({ ...current, readAt: nowIso() });
      if (saved !== current) logApplied(request, actor, `notification-read:${id}`, { history: false });
      return json(notificationSchema.parse(toNotification(saved)));
    });
  }),

  route('GET', '/me/notification-settings', ({ request }) => {
    const actor = authenticate(request);
    const settings = settingsOf(actor.user);
    return json(notificationSettingsSchema.parse(settings), { version: settings.version });
  }),

  route('PUT', '/me/notification-settings', async ({ request }) => {
    const actor = authenticate(request);
    return withIdempotency(request, actor, async () => {
      const input = await parseBody(request, notificationSettingsInputSchema);
      const current = settingsOf(actor.user);
      checkIfMatch(request, current.version, current);
      // only the kinds this person can get; the others keep their default
      const kinds = Object.fromEntries(current.available.map((kind) => [kind, input.kinds[kind] ?? current.kinds[kind]]));
      const saved = db.notificationSettings.put({ ...input, kinds, userId: actor.user.id, version: current.version + 1 });
      logApplied(request, actor, `notification-settings:${actor.user.id}`, { version: saved.version, history: false });
      const settings = settingsOf(actor.user);
      return json(notificationSettingsSchema.parse(settings), { version: settings.version });
    });
  }),

  route('GET', '/push/public-key', ({ request }) => {
    authenticate(request);
    return json(pushPublicKeySchema.parse({ publicKey: vapidKeys().publicKey }));
  }),

  route('PUT', '/me/push-subscriptions/:subscriptionId', async ({ request, params }) => {
    const actor = authenticate(request);
    const id = validId(params.subscriptionId);
    // a public computer never receives pushes: nothing of one person may stay for the next
    if (actor.session.publicComputer) throw forbidden();
    return withIdempotency(request, actor, async () => {
      const input = await parseBody(request, pushSubscriptionInputSchema);
      const current = db.pushSubscriptions.get(id);
      if (current && current.userId !== actor.user.id) throw problem(404, { code: 'not-found' });
      // the same device subscribing again under another id replaces its old entry
      for (const other of db.pushSubscriptions.list()) if (other.endpoint === input.endpoint && other.id !== id) db.pushSubscriptions.delete(other.id);
      const saved = db.pushSubscriptions.put({ ...input, id, userId: actor.user.id, sessionId: actor.session.sid, createdAt: current?.createdAt ?? nowIso() });
      logApplied(request, actor, `push-subscription:${id}`, { history: false });
      return json(pushSubscriptionSchema.parse({ id: saved.id, createdAt: saved.createdAt }), { status: current ? 200 : 201 });
    });
  }),

  route('DELETE', '/me/push-subscriptions/:subscriptionId', async ({ request, params }) => {
    const actor = authenticate(request);
    const id = validId(params.subscriptionId);
    return withIdempotency(request, actor, async () => {
      const current = db.pushSubscriptions.get(id);
      if (current && current.userId !== actor.user.id) throw problem(404, { code: 'not-found' });
      // gone already: the same answer (a resend, or the push service removed it)
      if (current) {
        db.pushSubscriptions.delete(id);
        logApplied(request, actor, `push-subscription:${id}`, { method: 'DELETE', history: false });
      }
      return noContent();
    });
  }),
];

const SCHEDULE =
  'Notifications are made by the server on its own clock: every minute (and here before each request) it finds new messages, appointments, feedback and proposals of the last week, and the reminders that are due (an appointment, a task or a saved vacancy closing tomorrow; the zoekperiode ending in three days while an obligation is open; the last day of the hand-in period tomorrow). Each event or reminder has a key and makes its notification once; a kind the person switched off makes none. A fresh one is pushed to every device of the person at once, or at the end of their quiet hours (Europe/Amsterdam), with a text in their language that names nothing personal; a push service answering 404 or 410 removes that device.';

export const operations: Operation[] = [
  {
    operationId: 'getNotifications',
    method: 'GET',
    path: '/me/notifications',
    summary: 'My notifications (Meldingen)',
    description: `The signed-in person's notifications, newest first, 50 at a time, with the number unread. ${SCHEDULE}`,
    tag: 'notifications',
    auth: true,
    query: [
      {
        name: 'before',
        description: "Only those made at or before this moment (the next page: the last one's `createdAt`; inclusive, because several can be made at one moment, so the last one of the previous page comes again — skip ids already shown).",
        schema: isoDateTimeSchema,
      },
    ],
    response: { name: 'NotificationList', schema: notificationListSchema },
    responses: [200, 401, 422],
  },
  {
    operationId: 'markAllNotificationsRead',
    method: 'PUT',
    path: '/me/notifications/read',
    summary: 'Mark all notifications read',
    description: 'Marks every notification of the signed-in person made up to `upTo` as read (later ones stay unread). A resend changes nothing; honours `Idempotency-Key`.',
    tag: 'notifications',
    auth: true,
    request: { name: 'MarkAllReadInput', schema: markAllReadInputSchema },
    response: { name: 'MarkAllReadResult', schema: markAllReadResultSchema },
    responses: [200, 400, 401, 409, 422],
    headers: ['Idempotency-Key'],
    responseHeaders: ['Idempotent-Replayed'],
  },
  {
    operationId: 'markNotificationRead',
    method: 'PUT',
    path: '/me/notifications/{notificationId}/read',
    summary: 'Mark one notification read',
    description: 'Marks one of the signed-in person\'s notifications read; read stays read (with its first time). 404 for another person\'s. Honours `Idempotency-Key`.',
    tag: 'notifications',
    auth: true,
    response: { name: 'Notification', schema: notificationSchema },
    responses: [200, 400, 401, 404, 409, 422],
    headers: ['Idempotency-Key'],
    responseHeaders: ['Idempotent-Replayed'],
  },
  {
    operationId: 'getNotificationSettings',
    method: 'GET',
    path: '/me/notification-settings',
    summary: 'My notification settings',
    description: `Per kind on or off (the kinds this person can get; a coach's "new message from a client" is off by default), quiet hours (22:00–08:00 by default), the language pushes are written in, whether the app asked for push already, and how many devices receive pushes. Version 0 until first saved. ${SCHEDULE}`,
    tag: 'notifications',
    auth: true,
    response: { name: 'NotificationSettings', schema: notificationSettingsSchema },
    responses: [200, 401],
    responseHeaders: ['ETag'],
  },
  {
    operationId: 'putNotificationSettings',
    method: 'PUT',
    path: '/me/notification-settings',
    summary: 'Change my notification settings',
    description: 'Saves the settings (kinds this person cannot get are ignored). Versioned: `If-Match` with the `ETag` (`"0"` before the first save), 412 version-mismatch when stale. Honours `Idempotency-Key`.',
    tag: 'notifications',
    auth: true,
    request: { name: 'NotificationSettingsInput', schema: notificationSettingsInputSchema },
    response: { name: 'NotificationSettings', schema: notificationSettingsSchema },
    responses: [200, 400, 401, 409, 412, 422],
    headers: ['Idempotency-Key', 'If-Match'],
    responseHeaders: ['ETag', 'Idempotent-Replayed'],
  },
  {
    operationId: 'getPushPublicKey',
    method: 'GET',
    path: '/push/public-key',
    summary: "The server's VAPID public key",
    description: 'The application server key (base64url, P-256) the app passes to `pushManager.subscribe`. The private key never leaves the server.',
    tag: 'notifications',
    auth: true,
    response: { name: 'PushPublicKey', schema: pushPublicKeySchema },
    responses: [200, 401],
  },
  {
    operationId: 'putPushSubscription',
    method: 'PUT',
    path: '/me/push-subscriptions/{subscriptionId}',
    summary: "Store this device's push subscription",
    description:
      "Stores one device's push subscription (`PushSubscription.toJSON()`: endpoint and keys) under an id made on the device (201; 200 when stored again, e.g. after signing in again). The same endpoint under another id replaces it. Signing out (`DELETE /auth/session`) removes the subscriptions stored in that session; a push service answering 404 or 410 removes it too. 403 in a session on a public computer. Honours `Idempotency-Key`.",
    tag: 'notifications',
    auth: true,
    request: { name: 'PushSubscriptionInput', schema: pushSubscriptionInputSchema },
    response: { name: 'PushSubscription', schema: pushSubscriptionSchema },
    responses: [200, 201, 400, 401, 403, 404, 409, 422],
    headers: ['Idempotency-Key'],
    responseHeaders: ['Idempotent-Replayed'],
  },
  {
    operationId: 'deletePushSubscription',
    method: 'DELETE',
    path: '/me/push-subscriptions/{subscriptionId}',
    summary: "Stop pushes to this device",
    description: 'Removes one of the signed-in person\'s push subscriptions; one already gone answers the same (204). Honours `Idempotency-Key`.',
    tag: 'notifications',
    auth: true,
    responses: [204, 400, 401, 404, 409, 422],
    headers: ['Idempotency-Key'],
    responseHeaders: ['Idempotent-Replayed'],
  },
];
