import { createECDH, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, test, ANNA, MOCK_API_URL, apiSession, heading, mockState, resetMock, signIn, startControlled, syncStatus, waitForQueryPersist, writesTo } from './support.ts';

/**
 * Meldingen and Web Push (issue 17) in Chromium. Headless Chromium has no push service
 * (`pushManager.subscribe` fails with AbortError), so the test stands in for it: the page's
 * `PushManager` hands out a subscription with real P-256 keys whose endpoint is a local push
 * service (below). The mock server really sends to it (web-push: encrypted, VAPID-signed; the
 * payload itself is checked in mocks/notify/web-push.test.ts); the push is then delivered to the
 * service worker through the DevTools protocol, as the browser would.
 */

let pushService: Server;
let pushServiceUrl = '';
let received = 0;

test.beforeAll(async () => {
  pushService = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received += 1;
      res.writeHead(201).end();
    });
  });
  await new Promise<void>((resolve) => pushService.listen(0, '127.0.0.1', resolve));
  pushServiceUrl = `http://127.0.0.1:${(pushService.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => pushService.close(() => resolve())));

test.beforeEach(async ({ context }) => {
  await resetMock();
  await context.grantPermissions(['notifications']);
});

/** The browser's push service, stood in for (see above); `e2e.subscribeCalls` counts subscriptions. */
async function standInPushService(page: Page) {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const subscription = { endpoint: `${pushServiceUrl}/push/${randomBytes(8).toString('hex')}`, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') } };
  await page.addInitScript((json) => {
    const subscribed = () => localStorage.getItem('e2e.subscribed') === '1';
    const fake = {
      endpoint: json.endpoint,
      expirationTime: null,
      toJSON: () => ({ ...json, expirationTime: null }),
      unsubscribe: async () => {
        localStorage.setItem('e2e.subscribed', '0');
        return true;
      },
    };
    PushManager.prototype.subscribe = async function subscribe() {
      localStorage.setItem('e2e.subscribeCalls', String(Number(localStorage.getItem('e2e.subscribeCalls') ?? 0) + 1));
      localStorage.setItem('e2e.subscribed', '1');
      return fake as unknown as PushSubscription;
    };
    PushManager.prototype.getSubscription = async function getSubscription() {
      return (subscribed() ? fake : null) as unknown as PushSubscription | null;
    };
  }, subscription);
}

/**
 * While `sessionStorage['e2e.deaf']` is '1' the app does not hear its service worker's messages (as
 * an app that is still starting: its listener is not there yet). Installed before the app runs.
 */
async function deafToTheServiceWorker(page: Page) {
  await page.addInitScript(() => {
    const container = navigator.serviceWorker;
    const add = container.addEventListener.bind(container);
    container.addEventListener = ((type: string, listener: EventListener, options?: boolean | AddEventListenerOptions) =>
      add(type, type === 'message' ? (event: Event) => (sessionStorage.getItem('e2e.deaf') === '1' ? undefined : listener(event)) : listener, options)) as typeof container.addEventListener;
  });
}

/** The coach writes to Anna (another device), and one more request lets the server's schedule run. */
async function coachWritesToAnna(body: string) {
  const { token } = await apiSession('coach-marieke');
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
  const message = { kind: 'text', body, link: null, appointment: null, writtenAt: new Date().toISOString(), attachmentCount: 0 };
  const put = await fetch(`${MOCK_API_URL}/api/clients/${ANNA.id}/messages/m-${randomBytes(8).toString('hex')}`, { method: 'PUT', headers, body: JSON.stringify(message) });
  expect(put.status).toBe(201);
  await fetch(`${MOCK_API_URL}/api/health`);
}

/**
 * The server holds pushes during quiet hours (22:00–08:00 Amsterdam time by default: the push goes
 * in the morning, mocks/notify/quiet-hours.ts). A test that expects a push now must not depend on
 * the hour it runs at (CI runs at any time): the person's quiet hours are set to none (`from` = `to`).
 */
async function withoutQuietHours(personaId: string) {
  const { token } = await apiSession(personaId);
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
  const current = (await (await fetch(`${MOCK_API_URL}/api/me/notification-settings`, { headers })).json()) as Record<string, unknown>;
  const input = { kinds: current.kinds, quietHours: { from: '00:00', to: '00:00' }, language: current.language, pushPrompt: current.pushPrompt };
  const put = await fetch(`${MOCK_API_URL}/api/me/notification-settings`, { method: 'PUT', headers, body: JSON.stringify(input) });
  expect(put.status).toBe(200);
}

type SentPush = { subscriptionId: string; userId: string; payload: Record<string, unknown>; status: number | null };
const sentPushes = async () => (await (await fetch(`${MOCK_API_URL}/__mock/pushes`)).json()) as SentPush[];

test('push: asked at the right moment, a push with nothing personal, a click opens the conversation, sign-out ends it', async ({ page, context, baseURL }) => {
  await standInPushService(page);
  await deafToTheServiceWorker(page);
  await startControlled(page, ANNA.name);
  await expect(heading(page, 'Mijn zoekperiode')).toBeVisible();
  // never on load
  await expect(page.getByRole('heading', { name: 'Meldingen aanzetten?' })).toHaveCount(0);

  // an invitation from the coach is waiting in the conversation: the moment to ask, with one sentence why
  await page.goto('/berichten');
  const prompt = page.locator('section', { has: page.getByRole('heading', { name: 'Meldingen aanzetten?' }) });
  await expect(prompt).toContainText('Wil je een melding krijgen');
  await prompt.getByRole('button', { name: 'Zet meldingen aan' }).click();
  await expect(prompt).toHaveCount(0);
  await expect.poll(async () => (await mockState()).pushSubscriptions.filter((s) => s.userId === ANNA.id).length).toBe(1);
  // the settings go through the outbox after the subscription: they arrive a moment later
  await expect
    .poll(async () => (await mockState()).notificationSettings.find((s) => s.userId === ANNA.id))
    .toMatchObject({ pushPrompt: 'accepted', language: 'nl' });

  await withoutQuietHours(ANNA.id);
  // the coach writes: the server pushes to this device (through the stand-in push service) ...
  await coachWritesToAnna('Marieke hier: heb je de vacature bij de bakker gezien?');
  await expect.poll(async () => (await sentPushes()).map((p) => p.status)).toEqual([201]);
  expect(received).toBeGreaterThanOrEqual(1);
  const [push] = await sentPushes();
  expect(push!.payload).toMatchObject({ title: 'Werkmap', body: 'Je hebt een nieuw bericht in Werkmap', url: '/berichten', tag: 'message' });

  // ... which the browser delivers to the service worker
  await page.goto('/start');
  // the app is running (it listens for the service worker's "open this screen" from then on)
  await expect(heading(page, 'Mijn zoekperiode')).toBeVisible();
  const cdp = await context.newCDPSession(page);
  const registrations = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations: list }) => {
      const ours = list.find((r) => r.scopeURL.startsWith(baseURL ?? '') && !r.isDeleted);
      if (ours) resolve(ours.registrationId);
    });
  });
  await cdp.send('ServiceWorker.enable');
  const registrationId = await registrations;
  const deliver = () => cdp.send('ServiceWorker.deliverPushMessage', { origin: new URL(baseURL!).origin, registrationId, data: JSON.stringify(push!.payload) });
  const shown = () =>
    page.evaluate(async () => (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({ title: n.title, body: n.body, data: n.data as unknown })));
  await deliver();
  await expect.poll(shown).toEqual([{ title: 'Werkmap', body: 'Je hebt een nieuw bericht in Werkmap', data: { url: '/berichten' } }]);
  // nothing personal on the lock screen: no name, no words of the message
  expect(JSON.stringify(await shown())).not.toMatch(/Marieke|Anna|bakker|vacature/i);

  // a click (the DevTools protocol cannot click a notification: the event is dispatched in the
  // service worker) focuses this window and opens the conversation
  const worker = context.serviceWorkers().find((w) => w.url().startsWith(baseURL ?? ''))!;
  const click = () =>
    worker.evaluate(async () => {
      // the worker's globals (the e2e types know the window's, not a service worker's)
      type WorkerScope = {
        registration: ServiceWorkerRegistration;
        dispatchEvent(event: Event): boolean;
        NotificationEvent: new (type: string, init: { notification: Notification }) => Event;
      };
      const scope = self as unknown as WorkerScope;
      const [notification] = await scope.registration.getNotifications();
      scope.dispatchEvent(new scope.NotificationEvent('notificationclick', { notification: notification! }));
    });
  // the running app goes there itself: no reload (what this window holds stays)
  await page.evaluate(() => Object.assign(window, { e2eSameDocument: true }));
  await click();
  await expect(page).toHaveURL(/\/berichten$/);
  await expect(heading(page, 'Berichten')).toBeVisible();
  expect(await page.evaluate(() => 'e2eSameDocument' in window)).toBe(true);

  // a window that does not answer — the app still starting, its listener not there yet (here: made
  // deaf, see `deafToTheServiceWorker`; and clicked without waiting for the app) — is loaded at
  // the notification's screen by the service worker
  await page.evaluate(() => sessionStorage.setItem('e2e.deaf', '1'));
  await page.goto('/start');
  await page.evaluate(() => Object.assign(window, { e2eSameDocument: true }));
  await deliver();
  await expect.poll(async () => (await shown()).length).toBe(1);
  await click();
  await expect(page).toHaveURL(/\/berichten$/);
  await expect(heading(page, 'Berichten')).toBeVisible();
  // loaded anew by the service worker, not moved by the app
  expect(await page.evaluate(() => 'e2eSameDocument' in window)).toBe(false);
  await page.evaluate(() => sessionStorage.removeItem('e2e.deaf'));

  // signing out ends pushes to this device: on the server and in the browser
  await page.getByRole('link', { name: 'Uitloggen' }).click();
  await expect(heading(page, 'Je bent uitgelogd')).toBeVisible();
  await expect.poll(async () => (await mockState()).pushSubscriptions.length).toBe(0);
  expect(await page.evaluate(() => localStorage.getItem('e2e.subscribed'))).toBe('0');
});

test('a public computer never subscribes; Meldingen shows the same items and marks them read, once', async ({ page }) => {
  await standInPushService(page);
  await coachWritesToAnna('Goed bezig!');
  await signIn(page, ANNA.name, { publicComputer: true });
  await page.goto('/berichten');
  await expect(page.getByTestId('conversation')).toContainText('Goed bezig!');
  await page.getByLabel('Je bericht').fill('Dank je');
  await page.getByRole('button', { name: 'Versturen', exact: true }).click();
  await expect(page.getByTestId('conversation')).toContainText('Dank je');
  await expect(page.getByRole('heading', { name: 'Meldingen aanzetten?' })).toHaveCount(0);

  await page.goto('/meldingen');
  await expect(heading(page, 'Meldingen')).toBeVisible();
  const list = page.locator('.notification-list');
  await expect(list.getByRole('listitem').first()).toContainText('Je e-coach heeft je een bericht gestuurd.');
  await expect(list.getByRole('listitem').first()).toContainText('Nieuw');
  await expect(list).not.toContainText('Goed bezig');
  const unread = (await mockState()).notifications.filter((n) => n.userId === ANNA.id && n.readAt === null).length;
  expect(unread).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Alles gelezen' }).click();
  await expect(list.getByText('Nieuw')).toHaveCount(0);
  await expect.poll(async () => (await mockState()).notifications.filter((n) => n.userId === ANNA.id && n.readAt === null).length).toBe(0);
  expect(await writesTo(`notifications-read:${ANNA.id}`)).toHaveLength(1);

  // the settings say why there is no push here
  await page.getByRole('link', { name: 'Instellingen voor meldingen' }).click();
  await expect(page.getByText('Je gebruikt een openbare computer.', { exact: false })).toBeVisible();
  expect((await mockState()).pushSubscriptions).toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem('e2e.subscribeCalls'))).toBeNull();
});

test('Meldingen offline: read and a setting shown at once, kept over a reload, each sent once when back online', async ({ page, context }) => {
  await coachWritesToAnna('Goed bezig!');
  await coachWritesToAnna('Heb je nog vragen?');
  await startControlled(page, ANNA.name);
  await page.goto('/meldingen/instellingen');
  const messageKind = page.getByRole('group', { name: 'Waarover wil je een melding?' }).getByRole('checkbox', { name: 'Een nieuw bericht van je e-coach' });
  await expect(messageKind).toBeChecked();
  await page.getByRole('link', { name: 'Terug naar meldingen' }).click();
  await expect(heading(page, 'Meldingen')).toBeVisible();
  const items = page.locator('.notification-list').getByRole('listitem');
  await expect(items.first()).toContainText('Nieuw');
  await waitForQueryPersist(page);
  const annas = (await mockState()).notifications.filter((n) => n.userId === ANNA.id);
  const newest = annas.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))[0]!;
  expect(annas.filter((n) => n.readAt === null).length).toBeGreaterThanOrEqual(2);

  await context.setOffline(true);
  // one read: opened from the list (its screen opens from the device) ...
  await items.first().getByRole('link').click();
  await expect(heading(page, 'Berichten')).toBeVisible();
  await page.goBack();
  await expect(heading(page, 'Meldingen')).toBeVisible();
  await expect(items.first()).not.toContainText('Nieuw');
  await expect(items.first()).toContainText('Wacht op verbinding');
  await expect(syncStatus(page)).toHaveText('1 wijziging wacht');
  // ... then all
  await page.getByRole('button', { name: 'Alles gelezen' }).click();
  await expect(items.getByText('Nieuw')).toHaveCount(0);
  await expect(syncStatus(page)).toHaveText('2 wijzigingen wachten');
  // a setting: no pushes about messages
  await page.getByRole('link', { name: 'Instellingen voor meldingen' }).click();
  await messageKind.click();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Opgeslagen op dit apparaat. We versturen je instellingen als je weer internet hebt.')).toBeVisible();
  await expect(page.locator('form').getByText('Wacht op verbinding')).toBeVisible();
  await expect(syncStatus(page)).toHaveText('3 wijzigingen wachten');

  // a reload while offline: all still shown, still waiting
  await page.reload();
  await expect(heading(page, 'Instellingen voor meldingen')).toBeVisible();
  await expect(messageKind).not.toBeChecked();
  await expect(page.locator('form').getByText('Wacht op verbinding')).toBeVisible();
  await expect(syncStatus(page)).toHaveText('3 wijzigingen wachten');
  await page.getByRole('link', { name: 'Terug naar meldingen' }).click();
  await expect(items.first()).toContainText('Wacht op verbinding');
  await expect(items.getByText('Nieuw')).toHaveCount(0);
  expect((await mockState()).writeLog.filter((entry) => entry.resource.startsWith('notification'))).toEqual([]);

  // online: each sent once
  await context.setOffline(false);
  await expect(syncStatus(page)).toHaveText('Alles is verstuurd');
  await expect(items.getByText('Wacht op verbinding')).toHaveCount(0);
  await expect(items.getByText('Nieuw')).toHaveCount(0);
  expect(await writesTo(`notification-read:${newest.id}`)).toHaveLength(1);
  expect(await writesTo(`notifications-read:${ANNA.id}`)).toHaveLength(1);
  expect(await writesTo(`notification-settings:${ANNA.id}`)).toHaveLength(1);
  const after = await mockState();
  expect(after.notifications.filter((n) => n.userId === ANNA.id && n.readAt === null)).toEqual([]);
  expect(after.notificationSettings.find((s) => s.userId === ANNA.id)?.kinds).toMatchObject({ message: false, appointment: true });
});
