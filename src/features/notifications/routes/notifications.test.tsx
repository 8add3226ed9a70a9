import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openScreen, reloadApp, renderApp, startSession } from '#test/render.tsx';
import { configureSwitches } from '#mocks/switches.ts';
import { getAppOutbox } from '#src/shared/offline/outbox.ts';
import { db } from '#mocks/db.ts';
import { nowIso } from '#mocks/clock.ts';
import { call, signIn } from '#mocks/testing.ts';
import { clearPushMoment } from '#src/shared/push/moment.ts';

async function coachSends(body: string) {
  const { token } = await signIn('coach-marieke');
  const response = await call(`/clients/client-anna/messages/m-${crypto.randomUUID()}`, {
    method: 'PUT',
    token,
    body: { kind: 'text', body, link: null, appointment: null, writtenAt: nowIso(), attachmentCount: 0 },
  });
  expect(response.status).toBe(201);
}

const settingsWrites = () => db.writeLog.filter((w) => w.resource === 'notification-settings:client-anna');
const annasUnread = () => db.notifications.list().filter((n) => n.userId === 'client-anna' && n.readAt === null);

/** A browser with Web Push whose permission is `permission` (jsdom has none). */
function stubPushBrowser(permission: NotificationPermission) {
  vi.stubGlobal('Notification', { permission, requestPermission: vi.fn(async () => permission) });
  vi.stubGlobal('PushManager', class {});
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { getRegistration: async () => undefined, addEventListener: () => undefined, removeEventListener: () => undefined, startMessages: () => undefined },
  });
}

