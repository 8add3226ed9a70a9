import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openScreen, renderApp, startSession } from '#test/render.tsx';
import { db, snapshotDb } from '#mocks/db.ts';
import { todayIso } from '#mocks/clock.ts';
import { captureDownloads, parseIcs } from '#test/downloads.ts';
import { queryClient } from '#src/shared/api/query-client.ts';

const openVacancy = (title: string) => db.vacancies.list().find((v) => v.status === 'open' && v.title === title && (v.validThrough === null || v.validThrough >= todayIso()))!;

describe('vacancy explorer', () => {
  /** Opens the explorer, types `query` and waits until only orderpicker vacancies are listed (at least one). */
  async function searchOrderpickers(query: string) {
    const user = userEvent.setup();
    await openScreen('client-anna', '/vacatures', 'Vacatures');
    await screen.findByText(/vacatures op je telefoon|vacatures$/);
    await user.type(screen.getByRole('searchbox', { name: 'Zoek een vacature' }), query);
    await waitFor(() => {
      const titles = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent ?? '');
      expect(titles.length).toBeGreaterThan(0);
      expect(titles.every((title) => /orderpicker/i.test(title))).toBe(true);
    });
    return user;
  }

  it('finds a vacancy on the device despite a typo', async () => {
    await searchOrderpickers('ordepicker');
    expect(document.querySelector('.vacancy-count')).toHaveTextContent(/\d+ vacature/);
  });

  it('without its search index (not on the device offline) still finds vacancies by their words', async () => {
    // the index's module is not precached (decision 012): here it cannot be loaded at all
    vi.doMock('#src/features/vacancies/search-index.ts', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    try {
      const user = await searchOrderpickers('orderpicker');
      // a typo needs the index
      await user.clear(screen.getByRole('searchbox', { name: 'Zoek een vacature' }));
      await user.type(screen.getByRole('searchbox', { name: 'Zoek een vacature' }), 'ordepicker');
      expect(await screen.findByText('Geen vacatures gevonden. Probeer een ander woord of minder filters.')).toBeInTheDocument();
    } finally {
      vi.doUnmock('#src/features/vacancies/search-index.ts');
    }
  });

  it('"Ik heb gesolliciteerd" creates one linked werkmap activity, and the vacancy says so', async () => {
    const user = userEvent.setup();
    const vacancy = openVacancy('Schoonmaker');
    await openScreen('client-anna', `/vacatures/${vacancy.id}`, vacancy.title);
    await user.click(screen.getByRole('button', { name: 'Ik heb gesolliciteerd' }));
    expect(await screen.findByText(/^Je hebt gesolliciteerd op /)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ik heb gesolliciteerd' })).toBeNull();
    await waitFor(() => expect(db.vacancyApplications.list().filter((a) => a.clientId === 'client-anna')).toHaveLength(1));
    const application = db.vacancyApplications.list()[0]!;
    expect(db.activities.get(application.activityId)).toMatchObject({ typeId: 'vacancy', employer: vacancy.hiringOrganization.name, jobTitle: vacancy.title });
    expect(snapshotDb().writeLog.filter((w) => w.resource.startsWith('vacancy-application:'))).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Bekijk in je werkmap' })).toHaveAttribute('href', `/werkmap/${application.activityId}`);
    // the description is shown as posted, marked Dutch
    expect(screen.getByText(/zoekt een schoonmaker/).closest('[lang]')).toHaveAttribute('lang', 'nl');
  });

  it('Bewaren keeps the vacancy (through the outbox) and lists it under Bewaard; its closing date can go in the calendar', async () => {
    const user = userEvent.setup();
    const vacancy = openVacancy('Kok');
    await openScreen('client-anna', `/vacatures/${vacancy.id}`, vacancy.title);
    await user.click(screen.getByRole('button', { name: 'Bewaren' }));
    expect(await screen.findByRole('button', { name: 'Bewaard' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(db.savedVacancies.list().map((s) => s.vacancyId)).toEqual([vacancy.id]));
    // saved with a closing date: its last day can go in the calendar
    expect(vacancy.validThrough).not.toBeNull();
    // the page has read everything again after the save (a button replaced mid-click downloads nothing)
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    const files = captureDownloads();
    await user.click(await screen.findByRole('button', { name: 'Zet in je agenda' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]?.name).toBe(`vacature-${vacancy.validThrough}.ics`);
    const { event } = parseIcs(await files[0]!.blob.text());
    expect(event.uid).toBe(`vacancy-${vacancy.id}@werkmap.nl`);
    expect(event.summary).toBe(`Laatste dag om te reageren: ${vacancy.title}`);
    expect(event.startDate.toString()).toBe(vacancy.validThrough);
  });
});

describe('zoekprofiel', () => {
  it('has consent for matching off by default, and saves the profile with it off', async () => {
    const user = userEvent.setup();
    await openScreen('client-anna', '/vacatures/zoekprofiel', 'Mijn zoekprofiel');
    const consent = await screen.findByRole('checkbox', { name: 'Regisseurs werk mogen mij voorstellen bij werkgevers' });
    expect(consent).not.toBeChecked();
    expect(screen.getByText(/Kijken we nooit naar je leeftijd/)).toBeInTheDocument();
    const occupations = screen.getByRole('group', { name: /Welk werk zoek je/ });
    await user.click(within(occupations).getByRole('checkbox', { name: 'Schoonmaker' }));
    await user.click(screen.getByRole('button', { name: 'Zoekprofiel opslaan' }));
    expect(await screen.findByText('Je zoekprofiel is opgeslagen.')).toBeInTheDocument();
    await waitFor(() => expect(db.searchProfiles.get('client-anna')).toMatchObject({ occupations: ['9112'], matchingConsent: false, homePlace: 'groningen', version: 1 }));
    expect(db.searchProfiles.get('client-anna')?.matchingConsentGivenAt).toBeNull();
  });

  it('gives and withdraws consent at once', async () => {
    const user = userEvent.setup();
    await openScreen('client-anna', '/vacatures/zoekprofiel', 'Mijn zoekprofiel');
    await user.click(await screen.findByRole('checkbox', { name: 'Regisseurs werk mogen mij voorstellen bij werkgevers' }));
    await user.click(screen.getByRole('button', { name: 'Zoekprofiel opslaan' }));
    await waitFor(() => expect(db.searchProfiles.get('client-anna')?.matchingConsent).toBe(true));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Regisseurs werk mogen mij voorstellen bij werkgevers' })).toBeChecked());
    await user.click(screen.getByRole('checkbox', { name: 'Regisseurs werk mogen mij voorstellen bij werkgevers' }));
    await user.click(screen.getByRole('button', { name: 'Zoekprofiel opslaan' }));
    await waitFor(() => expect(db.searchProfiles.get('client-anna')).toMatchObject({ matchingConsent: false, version: 2 }));
    expect(db.searchProfiles.get('client-anna')?.matchingConsentWithdrawnAt).not.toBeNull();
  });

  it('marks "Nieuw voor jou" what was posted since the last visit; a public computer keeps that only for the session', async () => {
    const yesterday = new Date(Date.now() - 86_400_000);
    localStorage.setItem('werkmap.vacancies.lastVisit:client-anna', yesterday.toISOString());
    await openScreen('client-anna', '/vacatures', 'Vacatures');
    expect((await screen.findAllByText('Nieuw voor jou')).length).toBeGreaterThan(0);
    expect(Date.parse(localStorage.getItem('werkmap.vacancies.lastVisit:client-anna')!)).toBeGreaterThan(yesterday.getTime());
  });

  it('writes nothing to localStorage on a public computer', async () => {
    localStorage.clear();
    await startSession('client-anna', true);
    await renderApp('/vacatures');
    await screen.findByRole('heading', { level: 1, name: 'Vacatures' });
    expect(Object.keys(localStorage).filter((k) => k.includes('lastVisit'))).toEqual([]);
    expect(sessionStorage.getItem('werkmap.vacancies.lastVisit:client-anna')).not.toBeNull();
  });
});
