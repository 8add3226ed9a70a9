import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, signInAs } from '#test/render.tsx';
import { captureDownloads } from '#test/downloads.ts';
import { call, signIn } from '#mocks/testing.ts';
import { db } from '#mocks/db.ts';
import { sessionStore } from '#src/shared/auth/session-store.ts';
import { dateFormatter } from '#src/shared/lib/format.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Mijn gegevens', () => {
  it('shows what is stored per kind in plain words, and who looked at it', async () => {
    const coach = await signIn('coach-marieke');
    await call('/clients/client-anna/work-folder', { token: coach.token });
    await signInAs('client-anna');
    await renderApp('/mijn-gegevens');
    await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens en privacy' });
    const who = await screen.findByRole('region', { name: 'Wie je bent' });
    expect(within(who).getByText('Anna de Vries')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Je contactgegevens' })).toBeInTheDocument();
    // plain Dutch: a date as a date, a language by its name, no raw codes
    const birthDate = db.clients.get('client-anna')?.birthDate ?? 'missing';
    expect(within(who).getByText(dateFormatter('nl')(birthDate))).toBeInTheDocument();
    expect(within(who).queryByText(birthDate)).toBeNull();
    expect(within(who).getByText('Eerste taal').nextElementSibling).toHaveTextContent(/^Nederlands$/);
    // one "Andere gegevens" at most, and no counts that say nothing
    expect(screen.getAllByRole('region', { name: 'Andere gegevens' })).toHaveLength(1);
    expect(document.body.textContent).not.toMatch(/\d+ gegevens?\b/);
    expect(screen.getByRole('region', { name: 'Berichten' })).toHaveTextContent(/\d+ berichte?n?/);
    // a readable copy beside the JSON: the page printed (header, buttons and deletion left out)
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await userEvent.setup().click(screen.getByRole('button', { name: 'Afdrukken of opslaan als pdf' }));
    expect(print).toHaveBeenCalledOnce();
    expect(screen.getByRole('region', { name: 'Gegevens laten verwijderen' })).toHaveClass('no-print');
    // the BSN is in the download, not on the screen
    const bsn = db.clients.get('client-anna')?.bsn ?? 'missing';
    expect(document.body.textContent).not.toContain(bsn);
    const access = await screen.findAllByTestId('access');
    expect(access[0]).toHaveTextContent('Marieke Bakker (e-coach)');
    expect(access[0]).toHaveTextContent('Bekeek je werkmap');
  });

  it('downloads everything as JSON', async () => {
    const user = userEvent.setup();
    const files = captureDownloads();
    await signInAs('client-anna');
    await renderApp('/mijn-gegevens');
    await user.click(await screen.findByRole('button', { name: 'Alles downloaden als bestand (JSON)' }));
    expect(files).toHaveLength(1);
    const data = JSON.parse(await files[0]!.blob.text()) as { clientId: string; collections: Record<string, unknown[]> };
    expect(data.clientId).toBe('client-anna');
    expect(Object.keys(data.collections)).toEqual(expect.arrayContaining(['clients', 'profiles']));
  });

  it('asks to confirm a deletion, then deletes and signs out', async () => {
    const user = userEvent.setup();
    await signInAs('client-anna');
    await renderApp('/mijn-gegevens');
    await user.click(await screen.findByRole('button', { name: 'Verwijderen aanvragen' }));
    const confirm = screen.getByRole('group', { name: 'Weet je het zeker? Dit kun je niet ongedaan maken.' });
    expect(confirm).toHaveTextContent('binnen een maand');
    // cancelling changes nothing
    await user.click(within(confirm).getByRole('button', { name: 'Annuleren' }));
    expect(sessionStore.get()).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Verwijderen aanvragen' }));
    await user.click(screen.getByRole('button', { name: 'Ja, verwijder mijn gegevens' }));
    await screen.findByRole('heading', { level: 1, name: 'Je verzoek is ontvangen' });
    expect(sessionStore.get()).toBeNull();
    expect(db.sessions.size).toBe(0);
  });
});

describe('machtigen in the app', () => {
  it('lets the helper act for a client, shows the banner on every page, and stops', async () => {
    const user = userEvent.setup();
    await signInAs('helper-stip-1');
    const { router } = await renderApp('/helper');
    await user.click(await screen.findByRole('button', { name: 'Handel namens Yasmin Haddad' }));
    const banner = await screen.findByTestId('acting-banner');
    expect(banner).toHaveTextContent('Je handelt namens Yasmin Haddad');
    await waitFor(() => expect(router.state.location.pathname).toBe('/start'));
    expect(sessionStore.get()?.user.clientId).toBe('client-yasmin');
    // only what a helper may open: no Berichten or e-portfolio on the client's home or in the menu
    await screen.findByRole('heading', { level: 1, name: 'Mijn zoekperiode' });
    expect(await screen.findByRole('link', { name: 'Mijn gegevens' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Berichten aan je e-coach' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Mijn e-portfolio' })).toBeNull();
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).queryByRole('link', { name: /Berichten/, hidden: true })).toBeNull();
    expect(within(nav).queryByRole('link', { name: /portfolio/i, hidden: true })).toBeNull();
    // the intake knows someone helps: "Ja, iemand helpt mij" is already chosen, with the helper's name
    await router.navigate('/vragenlijst');
    expect(await screen.findByRole('radio', { name: 'Ja, iemand helpt mij' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Naam van de persoon die helpt' })).toHaveValue('Ria Kamminga');
    await router.navigate('/mijn-gegevens/wijzigingen');
    await screen.findByRole('heading', { level: 1, name: 'Wie heeft wat gewijzigd' });
    expect(screen.getByTestId('acting-banner')).toBeInTheDocument();
    await user.click(within(screen.getByTestId('acting-banner')).getByRole('button', { name: 'Stop met handelen namens Yasmin Haddad' }));
    await screen.findByRole('heading', { level: 1, name: 'Voor wie mag je iets doen?' });
    expect(screen.queryByTestId('acting-banner')).toBeNull();
    expect(sessionStore.get()?.actingFor).toBeNull();
  });

  it('lets the client withdraw an authorisation after confirming', async () => {
    const user = userEvent.setup();
    await signInAs('client-yasmin');
    await renderApp('/mijn-gegevens/machtigingen');
    const active = (await screen.findAllByTestId('authorisation')).find((item) => item.textContent?.includes('Geldig tot en met'));
    expect(active).toBeDefined();
    await user.click(within(active!).getByRole('button', { name: 'Machtiging van Ria Kamminga intrekken' }));
    await user.click(within(active!).getByRole('button', { name: 'Ja, intrekken' }));
    await screen.findByText('De machtiging van Ria Kamminga is ingetrokken. Ria Kamminga kan niets meer voor je zien of doen.');
    expect(db.authorisations.list().filter((a) => a.clientId === 'client-yasmin' && a.withdrawnAt === null)).toEqual([]);
  });
});
