import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderApp, startSession } from '#test/render.tsx';
import { minutesLeft } from './public-computer-banner.tsx';

describe('public-computer mode', () => {
  it('says on every page that this is a public computer, with the minutes left, without a live region', async () => {
    const session = await startSession('client-anna', true);
    const { router } = await renderApp('/start');
    await screen.findByRole('heading', { level: 1, name: 'Mijn zoekperiode' });
    const banner = screen.getByTestId('public-computer');
    expect(banner).toHaveTextContent(`Openbare computer · nog ${minutesLeft(session.expiresAt, Date.now())} minuten`);
    expect(banner.closest('header')).not.toBeNull();
    expect(banner.closest('[aria-live], [role="status"], [role="alert"]')).toBeNull();
    await router.navigate('/werkmap');
    await screen.findByRole('heading', { level: 1, name: 'Werkmap' });
    expect(screen.getByTestId('public-computer')).toHaveTextContent(/^Openbare computer · nog \d+ minuten$/);
  });

  it('is not shown on one’s own device', async () => {
    await startSession('client-anna');
    await renderApp('/start');
    await screen.findByRole('heading', { level: 1, name: 'Mijn zoekperiode' });
    expect(screen.queryByTestId('public-computer')).toBeNull();
  });

  it('counts whole minutes, rounded up, at least one', () => {
    const now = Date.parse('2026-12-07T10:00:00Z');
    expect(minutesLeft('2026-12-07T10:30:00Z', now)).toBe(30);
    expect(minutesLeft('2026-12-07T10:11:01Z', now)).toBe(12);
    expect(minutesLeft('2026-12-07T10:00:10Z', now)).toBe(1);
  });
});
