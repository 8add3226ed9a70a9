import { CLIENT_KINDS, COACH_KINDS, DEFAULT_QUIET_HOURS, KIND_DEFAULT_ON, type NotificationKind, type NotificationSettings } from '#src/features/notifications/schemas.ts';
import { periodOf } from '#src/features/work-folder/rules.ts';
import { addDays } from '#src/shared/lib/dates.ts';
import { db, type NotificationRecord, type PushSubscriptionRecord, type UserRecord } from '../db.ts';
import { now, todayIso } from '../clock.ts';
import { searchPeriodOf } from '../derive.ts';
import { normOf } from '../handlers/activities.ts';
import { obligationsOf } from '../handlers/overview.ts';
import { notificationsFor, PUSH_TEXT_OF, type NotificationDraft, type NotificationEvent } from './rules.ts';
import { pushTime } from './quiet-hours.ts';
import { PUSH_TEXTS } from './push-texts.ts';

/**
 * The server's notification schedule (issue 17), on the server's clock (`mocks/clock.ts`):
 *
 * 1. find the events and due reminders in the store (new messages, feedback and proposals of the
 *    last week; appointments, tasks and saved vacancies of tomorrow; the zoekperiode's end in three
 *    days with an obligation open; the hand-in period's last day tomorrow);
 * 2. turn each into notifications with the one table (`./rules.ts`) and make each key's once
 *    (`notificationMarks`), unless the person switched that kind off;
 * 3. a new one may be pushed when its event is fresh: at once, or at the end of the person's
 *    quiet hours (`./quiet-hours.ts`);
 * 4. send the pushes that are due to every device of the person (`setPushSender`); a device whose
 *    push service answers 404 or 410 is removed.
 *
 * It runs on every request (`route()` in mocks/http.ts, skipped when neither the store nor the
 * clock's minute changed) and on a timer in the HTTP server; a real backend runs the same
 * schedule every minute.
 */

/** Events older than this only show in the list (no push for last week's message found late). */
export const PUSH_MAX_AGE_MS = 60 * 60 * 1000;
/** How far back events are looked for. */
const EVENT_WINDOW_DAYS = 7;

// ---------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------

export function availableKinds(user: Pick<UserRecord, 'role'>): readonly NotificationKind[] {
  return user.role === 'client' ? CLIENT_KINDS : user.role === 'coach' ? COACH_KINDS : [];
}

/** A person's settings: what they saved, else the defaults. */
export function settingsOf(user: UserRecord): NotificationSettings {
  const stored = db.notificationSettings.get(user.id);
  const available = [...availableKinds(user)];
  const kinds = Object.fromEntries(available.map((kind) => [kind, stored?.kinds[kind] ?? KIND_DEFAULT_ON[kind]])) as Record<NotificationKind, boolean>;
  return {
    kinds,
    quietHours: stored?.quietHours ?? DEFAULT_QUIET_HOURS,
    language: stored?.language ?? 'nl',
    pushPrompt: stored?.pushPrompt ?? 'notAsked',
    available,
    pushDevices: subscriptionsOf(user.id).length,
    version: stored?.version ?? 0,
  };
}

export function subscriptionsOf(userId: string): PushSubscriptionRecord[] {
  return db.pushSubscriptions.list().filter((s) => s.userId === userId);
}

// ---------------------------------------------------------------------------
// 1. Events in the store
// ---------------------------------------------------------------------------

const amsterdamDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Everything that may make a notification at `at`. */
export function eventsAt(at: Date): NotificationEvent[] {
  const today = todayIso();
  const tomorrow = addDays(today, 1);
  const since = new Date(at.getTime() - EVENT_WINDOW_DAYS * 86_400_000).toISOString();
  const events: NotificationEvent[] = [];
  const clients = new Map(db.clients.list().map((c) => [c.id, c]));
  const withAccount = new Set(db.users.list().flatMap((u) => (u.role === 'client' && u.clientId ? [u.clientId] : [])));

  for (const m of db.messages.list()) {
    const client = clients.get(m.clientId);
    if (!client) continue;
    if (m.sentAt >= since) {
      events.push({ type: 'message', messageId: m.id, clientId: m.clientId, coachId: client.coachId, from: m.senderRole, appointment: m.kind === 'appointment', at: m.sentAt });
    }
    if (m.appointment && m.appointment.answer?.answer !== 'otherTime' && amsterdamDate.format(new Date(m.appointment.startsAt)) === tomorrow) {
      events.push({ type: 'appointmentTomorrow', messageId: m.id, clientId: m.clientId, date: tomorrow });
    }
  }
  for (const t of db.tasks.list()) {
    if (t.doneAt === null && t.dueDate === tomorrow) events.push({ type: 'taskDueTomorrow', taskId: t.id, clientId: t.clientId, dueDate: t.dueDate });
  }
  for (const a of db.activities.list()) {
    for (const f of a.feedback) {
      if (f.at >= since && !f.seenAt) events.push({ type: 'feedback', feedbackId: f.id, activityId: a.id, clientId: a.clientId, at: f.at });
    }
  }
  for (const p of db.vacancyProposals.list()) {
    if (p.createdAt >= since) events.push({ type: 'vacancyProposed', proposalId: p.id, clientId: p.clientId, at: p.createdAt });
  }
  for (const s of db.savedVacancies.list()) {
    const validThrough = db.vacancies.get(s.vacancyId)?.validThrough;
    if (validThrough === tomorrow) events.push({ type: 'savedVacancyClosing', vacancyId: s.vacancyId, clientId: s.clientId, validThrough });
  }
  // per-client reminders: only for clients who can sign in (the others have no one to tell)
  for (const clientId of withAccount) {
    const client = clients.get(clientId);
    if (!client) continue;
    const period = searchPeriodOf(client);
    if (period && period.end === addDays(today, 3) && obligationsOf(client).some((o) => o.status !== 'done')) {
      events.push({ type: 'searchPeriodEnding', clientId, end: period.end });
    }
    const norm = normOf(client);
    if (norm.count > 0 && today >= norm.start) {
      const { start, end } = periodOf(norm, today);
      const handedIn = db.submissions.list().some((s) => s.clientId === clientId && s.periodStart <= start && s.periodEnd >= end);
      if (end === tomorrow && !handedIn) events.push({ type: 'handInEnding', clientId, periodEnd: end });
    }
  }
  return events;
}

// ---------------------------------------------------------------------------
// 2. + 3. Notifications, once
// ---------------------------------------------------------------------------

function recipientOf(draft: NotificationDraft): UserRecord | undefined {
  const to = draft.to;
  if ('userId' in to) return db.users.get(to.userId);
  return db.users.list().find((u) => u.role === 'client' && u.clientId === to.clientId);
}

/** Makes the notifications of `events` that were not made before; returns the new ones. */
export function makeNotifications(events: readonly NotificationEvent[], at: Date): NotificationRecord[] {
  const made: NotificationRecord[] = [];
  const atIso = at.toISOString();
  for (const draft of events.flatMap(notificationsFor)) {
    if (db.notificationMarks.has(draft.key)) continue;
    db.notificationMarks.put({ key: draft.key, at: atIso });
    const user = recipientOf(draft);
    if (!user) continue;
    const settings = settingsOf(user);
    if (!settings.kinds[draft.kind]) continue;
    const fresh = draft.at === null || at.getTime() - Date.parse(draft.at) <= PUSH_MAX_AGE_MS;
    const record = db.notifications.put({
      id: `n-${crypto.randomUUID()}`,
      userId: user.id,
      clientId: 'clientId' in draft.to ? draft.to.clientId : null,
      key: draft.key,
      kind: draft.kind,
      createdAt: draft.at ?? atIso,
      readAt: null,
      link: draft.link,
      pushDueAt: fresh ? pushTime(at, settings.quietHours).toISOString() : null,
      pushedAt: null,
    });
    made.push(record);
  }
  return made;
}

