import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openScreen, startSession, renderApp } from '#test/render.tsx';
import { captureDownloads, parseIcs } from '#test/downloads.ts';
import { db } from '#mocks/db.ts';

describe('the conversation (client)', () => {
  it('shows the conversation per day, newest at the bottom, with states for own messages', async () => {
    await openScreen('client-anna', '/berichten', 'Berichten');
    const conversation = await screen.findByTestId('conversation');
    const items = within(conversation).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Welkom! Ik ben Marieke');
    expect(items.at(-1)).toHaveTextContent('Uitnodiging voor een gesprek');
    expect(within(items[1] as HTMLElement).getByText('Gelezen')).toBeInTheDocument();
    expect(within(conversation).getAllByRole('heading', { level: 2 }).length).toBe(3);
  });

  it('says next to the field that an empty message cannot be sent', async () => {
    const user = userEvent.setup();
    await openScreen('client-anna', '/berichten', 'Berichten');
    await user.click(await screen.findByRole('button', { name: 'Versturen' }));
    const field = screen.getByLabelText('Je bericht');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Schrijf een bericht of voeg een bijlage toe.'));
    expect(field).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows typed HTML as text with its line breaks, and the server gets it once', async () => {
    const user = userEvent.setup();
    await openScreen('client-anna', '/berichten?over=activity:act-anna-1', 'Berichten');
    expect(screen.getByText('Vraag over deze sollicitatie')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Je bericht'), '<b>vet</b><script>alert(1)</script>{Enter}tweede regel');
    await user.click(screen.getByRole('button', { name: 'Versturen' }));
    const conversation = screen.getByTestId('conversation');
    const body = await within(conversation).findByText((_, el) => el?.classList.contains('message__body') === true && el.textContent === '<b>vet</b><script>alert(1)</script>\ntweede regel');
    expect(body.querySelector('b, script')).toBeNull();
    expect(body).toHaveAttribute('dir', 'auto');
    await waitFor(() => expect(within(body.closest('li') as HTMLElement).getByText('Verstuurd')).toBeInTheDocument());
    const stored = db.messages.list().filter((m) => m.body.startsWith('<b>vet</b>'));
    expect(stored).toHaveLength(1);
    expect(stored[0]?.link).toEqual({ type: 'activity', id: 'act-anna-1', label: 'Vraag over deze sollicitatie' });
  });

  it('says next to the file field when a video is chosen, and keeps what was typed', async () => {
    const user = userEvent.setup({ applyAccept: false });
    await openScreen('client-anna', '/berichten', 'Berichten');
    await user.type(screen.getByLabelText('Je bericht'), 'Zie de film');
    await user.upload(screen.getByLabelText('Bijlagen (niet verplicht)'), new File(['x'], 'film.mp4', { type: 'video/mp4' }));
    expect(await screen.findByLabelText('Bijlagen (niet verplicht)')).toHaveAccessibleDescription(expect.stringContaining('Dit is een video.'));
    expect(screen.getByLabelText('Je bericht')).toHaveValue('Zie de film');
  });

  it('needs a reason when the client needs another moment for an appointment', async () => {
    const user = userEvent.setup();
    await openScreen('client-anna', '/berichten', 'Berichten');
    const form = await screen.findByRole('form', { name: 'Kun je komen?' });
    await user.click(within(form).getByLabelText('Ik heb een ander moment nodig'));
    await user.click(within(form).getByRole('button', { name: 'Antwoord versturen' }));
    const reason = within(form).getByLabelText('Waarom heb je een ander moment nodig?');
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('Schrijf waarom je een ander moment nodig hebt.'));
    await user.type(reason, 'Dan moet ik werken. Donderdag kan ik wel.');
    await user.click(within(form).getByRole('button', { name: 'Antwoord versturen' }));
    await waitFor(() => expect(db.messages.get('msg-anna-4')?.appointment?.answer).toMatchObject({ answer: 'otherTime', reason: 'Dan moet ik werken. Donderdag kan ik wel.' }));
  });
});

