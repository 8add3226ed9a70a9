import { readFileSync } from 'node:fs';
import { expect, test, type Page, ANNA, MARIEKE, expectNoAxeViolations, expectNoHorizontalScroll, heading, mainNav, mockState, openMenu, readOutbox, resetMock, signIn, startControlled, waitForQueryPersist } from './support.ts';

/**
 * Messages and tasks between Anna (360×740) and her coach Marieke (1280 px, a second browser
 * context): a message written offline reaches the server exactly once, the coach replies, and
 * Anna's screen shows the reply without a reload. The reply is found by the screen's own
 * polling; the test moves the page's clock forward (Playwright's `page.clock`) instead of waiting
 * 15 s or more in real time — the polling code and its back-off run unchanged. Then a task set by
 * the coach is ticked off offline and the coach sees it done. Offline, the invitation is put in
 * Anna's calendar (an .ics made on the device). Axe on every screen; the message is written and
 * sent by keyboard only.
 */

test.beforeEach(async () => {
  await resetMock();
});

const BODY = 'Hoi Marieke,\nMoet ik bij <b>Albert Heijn</b> ook een motivatie sturen?';
/** A 2×2 PNG, as a phone's screenshot would be (scaled and turned into a JPEG on the device). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');
const REPLY = 'Ja, een korte motivatie is goed. Zet hem erbij.';

async function tabTo(page: Page, isTarget: () => Promise<boolean>, max = 60) {
  for (let i = 0; i < max; i += 1) {
    if (await isTarget()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('never reached the element by Tab');
}

async function annaMessageWrites() {
  return (await mockState()).writeLog.filter((w) => w.resource.startsWith('message:') && w.userId === ANNA.id);
}

test('a message written offline reaches the coach once; her reply shows without a reload; a task ticked off offline shows as done', async ({ page, context, browser }) => {
  // two people, two round trips through offline and back: longer than the default minute on a busy machine
  test.slow();
  await page.clock.install();
  await startControlled(page, ANNA.name);
  // home: the open tasks, one overdue, and one unread message on the header's Menu button and in the menu
  await expect(page.getByRole('region', { name: 'Taken van je e-coach' })).toContainText('Te laat');
  await expect(mainNav(page).getByRole('button', { name: 'Menu 1 ongelezen bericht' })).toBeVisible();
  await openMenu(page);
  await expect(page.getByRole('link', { name: /Berichten.*1 ongelezen bericht/ })).toBeVisible();
  await expectNoAxeViolations(page, 'home with tasks');
  await expectNoHorizontalScroll(page, 'home with tasks');
  await page.getByRole('link', { name: /Berichten.*1 ongelezen bericht/ }).click();
  await expect(heading(page, 'Berichten')).toBeVisible();
  await expect(page.getByTestId('conversation')).toContainText('Welkom! Ik ben Marieke');
  // the invitation was unread: shown, it is marked read and the header badge goes
  await expect.poll(async () => (await mockState()).messages.find((m) => m.id === 'msg-anna-4')?.readAt ?? null).not.toBeNull();
  await expect(page.getByRole('button', { name: /ongelezen/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /ongelezen/, includeHidden: true })).toHaveCount(0);
  await expectNoAxeViolations(page, 'client conversation');
  await expectNoHorizontalScroll(page, 'client conversation');
  await waitForQueryPersist(page);

  // offline: "Zet in je agenda" makes the invitation's .ics on the device (the writer's chunk is precached)
  await context.setOffline(true);
  const invitation = page.getByTestId('conversation').getByRole('listitem').filter({ hasText: 'Uitnodiging voor een gesprek' });
  const [ics] = await Promise.all([page.waitForEvent('download'), invitation.getByRole('button', { name: 'Zet in je agenda' }).click()]);
  const startsAt = (await mockState()).messages.find((m) => m.id === 'msg-anna-4')?.appointment?.startsAt ?? '';
  const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'medium' }).format(new Date(startsAt));
  expect(ics.suggestedFilename()).toBe(`afspraak-${local.slice(0, 10)}.ics`);
  const icsText = readFileSync((await ics.path())!, 'utf8');
  expect(icsText).toContain('\r\nUID:appointment-msg-anna-4@werkmap.nl\r\n');
  expect(icsText).toContain(`\r\nDTSTART;TZID=Europe/Amsterdam:${local.replace(/[-:]/g, '').replace(' ', 'T')}\r\n`);
  expect(icsText).toContain('\r\nTZID:Europe/Amsterdam\r\n');
  expect(icsText).not.toContain(ANNA.name);

  // still offline: a photo to go with it, then by keyboard only: write and send
  await page.getByLabel('Bijlagen (niet verplicht)').setInputFiles({ name: 'vacature.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByRole('list', { name: 'Gekozen bestanden' })).toContainText('vacature.jpg');
  await tabTo(page, () => page.getByLabel('Je bericht').evaluate((el) => el === document.activeElement));
  await page.keyboard.type('Hoi Marieke,');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Moet ik bij <b>Albert Heijn</b> ook een motivatie sturen?');
  await tabTo(page, () => page.getByRole('button', { name: 'Versturen', exact: true }).evaluate((el) => el === document.activeElement));
  await page.keyboard.press('Enter');
  const mine = page.getByTestId('conversation').getByRole('listitem').filter({ hasText: 'motivatie sturen' });
  await expect(mine).toContainText('Wacht op verbinding');
  await expect(mine.locator('.message__body')).toHaveText(BODY);
  await expect(mine.locator('b')).toHaveCount(0);
  await expect(mine).toContainText('vacature.jpg');
  // the message and its attachment, in one lane
  expect((await readOutbox(page)).filter((r) => r.lane.startsWith('message:'))).toHaveLength(2);
  await expectNoAxeViolations(page, 'client conversation offline');
  expect(await annaMessageWrites()).toHaveLength(0);

  await context.setOffline(false);
  await expect(mine).toContainText(/Verstuurd|Afgeleverd|Gelezen/, { timeout: 30_000 });
  expect(await annaMessageWrites()).toHaveLength(1);
  await expect.poll(async () => (await mockState()).writeLog.filter((w) => w.resource.startsWith('attachment:')).length).toBe(1);
  expect((await mockState()).messages.find((m) => m.body === BODY)?.attachments.map((a) => [a.name, a.mediaType])).toEqual([['vacature.jpg', 'image/jpeg']]);

  // the coach, in her own browser, reads it and replies
  const coach = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const coachPage = await coach.newPage();
  await signIn(coachPage, MARIEKE.name);
  await coachPage.goto('/coach/clienten/client-anna/berichten');
  await expect(heading(coachPage, `Berichten met ${ANNA.name}`)).toBeVisible();
  const received = coachPage.getByTestId('conversation').getByRole('listitem').filter({ hasText: 'motivatie sturen' });
  await expect(received.locator('.message__body')).toHaveText(BODY);
  await expect(received.getByRole('button', { name: 'vacature.jpg' })).toBeVisible();
  await expectNoAxeViolations(coachPage, 'coach conversation');
  await coachPage.getByLabel('Je bericht').fill(REPLY);
  await coachPage.getByRole('button', { name: 'Versturen', exact: true }).click();
  await expect(coachPage.getByTestId('conversation').getByRole('listitem').filter({ hasText: REPLY })).toContainText(/Verstuurd|Afgeleverd/, { timeout: 15_000 });
  await expect.poll(async () => (await mockState()).messages.find((m) => m.body === BODY)?.readAt ?? null).not.toBeNull();

  // Anna's screen finds the reply by itself (no reload): move her clock on until the next poll
  const reply = page.getByTestId('conversation').getByRole('listitem').filter({ hasText: REPLY });
  const urlBefore = page.url();
  await expect
    .poll(
      async () => {
        await page.clock.fastForward(20_000);
        return reply.count();
      },
      { timeout: 30_000 },
    )
    .toBe(1);
  expect(page.url()).toBe(urlBefore);
  await expect(page.getByTestId('message-announcement')).toHaveText(`Nieuw bericht van ${MARIEKE.name}`);
  await expectNoAxeViolations(page, 'client conversation with reply');

  // the coach sets a task
  await coachPage.goto('/coach/clienten/client-anna/taken');
  await expect(heading(coachPage, `Taken van ${ANNA.name}`)).toBeVisible();
  await expectNoAxeViolations(coachPage, 'coach tasks');
  await coachPage.getByLabel('Taak', { exact: true }).fill('Stuur je motivatie naar Albert Heijn');
  const due = new Date(Date.now() + 7 * 86_400_000);
  await coachPage.getByLabel('Dag').fill(String(due.getDate()));
  await coachPage.getByLabel('Maand').fill(String(due.getMonth() + 1));
  await coachPage.getByLabel('Jaar').fill(String(due.getFullYear()));
  await coachPage.getByRole('button', { name: 'Taak opslaan' }).click();
  await expect.poll(async () => (await mockState()).tasks.filter((t) => t.title === 'Stuur je motivatie naar Albert Heijn').length).toBe(1);

  // Anna ticks it off offline
  await page.goto('/taken');
  await expect(heading(page, 'Taken')).toBeVisible();
  await expect(page.getByText('Te laat')).toBeVisible();
  await expectNoAxeViolations(page, 'client tasks');
  await expectNoHorizontalScroll(page, 'client tasks');
  await waitForQueryPersist(page);
  await context.setOffline(true);
  const task = page.getByTestId('task-items').getByRole('listitem').filter({ hasText: 'Stuur je motivatie naar Albert Heijn' });
  await task.getByRole('checkbox').check();
  await expect(task).toContainText('Opgeslagen op dit apparaat');
  await expect(task).toContainText('Gedaan');
  const taskId = (await mockState()).tasks.find((t) => t.title === 'Stuur je motivatie naar Albert Heijn')!.id;
  expect((await mockState()).tasks.find((t) => t.id === taskId)?.doneAt).toBeNull();
  await context.setOffline(false);
  await expect(task).not.toContainText('Opgeslagen op dit apparaat', { timeout: 30_000 });
  expect((await mockState()).writeLog.filter((w) => w.resource === `task-done:${taskId}`)).toHaveLength(1);

  // the coach sees it done
  await coachPage.reload();
  const coachTask = coachPage.getByTestId('task-items').getByRole('listitem').filter({ hasText: 'Stuur je motivatie naar Albert Heijn' });
  await expect(coachTask).toContainText('Gedaan');
  await coach.close();
});

test('a task changed by the coach offline is kept over a reload and reaches the server once', async ({ page, context }) => {
  await startControlled(page, MARIEKE.name);
  await page.goto('/coach/clienten/client-anna/taken');
  await expect(heading(page, `Taken van ${ANNA.name}`)).toBeVisible();
  const item = page.getByTestId('task-items').getByRole('listitem').filter({ hasText: 'Maak je cv af' });
  await expect(item).toBeVisible();
  await waitForQueryPersist(page);

  await context.setOffline(true);
  await item.getByRole('button', { name: 'Wijzigen Maak je cv af' }).click();
  const form = page.getByRole('form', { name: 'Taak wijzigen' });
  await expect(form.getByLabel('Taak', { exact: true })).toBeFocused();
  await form.getByLabel('Taak', { exact: true }).fill('Maak je cv af en stuur het naar mij');
  await form.getByRole('button', { name: 'Wijziging opslaan' }).click();
  const changed = page.getByTestId('task-items').getByRole('listitem').filter({ hasText: 'Maak je cv af en stuur het naar mij' });
  await expect(changed).toContainText('Opgeslagen op dit apparaat');
  await expect(changed.getByRole('button', { name: 'Wijzigen Maak je cv af en stuur het naar mij' })).toBeFocused();
  expect((await readOutbox(page)).filter((r) => r.lane === 'task:task-anna-cv')).toHaveLength(1);

  // offline after a reload: the change is still there, still waiting
  await page.reload();
  await expect(heading(page, `Taken van ${ANNA.name}`)).toBeVisible();
  await expect(changed).toContainText('Opgeslagen op dit apparaat');
  await expectNoAxeViolations(page, 'coach tasks, change waiting');
  expect((await mockState()).writeLog.filter((w) => w.resource === 'task:task-anna-cv')).toHaveLength(0);

  await context.setOffline(false);
  await expect(changed).not.toContainText('Opgeslagen op dit apparaat', { timeout: 30_000 });
  const state = await mockState();
  expect(state.writeLog.filter((w) => w.resource === 'task:task-anna-cv')).toHaveLength(1);
  expect(state.tasks.find((t) => t.id === 'task-anna-cv')).toMatchObject({ title: 'Maak je cv af en stuur het naar mij', version: 2 });
});
