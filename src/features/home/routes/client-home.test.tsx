import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { openScreen, startSession, renderApp } from '#test/render.tsx';
import { db } from '#mocks/db.ts';

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
    });
    await startSession('client-sanne');
    await renderApp('/');
    const section = await screen.findByRole('region', { name: 'Besluit van je e-coach' });
    expect(section).toHaveTextContent('Je krijgt meer hulp. Je gaat naar klantondersteuning.');
    expect(within(section).getByText('Je krijgt een vaste klantmanager. <b>Bel</b> gerust.')).toHaveAttribute('dir', 'auto');
    expect(section.querySelector('b')).toBeNull();
    expect(section).toHaveTextContent('Besloten op 20 november 2026');
  });

  it('shows no review section before there is one', async () => {
    await openScreen('client-anna', '/', 'Mijn zoekperiode');
    expect(screen.queryByRole('region', { name: 'Besluit van je e-coach' })).toBeNull();
  });
});