afterEach(() => {
  configureSwitches({ reset: true });
  clearPushMoment();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('Meldingen', () => {
  it('lists the notifications with nothing personal, counts the unread in the menu, and marks all read once', async () => {
    const user = userEvent.setup();
    await coachSends('Heb je de vacature gezien?');
    await openScreen('client-anna', '/meldingen', 'Meldingen');
    const first = (await screen.findAllByRole('link', { name: 'Je e-coach heeft je een bericht gestuurd.' }))[0]!;
    const list = first.closest('ul') as HTMLElement;
    const item = within(list).getAllByRole('listitem')[0]!;
    expect(item).toHaveTextContent('Je e-coach heeft je een bericht gestuurd.');
    expect(item).toHaveTextContent('Nieuw');
    expect(list).not.toHaveTextContent('vacature gezien');
    const unread = annasUnread().length;
    expect(unread).toBeGreaterThan(0);
    // in the menu (closed on a narrow screen, as in jsdom)
    const navLink = await screen.findByRole('link', { name: new RegExp(`Meldingen.*${unread} nieuwe melding`), hidden: true });
    expect(navLink).toHaveAttribute('href', '/meldingen');

    await user.click(screen.getByRole('button', { name: 'Alles gelezen' }));
    await waitFor(() => expect(annasUnread()).toHaveLength(0));
    expect(within(list).queryByText('Nieuw')).toBeNull();
    expect(db.writeLog.filter((w) => w.resource === 'notifications-read:client-anna')).toHaveLength(1);
  });

  it('opens the right screen and marks that one read', async () => {
    const user = userEvent.setup();
    await coachSends('Een vraag');
    await openScreen('client-anna', '/meldingen', 'Meldingen');
    const newest = annasUnread().sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]!;
    const link = (await screen.findAllByRole('link', { name: 'Je e-coach heeft je een bericht gestuurd.' }))[0]!;
    await user.click(link);
    await screen.findByRole('heading', { level: 1, name: 'Berichten' });
    await waitFor(() => expect(db.notifications.get(newest.id)?.readAt).not.toBeNull());
    expect(db.writeLog.filter((w) => w.resource === `notification-read:${newest.id}`)).toHaveLength(1);
  });
});

describe('Oudere meldingen', () => {
  /** Anna's notification made long ago (older than anything the schedule makes from the seed). */
  const oldOne = (j: number, createdAt: string) =>
    db.notifications.put({ id: `n-old-${j}`, userId: 'client-anna', clientId: 'client-anna', key: `test-old-${j}`, kind: 'feedback', createdAt, readAt: null, link: '/werkmap', pushDueAt: null, pushedAt: null });

  it('shows the newest 50, the older ones on request (focus on the first of them, the count said), none twice or lost at a page boundary', async () => {
    const user = userEvent.setup();
    // the schedule makes Anna's notifications from the seed first
    const { token } = await signIn('client-anna');
    expect((await call('/me/notifications', { token })).status).toBe(200);
    const existing = db.notifications.list().filter((n) => n.userId === 'client-anna').length;
    expect(existing).toBeLessThan(45);
    // 70 older ones, an hour apart, except that five made at one moment (one run of the schedule) straddle the end of the first page
    const sameMoment = (j: number) => existing + j >= 48 && existing + j <= 52;
    for (let j = 0; j < 70; j += 1) oldOne(j, new Date(Date.UTC(2020, 0, 10, 12) - (sameMoment(j) ? 48 - existing : j) * 3_600_000).toISOString());
    const total = existing + 70;

    await openScreen('client-anna', '/meldingen', 'Meldingen');
    const list = (await screen.findAllByRole('link', { name: 'Je e-coach heeft je een bericht gestuurd.' }))[0]!.closest('ul') as HTMLElement;
    const items = () => within(list).getAllByRole('listitem');
    expect(items()).toHaveLength(50);

    await user.click(screen.getByRole('button', { name: 'Toon oudere meldingen' }));
    // every one once: none twice, none lost where the pages meet
    await waitFor(() => expect(items()).toHaveLength(total));
    expect(within(list).getAllByRole('link', { name: 'Je e-coach heeft gereageerd op een activiteit.' }).length).toBeGreaterThanOrEqual(70);
    // focus on the first older one, the number said, no more to load
    await waitFor(() => expect(document.activeElement).toBe(within(items()[50]!).getByRole('link')));
    expect(screen.getByText(/^Je ziet nu \d+ meldingen\.$/)).toHaveTextContent(`Je ziet nu ${total} meldingen.`);
    expect(screen.queryByRole('button', { name: 'Toon oudere meldingen' })).toBeNull();

    // "Alles gelezen" reads the older ones too, once
    await user.click(screen.getByRole('button', { name: 'Alles gelezen' }));
    await waitFor(() => expect(annasUnread()).toHaveLength(0));
    expect(within(list).queryByText('Nieuw')).toBeNull();
    expect(db.writeLog.filter((w) => w.resource === 'notifications-read:client-anna')).toHaveLength(1);
  });

  it('has no button when all fit on one page', async () => {
    oldOne(0, '2020-01-10T12:00:00.000Z');
    await openScreen('client-anna', '/meldingen', 'Meldingen');
    await screen.findByRole('link', { name: 'Je e-coach heeft gereageerd op een activiteit.' });
    expect(screen.queryByRole('button', { name: 'Toon oudere meldingen' })).toBeNull();
  });
});

describe('Instellingen voor meldingen', () => {
  it('switches a kind off and keeps quiet hours, through the outbox', async () => {
    const user = userEvent.setup();
    await openScreen('client-anna', '/meldingen/instellingen', 'Instellingen voor meldingen');
    // jsdom has no Web Push: said in words, the list in the app still works
    expect(await screen.findByText('Deze browser kan geen meldingen op je apparaat laten zien. In Werkmap zie je je meldingen wel.')).toBeInTheDocument();
    const kinds = screen.getByRole('group', { name: 'Waarover wil je een melding?' });
    const message = within(kinds).getByRole('checkbox', { name: 'Een nieuw bericht van je e-coach' });
    expect(message).toBeChecked();
    await user.click(message);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Vanaf' }), '21:00');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(db.notificationSettings.get('client-anna')).toMatchObject({ kinds: { message: false, appointment: true }, quietHours: { from: '21:00', to: '08:00' }, version: 1 }));
    expect(await screen.findByText('Je instellingen zijn opgeslagen.')).toBeInTheDocument();
  });

  it('a change saved while the API does not answer shows at once and after a reload, waiting; sent once later', async () => {
    const user = userEvent.setup();
    await openScreen('client-anna', '/meldingen/instellingen', 'Instellingen voor meldingen');
    const messageKind = () => within(screen.getByRole('group', { name: 'Waarover wil je een melding?' })).getByRole('checkbox', { name: 'Een nieuw bericht van je e-coach' });
    expect(await screen.findByRole('group', { name: 'Waarover wil je een melding?' })).toBeInTheDocument();
    configureSwitches({ unreachable: true });
    await user.click(messageKind());
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Opgeslagen op dit apparaat. We versturen je instellingen als je weer internet hebt.')).toBeInTheDocument();
    const form = screen.getByRole('button', { name: 'Opslaan' }).closest('form') as HTMLElement;
    expect(within(form).getByText('Wacht op verbinding')).toBeInTheDocument();

    await reloadApp('/meldingen/instellingen');
    await screen.findByRole('heading', { level: 1, name: 'Instellingen voor meldingen' });
    await waitFor(() => expect(messageKind()).not.toBeChecked());
    expect(await screen.findByText('Wacht op verbinding')).toBeInTheDocument();
    expect(settingsWrites()).toHaveLength(0);

    configureSwitches({ unreachable: false });
    const outbox = getAppOutbox()!;
    await vi.waitFor(
      async () => {
        await outbox.sendNow();
        expect(settingsWrites()).toHaveLength(1);
      },
      { timeout: 5_000, interval: 100 },
    );
    await waitFor(() => expect(screen.queryByText('Wacht op verbinding')).toBeNull());
    expect(messageKind()).not.toBeChecked();
    expect(db.notificationSettings.get('client-anna')?.kinds).toMatchObject({ message: false });
    expect(settingsWrites()).toHaveLength(1);
  });

  it('explains a blocked permission', async () => {
    stubPushBrowser('denied');
    await openScreen('client-anna', '/meldingen/instellingen', 'Instellingen voor meldingen');
    expect(await screen.findByText(/Je browser blokkeert meldingen van Werkmap/)).toBeInTheDocument();
  });

  it('a coach chooses only messages from cliënten, off until turned on', async () => {
    await openScreen('coach-marieke', '/meldingen/instellingen', 'Instellingen voor meldingen');
    const kinds = await screen.findByRole('group', { name: 'Waarover wil je een melding?' });
    expect(within(kinds).getAllByRole('checkbox').map((box) => box.getAttribute('aria-checked') ?? (box as HTMLInputElement).checked)).toEqual([false]);
    expect(within(kinds).getByRole('checkbox', { name: 'Een nieuw bericht van een cliënt' })).not.toBeChecked();
  });

  it('on a public computer: no push here, said in words', async () => {
    stubPushBrowser('default');
    await startSession('client-anna', true);
    await renderApp('/meldingen/instellingen');
    expect(await screen.findByText(/Je gebruikt een openbare computer. Daarom krijg je hier geen meldingen op het apparaat./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Zet meldingen op dit apparaat aan' })).toBeNull();
  });
});

describe('asking for push at the right moment', () => {
  it('asks after the first message, not on load; after "Nu niet" never again', async () => {
    stubPushBrowser('default');
    const user = userEvent.setup();
    await openScreen('client-anna', '/start', 'Mijn zoekperiode');
    expect(screen.queryByRole('heading', { name: 'Meldingen aanzetten?' })).toBeNull();
    await user.click(screen.getByRole('button', { name: /^Menu/ }));
    // the main menu's link (the home page may also show a card "Berichten aan je e-coach" by then)
    await user.click(within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).getByRole('link', { name: /^Berichten/ }));
    await screen.findByRole('heading', { level: 1, name: 'Berichten' });
    await user.type(await screen.findByLabelText('Je bericht'), 'Hallo');
    await user.click(screen.getByRole('button', { name: 'Versturen' }));
    const prompt = (await screen.findByRole('heading', { name: 'Meldingen aanzetten?' })).closest('section') as HTMLElement;
    expect(prompt).toHaveTextContent(/Wil je een melding krijgen als je e-coach (antwoordt|je uitnodigt)/);
    // below the page's title: the h1 first
    const title = screen.getByRole('heading', { level: 1, name: 'Berichten' });
    expect(title.compareDocumentPosition(prompt) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(within(prompt).getByRole('button', { name: 'Nu niet' }));
    await waitFor(() => expect(db.notificationSettings.get('client-anna')?.pushPrompt).toBe('declined'));
    expect(screen.queryByRole('heading', { name: 'Meldingen aanzetten?' })).toBeNull();
    await user.type(screen.getByLabelText('Je bericht'), 'Nog een');
    await user.click(screen.getByRole('button', { name: 'Versturen' }));
    await waitFor(() => expect(db.messages.list().filter((m) => m.body === 'Nog een')).toHaveLength(1));
    expect(screen.queryByRole('heading', { name: 'Meldingen aanzetten?' })).toBeNull();
  });
});
