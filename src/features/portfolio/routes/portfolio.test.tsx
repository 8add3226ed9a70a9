import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openScreen } from '#test/render.tsx';
import { db, snapshotDb } from '#mocks/db.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { getAppOutbox } from '#src/shared/offline/outbox.ts';
import { applyItemWrite } from '../rules.ts';

const writes = (prefix: string) => snapshotDb().writeLog.filter((w) => w.resource.startsWith(prefix));

function seedAnnaItem(title = 'Kok in een hotel') {
  return db.portfolioItems.put(
    applyItemWrite(
      undefined,
      { kind: 'experience', subKind: 'work', title, description: '', organisation: 'Hotel Zon', startDate: '2020', endDate: '2022-06', tags: [], link: null, starr: null },
      { id: 'anna-item-1', clientId: 'client-anna', at: '2026-01-01T10:00:00.000Z' },
    ),
  );
}

describe('portfolio items', () => {
  it('explains what a portfolio is when it is empty', async () => {
    await openScreen('client-anna', '/portfolio', 'Mijn e-portfolio');
    expect(await screen.findByRole('heading', { name: 'Wat is een e-portfolio?' })).toBeInTheDocument();
    expect(screen.getByText(/Je portfolio is van jou/)).toBeInTheDocument();
  });

  it('shows errors next to the fields and in a summary, then saves once; HTML typed shows as text', async () => {
    const user = userEvent.setup();
    await openScreen('client-anna', '/portfolio/nieuw', 'Nieuw item');
    // each kind's hint is on its own line, not run into the label ("TalentIets waar …")
    const talent = screen.getByRole('radio', { name: 'Talent' });
    expect(talent).toHaveAccessibleDescription('Iets waar je goed in bent.');
    expect(screen.getByText('Iets waar je goed in bent.').closest('label')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Kies wat je wilt toevoegen.');
    await user.click(screen.getByRole('radio', { name: 'Ervaring' }));
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    await screen.findByRole('heading', { level: 1, name: 'Nieuw: Ervaring' });
    await user.click(screen.getByLabelText('Vrijwilligerswerk'));
    await user.type(screen.getByLabelText('Vanaf wanneer (niet verplicht)'), 'vorig jaar');
    await user.type(screen.getByLabelText('Tot wanneer (niet verplicht)'), '2019');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getAllByRole('link').map((l) => l.textContent)).toEqual([
      'Vul dit in.',
      'Vul een jaar in, of een maand en jaar, of een datum. Bijvoorbeeld 2021 of 5-2021.',
    ]);
    expect(screen.getByLabelText('Functie of taak')).toHaveAttribute('aria-invalid', 'true');
    expect(await getAppOutbox()!.list()).toHaveLength(0);

    await user.type(screen.getByLabelText('Functie of taak'), '<img src=x onerror=alert(1)><b>Gastvrouw</b>');
    await user.clear(screen.getByLabelText('Vanaf wanneer (niet verplicht)'));
    await user.type(screen.getByLabelText('Vanaf wanneer (niet verplicht)'), '3-2020');
    await user.type(screen.getByLabelText('Vaardigheden en trefwoorden (niet verplicht)'), 'gastvrij, plannen');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Tot wanneer moet na vanaf wanneer zijn.');
    await user.clear(screen.getByLabelText('Tot wanneer (niet verplicht)'));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    const heading = await screen.findByRole('heading', { level: 1, name: '<img src=x onerror=alert(1)><b>Gastvrouw</b>' });
    expect(heading.querySelector('img, b')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('item-sync-state')).toHaveTextContent('Verstuurd'));
    expect(writes('portfolioItem:')).toHaveLength(1);
    const saved = [...db.portfolioItems.values()].find((i) => i.clientId === 'client-anna');
    expect(saved).toMatchObject({ kind: 'experience', subKind: 'volunteer', startDate: '2020-03', endDate: null, tags: ['gastvrij', 'plannen'] });
  });

  it('a reflection asks the five STARR questions', async () => {
    const user = userEvent.setup();
    await openScreen('client-anna', '/portfolio/nieuw?soort=reflection', 'Nieuw: Reflectie');
    expect(screen.getByRole('group', { name: 'Terugkijken met STARR' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Waar kijk je op terug?'), 'Eerste week');
    await user.type(screen.getByLabelText('Situatie'), 'Het was druk.');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link')).toHaveLength(4);
    for (const label of ['Taak', 'Actie', 'Resultaat', 'Reflectie']) expect(screen.getByLabelText(label)).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('deleting an item', () => {
  it('asks first (cancel keeps it, focus back), then deletes it with its share once, and says so', async () => {
    const user = userEvent.setup();
    seedAnnaItem();
    db.portfolioShares.put({
      id: 'share-only-1',
      clientId: 'client-anna',
      audience: 'coach',
      name: null,
      itemIds: ['anna-item-1'],
      endsOn: '2099-01-01',
      createdAt: '2026-01-02T10:00:00.000Z',
      revokedAt: null,
      token: null,
    });
    await openScreen('client-anna', '/portfolio/anna-item-1', 'Kok in een hotel');
    const start = screen.getByRole('button', { name: 'Verwijder dit item' });
    await user.click(start);
    const confirm = screen.getByRole('group', { name: 'Wil je ‘Kok in een hotel’ echt verwijderen?' });
    expect(confirm).toHaveTextContent('Wie je het liet zien, ziet het niet meer.');
    expect(confirm).toHaveTextContent('Je kunt dit niet ongedaan maken.');
    await user.click(within(confirm).getByRole('button', { name: 'Annuleren' }));
    expect(screen.getByRole('button', { name: 'Verwijder dit item' })).toHaveFocus();
    expect(await getAppOutbox()!.list()).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Verwijder dit item' }));
    await user.click(screen.getByRole('button', { name: 'Ja, verwijder het' }));
    await screen.findByRole('heading', { level: 1, name: 'Mijn e-portfolio' });
    await waitFor(() => expect(screen.getByText('‘Kok in een hotel’ is verwijderd.')).toBeInTheDocument());
    expect(screen.queryByRole('link', { name: 'Kok in een hotel' })).toBeNull();
    await waitFor(() => expect(db.portfolioItems.get('anna-item-1')).toBeUndefined());
    expect(writes('portfolioItem:anna-item-1')).toEqual([expect.objectContaining({ method: 'DELETE' })]);
    expect(db.portfolioShares.get('share-only-1')?.revokedAt).not.toBeNull();
    await waitFor(() => expect(screen.queryByText('Dit staat op dit apparaat. We versturen het zodra je verbinding hebt.')).toBeNull());
  });
});

describe('sharing', () => {
  it('shares with the coach until an end date (checked), and revokes at once', async () => {
    const user = userEvent.setup();
    seedAnnaItem();
    await openScreen('client-anna', '/portfolio/anna-item-1', 'Kok in een hotel');
    expect(screen.getByText('Je deelt dit nu met niemand.')).toBeInTheDocument();
    await user.click(screen.getByText('Dit item delen'));
    const end = screen.getByRole('group', { name: 'Tot en met welke datum?' });
    // three months from today is proposed
    const proposed = new Date();
    proposed.setMonth(proposed.getMonth() + 3);
    expect(within(end).getByLabelText('Jaar')).toHaveValue(String(proposed.getFullYear()));
    await user.clear(within(end).getByLabelText('Jaar'));
    await user.type(within(end).getByLabelText('Jaar'), String(new Date().getFullYear() + 2));
    await user.click(screen.getByRole('button', { name: 'Delen' }));
    await waitFor(() => expect(screen.getByText('Kies met wie je wilt delen.')).toBeInTheDocument());
    expect(screen.getByText('Je kunt maximaal 1 jaar delen. Kies een eerdere datum.')).toBeInTheDocument();
    expect(await getAppOutbox()!.list()).toHaveLength(0);

    await user.click(screen.getByLabelText('Met mijn e-coach'));
    await user.clear(within(end).getByLabelText('Jaar'));
    await user.type(within(end).getByLabelText('Jaar'), String(proposed.getFullYear()));
    await user.click(screen.getByRole('button', { name: 'Delen' }));
    const revoke = await screen.findByRole('button', { name: 'Stoppen met delen (Je e-coach)' });
    await waitFor(() => expect(writes('portfolioShare:')).toHaveLength(1));
    const share = [...db.portfolioShares.values()].find((s) => s.clientId === 'client-anna')!;
    expect(share).toMatchObject({ audience: 'coach', itemIds: ['anna-item-1'], revokedAt: null, token: null });

    await user.click(revoke);
    await waitFor(() => expect(db.portfolioShares.get(share.id)?.revokedAt).not.toBeNull());
    await waitFor(() => expect(screen.getByText('Gestopt')).toBeInTheDocument());
    expect(screen.queryByRole('button', { name: /Stoppen met delen/ })).toBeNull();
  });
});

describe('the coach', () => {
  it('sees only shared items; after revoking the item is gone and the page says so', async () => {
    const user = userEvent.setup();
    await openScreen('coach-marieke', '/coach/clienten/client-jayden/portfolio', /E-portfolio van/);
    expect(await screen.findByRole('link', { name: 'VCA basis' })).toBeInTheDocument();
    expect(screen.queryByText('Vakkenvuller')).toBeNull();
    await user.click(screen.getByRole('link', { name: 'VCA basis' }));
    await screen.findByRole('heading', { level: 1, name: 'VCA basis' });
    await user.type(screen.getByLabelText('Jouw reactie'), 'Goed dat je dit hebt!');
    await user.click(screen.getByRole('button', { name: 'Reactie plaatsen' }));
    await waitFor(() => expect(db.portfolioItems.get('seed-pf-jayden-3')?.comments.map((c) => c.text)).toEqual(['Goed dat je dit hebt!']));
    expect(db.portfolioAccess.list().some((e) => e.itemId === 'seed-pf-jayden-3' && e.viewerName === 'Marieke Bakker')).toBe(true);

    db.portfolioShares.put({ ...db.portfolioShares.get('seed-pf-share-jayden')!, revokedAt: new Date().toISOString() });
    await queryClient.invalidateQueries();
    expect(await screen.findByRole('heading', { level: 1, name: 'Niet meer gedeeld' })).toBeInTheDocument();
  });

  it("a coach without the client in the caseload gets nothing", async () => {
    await openScreen('coach-sander', '/coach/clienten/client-jayden/portfolio', /E-portfolio/);
    expect(await screen.findByRole('heading', { level: 1, name: /Geen toegang|niet/i })).toBeInTheDocument();
  });
});