describe('"Zet in je agenda" on an invitation', () => {
  it('downloads the appointment as an .ics file made on the device, with nothing personal in it', async () => {
    const user = userEvent.setup();
    const files = captureDownloads();
    await openScreen('client-anna', '/berichten', 'Berichten');
    const card = (await screen.findByText('Uitnodiging voor een gesprek')).closest('.appointment') as HTMLElement;
    const button = within(card).getByRole('button', { name: 'Zet in je agenda' });
    expect(button).toHaveAccessibleDescription('Je agenda-app opent het bestand.');
    await user.click(button);
    await waitFor(() => expect(files).toHaveLength(1));
    const appointment = db.messages.get('msg-anna-4')?.appointment;
    const startsAt = appointment?.startsAt ?? '';
    const file = files[0]!;
    expect(file.name).toMatch(/^afspraak-\d{4}-\d{2}-\d{2}\.ics$/);
    expect(file.blob.type).toBe('text/calendar;charset=utf-8');
    const text = await file.blob.text();
    expect(text).not.toMatch(/Anna|Marieke|Vries|Bakker/);
    const { calendar, event } = parseIcs(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(event.uid).toBe('appointment-msg-anna-4@werkmap.nl');
    expect(event.summary).toBe('Afspraak met je e-coach');
    expect(event.location).toBe('Online');
    expect(event.description).toBe('https://meet.example.org/marieke-anna');
    expect(event.startDate.zone?.tzid).toBe('Europe/Amsterdam');
    expect(event.startDate.toUnixTime() * 1000).toBe(Date.parse(startsAt));
    expect(event.endDate.toUnixTime() * 1000).toBe(Date.parse(startsAt) + 30 * 60_000);
    expect(file.name).toBe(`afspraak-${event.startDate.toString().slice(0, 10)}.ics`);

    // "Ik heb een ander moment nodig": the same UID, cancelled, with a higher SEQUENCE
    await user.click(within(card).getByLabelText('Ik heb een ander moment nodig'));
    await user.type(within(card).getByLabelText('Waarom heb je een ander moment nodig?'), 'Dan moet ik werken.');
    await user.click(within(card).getByRole('button', { name: 'Antwoord versturen' }));
    await user.click(await within(card).findByRole('button', { name: 'Haal uit je agenda' }));
    await waitFor(() => expect(files).toHaveLength(2));
    const cancelled = parseIcs(await files[1]!.blob.text());
    expect(cancelled.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancelled.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.event.uid).toBe(event.uid);
    expect(cancelled.event.sequence).toBeGreaterThan(event.sequence);
  });

  it('is not offered on a public computer (a download stays in its Downloads folder), nor to the coach', async () => {
    await startSession('client-anna', true);
    const first = await renderApp('/berichten');
    expect(await screen.findByText('Uitnodiging voor een gesprek')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Zet in je agenda' })).toBeNull();
    first.unmount();
    await startSession('coach-marieke');
    await renderApp('/coach/clienten/client-anna/berichten');
    expect(await screen.findByText('Uitnodiging voor een gesprek')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Zet in je agenda' })).toBeNull();
  });
});

describe('the conversation (coach)', () => {
  it("shows a 403 page with none of the client's messages to another coach", async () => {
    await startSession('coach-sander');
    await renderApp('/coach/clienten/client-anna/berichten');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
    expect(screen.queryByText(/Welkom! Ik ben Marieke/)).toBeNull();
  });

  it('replies and sends an invitation, which needs a place or a link', async () => {
    const user = userEvent.setup();
    await openScreen('coach-marieke', '/coach/clienten/client-anna/berichten', 'Berichten met Anna de Vries');
    await user.click(screen.getByRole('button', { name: 'Uitnodiging versturen' }));
    expect(screen.getByLabelText('Plaats')).toHaveAccessibleDescription(expect.stringContaining('Vul een plaats of een online link in.'));
    const next = new Date(Date.now() + 5 * 86_400_000);
    await user.type(screen.getByLabelText('Dag'), String(next.getDate()));
    await user.type(screen.getByLabelText('Maand'), String(next.getMonth() + 1));
    await user.type(screen.getByLabelText('Jaar'), String(next.getFullYear()));
    await user.type(screen.getByLabelText('Tijd'), '14:30');
    await user.type(screen.getByLabelText('Plaats'), 'Stadhuis Groningen, balie 3');
    // a link that is not a web address is refused at the field (the server refuses it too)
    await user.type(screen.getByLabelText('Online link'), 'javascript:alert(document.cookie)');
    await user.click(screen.getByRole('button', { name: 'Uitnodiging versturen' }));
    expect(await screen.findByLabelText('Online link')).toHaveAccessibleDescription(expect.stringContaining('Vul een webadres in dat begint met https://'));
    expect(db.messages.list().some((m) => m.kind === 'appointment' && m.appointment?.place === 'Stadhuis Groningen, balie 3')).toBe(false);
    await user.clear(screen.getByLabelText('Online link'));
    await user.type(screen.getByLabelText('Online link'), 'https://meet.example.org/anna');
    await user.click(screen.getByRole('button', { name: 'Uitnodiging versturen' }));
    await waitFor(() => expect(db.messages.list().find((m) => m.kind === 'appointment' && m.appointment?.place === 'Stadhuis Groningen, balie 3')?.senderId).toBe('coach-marieke'));
    expect(db.messages.list().find((m) => m.appointment?.place === 'Stadhuis Groningen, balie 3')?.appointment?.onlineUrl).toBe('https://meet.example.org/anna');
  });
});

describe('tasks (coach)', () => {
  it('creates a task with a due date, with errors next to the fields first', async () => {
    const user = userEvent.setup();
    await openScreen('coach-marieke', '/coach/clienten/client-anna/taken', 'Taken van de cliënt');
    await screen.findByRole('heading', { level: 3, name: 'Maak je cv af' });
    expect(screen.getByText('Te laat')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Taak opslaan' }));
    expect(screen.getByLabelText('Taak')).toHaveAccessibleDescription(expect.stringContaining('Vul de taak in.'));
    await user.type(screen.getByLabelText('Taak'), 'Ga naar de banenmarkt');
    const next = new Date(Date.now() + 10 * 86_400_000);
    await user.type(screen.getByLabelText('Dag'), String(next.getDate()));
    await user.type(screen.getByLabelText('Maand'), String(next.getMonth() + 1));
    await user.type(screen.getByLabelText('Jaar'), String(next.getFullYear()));
    await user.click(screen.getByRole('button', { name: 'Taak opslaan' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 3, name: 'Ga naar de banenmarkt' })).toBeInTheDocument());
    await waitFor(() => expect(db.tasks.list().find((t) => t.title === 'Ga naar de banenmarkt')?.createdBy).toBe('coach-marieke'));
  });

  it('changes an overdue task in place: its past date may stay, another past date may not; saved once on the version shown', async () => {
    const user = userEvent.setup();
    await openScreen('coach-marieke', '/coach/clienten/client-anna/taken', 'Taken van de cliënt');
    const before = db.tasks.get('task-anna-workshop')!;
    const open = await screen.findByRole('button', { name: /^Wijzigen\s*Meld je aan voor de workshop solliciteren$/ });
    await user.click(open);
    const form = screen.getByRole('form', { name: 'Taak wijzigen' });
    const title = within(form).getByLabelText('Taak');
    expect(title).toHaveFocus();
    expect(title).toHaveValue('Meld je aan voor de workshop solliciteren');
    const past = new Date(Date.now() - 3 * 86_400_000);
    const day = within(form).getByLabelText('Dag');
    await user.clear(day);
    await user.type(day, String(past.getDate()));
    const month = within(form).getByLabelText('Maand');
    await user.clear(month);
    await user.type(month, String(past.getMonth() + 1));
    const year = within(form).getByLabelText('Jaar');
    await user.clear(year);
    await user.type(year, String(past.getFullYear()));
    await user.click(within(form).getByRole('button', { name: 'Wijziging opslaan' }));
    await waitFor(() => expect(within(form).getAllByText(/Deze datum is al voorbij/).length).toBeGreaterThan(0));
    expect(db.tasks.get('task-anna-workshop')?.version).toBe(before.version);
    // Cancel: nothing changes, focus back on the button
    await user.click(within(form).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('form', { name: 'Taak wijzigen' })).toBeNull();
    expect(screen.getByRole('button', { name: /^Wijzigen\s*Meld je aan voor de workshop solliciteren$/ })).toHaveFocus();
    // Change only the title: the overdue date the task already had is kept
    await user.click(screen.getByRole('button', { name: /^Wijzigen\s*Meld je aan voor de workshop solliciteren$/ }));
    const again = screen.getByRole('form', { name: 'Taak wijzigen' });
    await user.clear(within(again).getByLabelText('Taak'));
    await user.type(within(again).getByLabelText('Taak'), 'Meld je vandaag aan voor de workshop');
    await user.click(within(again).getByRole('button', { name: 'Wijziging opslaan' }));
    expect(await screen.findByRole('button', { name: /^Wijzigen\s*Meld je vandaag aan voor de workshop$/ })).toHaveFocus();
    expect(screen.getByText('De wijziging is opgeslagen.')).toBeInTheDocument();
    await waitFor(() => expect(db.tasks.get('task-anna-workshop')?.title).toBe('Meld je vandaag aan voor de workshop'));
    const saved = db.tasks.get('task-anna-workshop')!;
    expect(saved).toMatchObject({ version: before.version + 1, dueDate: before.dueDate, createdBy: before.createdBy });
    expect(db.writeLog.filter((w) => w.resource === 'task:task-anna-workshop')).toHaveLength(1);
  });

  it('does not overwrite a change made elsewhere in the meantime: the edit waits as a conflict', async () => {
    const user = userEvent.setup();
    await openScreen('coach-marieke', '/coach/clienten/client-anna/taken', 'Taken van de cliënt');
    await user.click(await screen.findByRole('button', { name: /^Wijzigen\s*Maak je cv af$/ }));
    // meanwhile the task changes on the server (another tab of the coach)
    const current = db.tasks.get('task-anna-cv')!;
    db.tasks.put({ ...current, description: 'Ook je cursussen.', version: current.version + 1 });
    const form = screen.getByRole('form', { name: 'Taak wijzigen' });
    await user.type(within(form).getByLabelText('Taak'), ' en stuur hem op');
    await user.click(within(form).getByRole('button', { name: 'Wijziging opslaan' }));
    const item = (await screen.findByRole('button', { name: /^Wijzigen\s*Maak je cv af en stuur hem op$/ })).closest('li') as HTMLElement;
    await waitFor(() => expect(within(item).getByText('Niet verstuurd')).toBeInTheDocument());
    expect(db.tasks.get('task-anna-cv')).toMatchObject({ title: 'Maak je cv af', description: 'Ook je cursussen.' });
  });
});
