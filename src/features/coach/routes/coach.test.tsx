import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openScreen } from '#test/render.tsx';
import { db } from '#mocks/db.ts';

const rowNames = (table: HTMLElement) => within(table).getAllByRole('rowheader').map((cell) => within(cell).getAllByRole('link')[0]?.textContent);

describe('the caseload', () => {
  it('sorts by a column with buttons that say how it is sorted', async () => {
    const user = userEvent.setup();
    await openScreen('coach-marieke', '/coach', 'Mijn werkzoekenden');
    const table = await screen.findByRole('table', { name: /66 werkzoekenden die jij begeleidt/ });
    const nameHeader = within(table).getByRole('columnheader', { name: 'Naam' });
    const signalsHeader = within(table).getByRole('columnheader', { name: 'Signalen' });
    expect(signalsHeader).toHaveAttribute('aria-sort', 'descending');
    expect(nameHeader).not.toHaveAttribute('aria-sort');

    await user.click(within(nameHeader).getByRole('button', { name: 'Naam' }));
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(signalsHeader).not.toHaveAttribute('aria-sort');
    const ascending = rowNames(table);
    expect(ascending).toEqual([...ascending].sort((a, b) => (a ?? '').localeCompare(b ?? '', 'nl', { sensitivity: 'base' })));

    await user.click(within(nameHeader).getByRole('button', { name: 'Naam' }));
    expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    expect(rowNames(table)).toEqual([...ascending].reverse());
    expect(table).toHaveAccessibleName(/Gesorteerd op Naam, aflopend/);
  });

  it('filters by service line, signal and name, and says how many are shown', async () => {
    const user = userEvent.setup();
    await openScreen('coach-marieke', '/coach', 'Mijn werkzoekenden');
    const table = await screen.findByRole('table');
    await user.selectOptions(screen.getByLabelText('Dienstverleningslijn'), 'Zelfdoeners');
    await waitFor(() => expect(screen.getByText(/^\d+ van 66 werkzoekenden getoond$/)).toBeInTheDocument());
    for (const row of within(table).getAllByRole('row').slice(1)) expect(row).toHaveTextContent('Zelfdoeners');

    await user.selectOptions(screen.getByLabelText('Dienstverleningslijn'), 'Alle');
    await user.selectOptions(screen.getByLabelText('Signaal'), 'Entreevragenlijst niet ingevuld');
    await waitFor(() => expect(rowNames(table)).toContain('Anna de Vries'));
    for (const row of within(table).getAllByRole('row').slice(1)) expect(row).toHaveTextContent('Entreevragenlijst niet ingevuld');

    await user.type(screen.getByLabelText('Zoek op naam'), 'anna vries');
    await waitFor(() => expect(rowNames(table)).toEqual(['Anna de Vries']));
    expect(screen.getByText('1 van 66 werkzoekenden getoond')).toHaveAttribute('role', 'status');
    await user.type(screen.getByLabelText('Zoek op naam'), 'xyz');
    await waitFor(() => expect(screen.getByText('Niemand past bij deze filters. Pas de filters aan.')).toBeInTheDocument());
  });
});

