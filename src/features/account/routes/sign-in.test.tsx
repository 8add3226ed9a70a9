import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, signInAs } from '#test/render.tsx';

// The page sends the browser to the OpenID provider (oidc-client-ts' redirect; the provider's own
// login page is the test persona picker, test/e2e/sign-in-oidc.spec.ts): here only where it sends it.
const startOidcSignIn = vi.hoisted(() => vi.fn(async () => {}));
vi.mock('#src/shared/auth/oidc.ts', async (original) => ({ ...(await original<object>()), startOidcSignIn }));

afterEach(() => startOidcSignIn.mockReset());

describe('the sign-in page', () => {
  it('sends a client to DigiD and an employee to the municipality’s provider, at the provider only', async () => {
    const user = userEvent.setup();
    await renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Inloggen met DigiD' }));
    await waitFor(() => expect(startOidcSignIn).toHaveBeenCalledWith('client', false));
    // no persona picker inside the app (issue 18): it is the development provider's login page
    expect(screen.queryByText('Dit is niet de echte DigiD')).toBeNull();
  });

  it('asks the provider who signs in on a public computer', async () => {
    const user = userEvent.setup();
    await renderApp('/inloggen');
    await user.click(await screen.findByRole('checkbox', { name: 'Ik gebruik een openbare computer' }));
    await user.click(screen.getByRole('button', { name: 'Inloggen als medewerker' }));
    await waitFor(() => expect(startOidcSignIn).toHaveBeenCalledWith('employee', true));
  });

  it('explains when the provider cannot be reached', async () => {
    startOidcSignIn.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const user = userEvent.setup();
    await renderApp('/inloggen');
    await user.click(await screen.findByRole('button', { name: 'Inloggen met DigiD' }));
    expect(await screen.findByText('Inloggen lukt nu niet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Inloggen met DigiD' })).toBeEnabled();
  });

  it('has no in-app picker at the old address', async () => {
    const { router } = await renderApp('/inloggen/digid');
    await waitFor(() => expect(router.state.location.pathname).toBe('/inloggen/digid'));
    expect(screen.queryByText('Dit is niet de echte DigiD')).toBeNull();
  });

  it('sends someone signed in to their own home', async () => {
    await signInAs('coach-marieke');
    const { router } = await renderApp('/inloggen');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn cliënten' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/coach');
  });
});
