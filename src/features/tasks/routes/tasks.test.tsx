import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { startSession, renderApp } from '#test/render.tsx';
import { db } from '#mocks/db.ts';
import { captureDownloads, parseIcs } from '#test/downloads.ts';
import { getAppOutbox } from '#src/shared/offline/outbox.ts';
import { StorageFullError } from '#src/shared/offline/errors.ts';

describe('tasks (client)', () => {
  it('shows open tasks on the home screen, overdue ones flagged in words', async () => {
    await startSession('client-anna');
    await renderApp('/start');
    const section = await screen.findByRole('region', { name: 'Taken van je e-coach' });
    const late = within(section).getByText('Meld je aan voor de workshop solliciteren').closest('li') as HTMLElement;
    expect(within(late).getByText('Te laat')).toBeInTheDocument();
    const onTime = within(section).getByText('Maak je cv af').closest('li') as HTMLElement;
    expect(within(onTime).queryByText('Te laat')).toBeNull();
    // a due date reads as a deadline, not as "finished on"
    expect(onTime).toHaveTextContent(/Uiterlijk op \d{1,2} \p{L}+/u);
    expect(section).not.toHaveTextContent('Klaar op');
    // one word for what is counted: the werkmap counts activiteiten, home says the same
    expect(screen.getByText(/\d+ van \d+ activiteiten gedaan/)).toBeInTheDocument();
    expect(screen.queryByText(/sollicitaties gedaan/)).toBeNull();
  });

  it('ticks a task off through the outbox, once', async () => {
    const user = userEvent.setup();
    await startSession('client-anna');
    await renderApp('/taken');
    await user.click(await screen.findByRole('checkbox', { name: 'Maak je cv af' }));
    const item = screen.getByRole('checkbox', { name: 'Maak je cv af' }).closest('li') as HTMLElement;
    await waitFor(() => expect(within(item).getByText('Gedaan')).toBeInTheDocument());
    await waitFor(() => expect(db.tasks.get('task-anna-cv')?.doneBy).toBe('client-anna'));
    await waitFor(() => expect(within(item).queryByText('Opgeslagen op dit apparaat')).toBeNull());
    expect(db.writeLog.filter((w) => w.resource === 'task-done:task-anna-cv')).toHaveLength(1);
  });

  it('puts an open task’s due date in the calendar (not an overdue one); the task’s words only in the description', async () => {
    const user = userEvent.setup();
    const files = captureDownloads();
    await startSession('client-anna');
    await renderApp('/taken');
    const item = (await screen.findByRole('checkbox', { name: 'Maak je cv af' })).closest('li') as HTMLElement;
    const late = screen.getByRole('checkbox', { name: 'Meld je aan voor de workshop solliciteren' }).closest('li') as HTMLElement;
    expect(within(late).queryByRole('button', { name: 'Zet in je agenda' })).toBeNull();
    await user.click(within(item).getByRole('button', { name: 'Zet in je agenda' }));
    await waitFor(() => expect(files).toHaveLength(1));
    const task = db.tasks.get('task-anna-cv');
    expect(files[0]?.name).toBe(`taak-${task?.dueDate}.ics`);
    const { event } = parseIcs(await files[0]!.blob.text());
    expect(event.uid).toBe('task-task-anna-cv@werkmap.nl');
    expect(event.summary).toBe('Taak van je e-coach');
    expect(event.description).toContain('Maak je cv af');
    expect(event.sequence).toBe(task?.version);
    expect(event.startDate.toString()).toBe(task?.dueDate);
  });

  it('says so when the tick could not be kept on the device (a full disk)', async () => {
    const user = userEvent.setup();
    await startSession('client-anna');
    await renderApp('/taken');
    const box = await screen.findByRole('checkbox', { name: 'Maak je cv af' });
    vi.spyOn(getAppOutbox()!, 'enqueue').mockRejectedValueOnce(new StorageFullError());
    await user.click(box);
    expect(await screen.findByRole('alert')).toHaveTextContent('Je apparaat is vol.');
    expect(db.tasks.get('task-anna-cv')?.doneBy).toBeNull();
  });
});