// ---------------------------------------------------------------------------
// 4. Pushes
// ---------------------------------------------------------------------------

export type PushPayload = { title: string; body: string; url: string; tag: string; badge?: number };
/** Sends one push; resolves with the push service's status (201 …, 404/410: the subscription is gone). */
export type PushSender = (subscription: PushSubscriptionRecord, payload: PushPayload) => Promise<number>;

let sender: PushSender | null = null;
const inFlight = new Set<Promise<void>>();
/** The last pushes sent (for tests: `GET /__mock/pushes`); no keys, no endpoint. */
type SentPush = { subscriptionId: string; userId: string; payload: PushPayload; status: number | null };
let sent: SentPush[] = [];
const SENT_KEPT = 50;

export function pushLog(): SentPush[] {
  return sent;
}

export function clearPushLog(): void {
  sent = [];
}

/** The HTTP server (Node) sends real Web Pushes (`./web-push.ts`); the browser and test hosts send none unless a test sets one. */
export function setPushSender(next: PushSender | null): void {
  sender = next;
}

/** Resolves when every push started so far has been answered (for tests). */
export async function pushesSettled(): Promise<void> {
  while (inFlight.size > 0) await Promise.all([...inFlight]);
}

/** The lock-screen text of a notification, in the person's language; the app badge for messages. */
export function pushPayloadOf(notification: NotificationRecord, user: UserRecord): PushPayload {
  const texts = PUSH_TEXTS[settingsOf(user).language];
  const group = PUSH_TEXT_OF[notification.kind];
  const payload: PushPayload = { title: texts.title, body: texts[group], url: notification.link, tag: notification.kind };
  if (notification.kind === 'message' || notification.kind === 'appointment') {
    payload.badge = db.messages.list().filter((m) => m.clientId === notification.clientId && m.senderRole !== 'client' && m.readAt === null).length;
  }
  return payload;
}

/** Sends the pushes that are due at `at` (each once: marked before it goes). */
export function sendDuePushes(at: Date): number {
  const atIso = at.toISOString();
  let started = 0;
  for (const n of db.notifications.list()) {
    if (n.pushDueAt === null || n.pushedAt !== null || n.pushDueAt > atIso) continue;
    db.notifications.put({ ...n, pushedAt: atIso });
    const user = db.users.get(n.userId);
    if (!user || !sender) continue;
    for (const subscription of subscriptionsOf(n.userId)) {
      const payload = pushPayloadOf(n, user);
      const entry: SentPush = { subscriptionId: subscription.id, userId: n.userId, payload, status: null };
      sent = [...sent.slice(1 - SENT_KEPT), entry];
      const job = sender(subscription, payload)
        .then((status) => {
          entry.status = status;
          if (status === 404 || status === 410) db.pushSubscriptions.delete(subscription.id);
        })
        .catch(() => undefined)
        .finally(() => inFlight.delete(job));
      inFlight.add(job);
      started += 1;
    }
  }
  return started;
}

// ---------------------------------------------------------------------------
// The schedule
// ---------------------------------------------------------------------------

let lastRun = '';
const runKey = (at: Date) =>
  `${db.writeLog.length}:${db.writeLog.at(-1)?.seq ?? 0}:${db.notificationMarks.size}:${db.notifications.size}:${Math.floor(at.getTime() / 60_000)}`;

/** One run of the schedule at `at` (the server's now). */
export function runSchedule(at: Date = now()): NotificationRecord[] {
  const made = makeNotifications(eventsAt(at), at);
  sendDuePushes(at);
  lastRun = runKey(at);
  return made;
}

/**
 * The schedule on a request: runs when the store changed (a write) or the clock passed a minute
 * since the last run; cheap otherwise.
 */
export function runScheduleIfChanged(): void {
  const at = now();
  if (runKey(at) !== lastRun) runSchedule(at);
}
