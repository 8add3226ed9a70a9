import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { endSession, openScreen, startSession, renderApp } from '#test/render.tsx';
import { addDays, todayIso } from '#src/shared/lib/dates.ts';
import { dateFormatter } from '#src/shared/lib/format.ts';
import { searchPeriodEnd } from '#src/shared/lib/search-period.ts';
import { db } from '#mocks/db.ts';
import userEvent from '@testing-library/user-event';
import { captureDownloads, parseIcs } from '#test/downloads.ts';

describe('the client home', () => {
  it('tells the client the coach’s three-month review decision and why, as text', async () => {
    db.reviews.put({
      id: 'review-sanne-1',
      clientId: 'client-sanne',
      obligations: { applications: 'partly', workFolder: 'met', reachable: 'notMet' },
      decision: 'guidedSupport',
      reason: 'Je krijgt een vaste klantmanager. <b>Bel</b> gerust.',
      reviewedAt: '2026-11-20T10:00:00.000Z',
      reviewedBy: { id: 'coach-marieke', name: 'Marieke Bakker' },
      serviceLineBefore: 'selfReliant',
      serviceLineAfter: 'guidedSupport',
      rung: null,
    });
    await startSession('client-sanne');
    await renderApp('/');
    const section = await screen.findByRole('region', { name: 'Besluit van je e-coach' });
    expect(section).toHaveTextContent('Je krijgt meer hulp. Je gaat naar klantondersteuning.');
    expect(within(section).getByText('Je krijgt een vaste klantmanager. <b>Bel</b> gerust.')).toHaveAttribute('dir', 'auto');
    expect(section.querySelector('b')).toBeNull();
    expect(section).toHaveTextContent('Besloten op 20 november 2026');
    // the review is the newer decision: no second "what was decided" beside it
    expect(screen.queryByRole('region', { name: 'Wat je e-coach heeft besloten' })).toBeNull();
  });

  it('shows no review section before there is one, and no decided line before the e-coach decided', async () => {
    await openScreen('client-anna', '/', 'Mijn zoekperiode');
    expect(screen.queryByRole('region', { name: 'Besluit van je e-coach' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Wat je e-coach heeft besloten' })).toBeNull();
  });

  it('names the line the e-coach decided in plain words, never the participatieladder rung', async () => {
    await openScreen('client-sanne', '/', 'Mijn zoekperiode');
    const line = await screen.findByRole('region', { name: 'Wat je e-coach heeft besloten' });
    expect(line).toHaveTextContent('Je kunt zelf werk vinden. Een e-coach helpt je op afstand via Werkmap.');
    expect(line).not.toHaveTextContent(/Zelfdoeners|trede|ladder|Betaald werk/i);
  });
});

describe('the zoekperiode on every screen', () => {
  it('home and werkmap show the same last day: four weeks, the last day included', async () => {
    // Anna applied three days ago; her norm runs in periods of four weeks from that day
    const start = addDays(todayIso(), -3);
    const last = `tot en met ${dateFormatter('nl')(searchPeriodEnd(start))}`;
    expect(searchPeriodEnd(start)).toBe(addDays(todayIso(), 24));
    const first = await openScreen('client-anna', '/', 'Mijn zoekperiode');
    const home = await screen.findByTestId('search-period');
    expect(home).toHaveTextContent(last);
    expect(home).toHaveTextContent('Nog 25 dagen');
    first.unmount();
    await endSession();
    await openScreen('client-anna', '/werkmap', 'Werkmap');
    const card = await screen.findByTestId('norm-card');
    expect(card).toHaveTextContent(last);
    expect(card).toHaveTextContent('nog 25 dagen');
  });
});

describe('"Zet in je agenda" for the zoekperiode', () => {
  it('downloads the last day as an all-day event, and not on a public computer', async () => {
    const user = userEvent.setup();
    const files = captureDownloads();
    const last = searchPeriodEnd(addDays(todayIso(), -3));
    const first = await openScreen('client-anna', '/', 'Mijn zoekperiode');
    const card = await screen.findByTestId('search-period');
    await user.click(within(card).getByRole('button', { name: 'Zet in je agenda' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]?.name).toBe(`zoekperiode-${last}.ics`);
    const text = (await files[0]?.blob.text()) ?? '';
    expect(text).toContain(`DTSTART;VALUE=DATE:${last.replaceAll('-', '')}\r\n`);
    expect(text).not.toMatch(/Anna|Vries/);
    const { event } = parseIcs(text);
    expect(event.uid).toBe('search-period-end-client-anna@werkmap.nl');
    expect(event.summary).toBe('Laatste dag van je zoekperiode');
    expect(event.startDate.isDate).toBe(true);
    expect(event.endDate.toString()).toBe(addDays(last, 1));
    first.unmount();
    await endSession();
    await startSession('client-anna', true);
    await renderApp('/');
    expect(await screen.findByTestId('search-period')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Zet in je agenda' })).toBeNull();
  });
});
