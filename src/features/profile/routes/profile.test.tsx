import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { startSession, renderApp } from '#test/render.tsx';
import { snapshotDb } from '#mocks/db.ts';
import { getAppOutbox } from '#src/shared/offline/outbox.ts';

async function openProfileSignedIn() {
  await startSession('client-anna');
  const utils = await renderApp('/profiel');
  await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens' });
  await screen.findByText('anna.devries@example.nl');
  return utils;
}

describe('the profile', () => {
  it('shows each field error next to its field and in a summary that takes focus, keeping what was typed', async () => {
    const user = userEvent.setup();
    await openProfileSignedIn();
    await user.click(screen.getByRole('button', { name: 'Gegevens wijzigen' }));
    const phone = await screen.findByLabelText('Telefoonnummer');
    await user.clear(phone);
    await user.type(phone, 'bel me');
    await user.clear(screen.getByLabelText('E-mailadres'));
    await user.type(screen.getByLabelText('E-mailadres'), 'anna@');
    const dateGroup = screen.getByRole('group', { name: 'Wanneer heb je de uitkering aangevraagd?' });
    await user.clear(within(dateGroup).getByLabelText('Dag'));
    await user.type(within(dateGroup).getByLabelText('Dag'), '31');
    await user.clear(within(dateGroup).getByLabelText('Maand'));
    await user.type(within(dateGroup).getByLabelText('Maand'), '2');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Er is een probleem');
    await waitFor(() => expect(summary).toHaveFocus());
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Vul een telefoonnummer in met alleen cijfers, bijvoorbeeld 06 12345678.',
      'Vul een e-mailadres in zoals naam@voorbeeld.nl.',
      'Deze datum bestaat niet. Vul een echte datum in, bijvoorbeeld 27 3 2026.',
    ]);
    // the message is next to the field, the field is marked invalid, and the input is kept
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    expect(phone).toHaveAccessibleDescription(expect.stringContaining('Fout: Vul een telefoonnummer in'));
    expect(phone).toHaveValue('bel me');
    expect(screen.getByLabelText('E-mailadres')).toHaveValue('anna@');
    // a summary link moves focus to its field
    await user.click(links[0]!);
    expect(phone).toHaveFocus();
    // nothing was queued
    expect(await getAppOutbox()!.list()).toHaveLength(0);
  });

  it('refuses dates in the future and asks since when one is registered with UWV', async () => {
    const user = userEvent.setup();
    await openProfileSignedIn();
    await user.click(screen.getByRole('button', { name: 'Gegevens wijzigen' }));
    const dateGroup = await screen.findByRole('group', { name: 'Wanneer heb je de uitkering aangevraagd?' });
    await user.clear(within(dateGroup).getByLabelText('Jaar'));
    await user.type(within(dateGroup).getByLabelText('Jaar'), String(new Date().getFullYear() + 1));
    const uwv = screen.getByRole('group', { name: 'Sinds wanneer sta je ingeschreven bij UWV?' });
    for (const part of ['Dag', 'Maand', 'Jaar']) await user.clear(within(uwv).getByLabelText(part));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Deze datum ligt in de toekomst');
    expect(summary).toHaveTextContent('Vul in sinds wanneer je ingeschreven staat bij UWV');
  });

  it('saves on the device first, shows it as waiting, then sent once the server confirmed it', async () => {
    const user = userEvent.setup();
    await openProfileSignedIn();
    await user.click(screen.getByRole('button', { name: 'Gegevens wijzigen' }));
    const town = await screen.findByLabelText('Woonplaats');
    await user.clear(town);
    await user.type(town, 'Haren');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.getByText('Haren')).toBeInTheDocument());
    await waitFor(() => expect(screen.getByTestId('profile-sync-state')).toHaveTextContent('Verstuurd'));
    const state = snapshotDb() as { writeLog: { resource: string; method: string }[]; profiles: Record<string, { town: string }> | { clientId: string; town: string }[] };
    expect(state.writeLog.filter((w) => w.resource === 'profile:client-anna')).toHaveLength(1);
    expect(JSON.stringify(state.profiles)).toContain('"town":"Haren"');
  });

  it('is the place for everything about one’s data: the menu’s "Mijn gegevens" lists machtigingen, changes and what is kept', async () => {
    const user = userEvent.setup();
    await startSession('client-yasmin');
    await renderApp('/start');
    await screen.findByRole('heading', { level: 1, name: 'Mijn zoekperiode' });
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    await user.click(within(nav).getByRole('button', { name: /^Menu/ }));
    await user.click(within(nav).getByRole('link', { name: 'Mijn gegevens' }));
    await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Je contactgegevens' })).toBeInTheDocument();
    const more = screen.getByRole('region', { name: 'Meer over je gegevens' });
    expect(within(more).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Machtigingen: wie mag namens jou handelen', '/mijn-gegevens/machtigingen'],
      ['Wie heeft wat gewijzigd', '/mijn-gegevens/wijzigingen'],
      ['Wat we over je bewaren: bekijken, afdrukken of downloaden', '/mijn-gegevens'],
    ]);
    // a client who wants to withdraw a machtiging finds it here
    await user.click(within(more).getByRole('link', { name: /^Machtigingen/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Wie mag namens mij handelen' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Machtiging van Ria Kamminga intrekken' })).toBeInTheDocument();
  });
});