describe('the client page', () => {
  it('shows the overview and links to every part', async () => {
    await openScreen('coach-marieke', '/coach/clienten/client-sanne', 'Sanne Mulder');
    expect(await screen.findByRole('heading', { level: 2, name: 'Overzicht' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Onderdelen' });
    for (const [name, path] of [
      ['Entreevragenlijst en besluit', 'vragenlijst'],
      ['Werkmap en feedback', 'werkmap'],
      ['Cv', 'cv'],
      ['Portfolio', 'portfolio'],
      ['Berichten', 'berichten'],
      ['Taken', 'taken'],
      ['Evaluatie na drie maanden', 'evaluatie'],
    ]) {
      expect(within(nav).getByRole('link', { name })).toHaveAttribute('href', `/coach/clienten/client-sanne/${path}`);
    }
    const timeline = await screen.findByRole('region', { name: 'Tijdlijn' });
    expect(within(timeline).getAllByRole('listitem')).toHaveLength(25);
    await userEvent.setup().click(within(timeline).getByRole('button', { name: 'Toon meer' }));
    await waitFor(() => expect(within(timeline).getAllByRole('listitem').length).toBeGreaterThan(25));
  });

  it('says what is wrong with an empty note, and keeps a good one (coach-only)', async () => {
    const user = userEvent.setup();
    await openScreen('coach-marieke', '/coach/clienten/client-anna', 'Anna de Vries');
    const notes = await screen.findByRole('region', { name: 'Notities' });
    expect(within(notes).getByText(/Alleen zichtbaar voor coaches/)).toBeInTheDocument();
    await user.click(within(notes).getByRole('button', { name: 'Notitie opslaan' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Schrijf een notitie.' })).toBeInTheDocument();
    expect(within(notes).getByLabelText('Nieuwe notitie')).toHaveAccessibleDescription(/Schrijf een notitie\./);
    expect(db.coachNotes.list().filter((n) => n.clientId === 'client-anna')).toHaveLength(0);

    await user.type(within(notes).getByLabelText('Nieuwe notitie'), 'Wil in de zorg werken.');
    await user.click(within(notes).getByRole('button', { name: 'Notitie opslaan' }));
    await waitFor(() => expect(within(notes).getByText(/Opgeslagen op dit apparaat/)).toBeInTheDocument());
    await waitFor(() => expect(db.coachNotes.list().filter((n) => n.clientId === 'client-anna').map((n) => n.text)).toEqual(['Wil in de zorg werken.']));
    // the server's note (with who wrote it), not the pending copy that is removed once sent
    await waitFor(() => {
      const item = within(notes).getByText('Wil in de zorg werken.').closest('li');
      expect(item).toHaveTextContent(/Marieke Bakker, /);
      expect(item).not.toHaveTextContent('Nog niet verstuurd');
    });
  });

  it('shows the 403 page, with none of the client’s data, for another coach’s client', async () => {
    await openScreen('coach-marieke', '/coach/clienten/client-henk', 'Geen toegang');
    expect(screen.queryByText(/Henk|Dijkstra|Veendam/)).toBeNull();
    expect(screen.queryByRole('region', { name: 'Notities' })).toBeNull();
  });
});

describe('the three-month review', () => {
  it('asks for every answer, a decision and a reason, then moves the client', async () => {
    const user = userEvent.setup();
    await openScreen('coach-marieke', '/coach/clienten/client-sanne/evaluatie', 'Evaluatie van Sanne Mulder');
    await user.click(screen.getByRole('button', { name: 'Evaluatie opslaan' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link', { name: 'Kies Ja, Deels of Nee.' })).toHaveLength(3);
    expect(within(summary).getByRole('link', { name: 'Kies hoe het verder gaat.' })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Schrijf de reden op. De werkzoekende leest die.' })).toBeInTheDocument();

    for (const question of ['Heeft de werkzoekende genoeg gesolliciteerd (de norm)?', 'Heeft de werkzoekende de werkmap bijgehouden, met bewijs?', 'Was de werkzoekende bereikbaar en reageerde op berichten en taken?']) {
      await user.click(within(screen.getByRole('group', { name: question })).getByLabelText('Deels'));
    }
    await user.click(screen.getByLabelText('Naar klantondersteuning'));
    expect(screen.getByText(/De dienstverleningslijn verandert in klantondersteuning/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Reden'), 'Je hebt meer hulp nodig.');
    await user.click(screen.getByRole('button', { name: 'Evaluatie opslaan' }));
    await waitFor(() => expect(db.clients.get('client-sanne')?.serviceLine).toBe('guidedSupport'));
    expect(db.reviews.list()).toMatchObject([{ clientId: 'client-sanne', decision: 'guidedSupport', reason: 'Je hebt meer hulp nodig.', obligations: { applications: 'partly' } }]);
  });
});
