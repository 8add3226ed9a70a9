import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '#test/render.tsx';
import { SESSION_KEY } from '#src/shared/auth/session-store.ts';
import { appConfig, setAppConfig } from '#src/shared/config/app-config.ts';

describe('signing in with the mock DigiD', () => {
  it('lists the seeded personas and signs a werkzoekende in to their own home', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Inloggen met DigiD' }));

    await waitFor(() => expect(screen.getByText('Dit is niet de echte DigiD')).toBeInTheDocument());
    const clients = await screen.findByRole('region', { name: 'Werkzoekenden' });
    expect(within(clients).getAllByRole('button').length).toBeGreaterThanOrEqual(4);
    expect(screen.getByRole('region', { name: 'E-coaches' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'STIP-medewerkers' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Inloggen als Anna de Vries' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn zoekperiode' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/start');
    expect(screen.getByRole('banner')).toHaveTextContent('Anna de Vries');
    expect(screen.getByRole('banner')).toHaveTextContent('werkzoekende');
    expect(screen.getByRole('link', { name: 'Uitloggen' })).toBeInTheDocument();
    // own device: the session survives a reload
    expect(localStorage.getItem(SESSION_KEY)).toContain('client-anna');
    expect(sessionStorage.getItem(SESSION_KEY)).toBeNull();
  });

  it('keeps the session out of localStorage on a public computer', async () => {
    const user = userEvent.setup();
    await renderApp('/inloggen');
    await user.click(await screen.findByRole('checkbox', { name: 'Ik gebruik een openbare computer' }));
    await user.click(screen.getByRole('button', { name: 'Inloggen met DigiD' }));
    await waitFor(() => expect(screen.getByText(/Je logt in op een openbare computer/)).toBeInTheDocument());
    await user.click(await screen.findByRole('button', { name: 'Inloggen als Anna de Vries' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn zoekperiode' })).toBeInTheDocument();
    await waitFor(() => expect(sessionStorage.getItem(SESSION_KEY)).toContain('"publicComputer":true'));
    expect(localStorage.getItem(SESSION_KEY)).toBeNull();
  });

  it('sends a coach to the caseload of their own clients', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/inloggen');
    // config.json's oidc.signIn is 'personas' (the default): both buttons open the test picker
    await user.click(await screen.findByRole('button', { name: 'Inloggen als medewerker' }));
    await user.click(await screen.findByRole('button', { name: /Inloggen als Marieke/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn cliënten' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/coach');
    const table = await screen.findByRole('table');
    expect(within(table).getByText('Anna de Vries')).toBeInTheDocument();
  });
});

describe('a municipality that signs in at its providers (config.json oidc.signIn "oidc")', () => {
  it('has no persona picker in the app', async () => {
    setAppConfig({ ...appConfig(), oidc: { ...appConfig().oidc, signIn: 'oidc' } });
    const { router } = await renderApp('/inloggen/digid');
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/inloggen');
    expect(screen.queryByText('Dit is niet de echte DigiD')).toBeNull();
  });
});
