import { describe, expect, it } from 'vitest';
import { delay, http } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, signInAs } from '#test/render.tsx';
import { takeReturnTo } from '#src/shared/auth/return-to.ts';
import { sessionStore } from '#src/shared/auth/session-store.ts';
import { sessionInfoSchema } from '#src/shared/auth/schemas.ts';
import { db } from '#mocks/db.ts';
import { server } from '#mocks/node.ts';

/** Ria (STIP) signed in and acting for the client, as after "Handel namens" on her home. */
async function actAsHelperFor(clientId: string) {
  const session = await signInAs('helper-stip-1');
  const response = await fetch('http://localhost:3000/api/helper/acting', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session.token}` },
    body: JSON.stringify({ clientId }),
  });
  const info = sessionInfoSchema.parse(await response.json());
  sessionStore.set({ ...session, ...info });
  return info;
}

describe('routes by role', () => {
  it('sends someone who is not signed in to the sign-in page', async () => {
    const { router } = await renderApp('/profiel');
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/inloggen');
  });

  it('does not let a werkzoekende open the coach screens', async () => {
    await signInAs('client-anna');
    await renderApp('/coach');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('does not let an e-coach open client screens', async () => {
    await signInAs('coach-marieke');
    await renderApp('/profiel');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
  });

  it('shows each role its own home', async () => {
    await signInAs('helper-stip-1');
    const { router } = await renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Voor wie mag je iets doen?' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/helper');
    // only the clients with an active authorisation
    await waitFor(() => expect(screen.getByText('Yasmin Haddad')).toBeInTheDocument());
    expect(screen.queryByText('Piet Hoekstra')).not.toBeInTheDocument();
    expect(screen.queryByText('Anna de Vries')).not.toBeInTheDocument();
  });

  it('brings a helper whose authorisation was withdrawn back to their own list, also when the page was refused first', async () => {
    await actAsHelperFor('client-yasmin');
    // Yasmin withdraws it on her own device; the check of the acting context answers late
    const authorisation = db.authorisations.get('auth-yasmin-stip-1')!;
    db.authorisations.put({ ...authorisation, withdrawnAt: new Date().toISOString() });
    server.use(
      http.get('*/api/auth/session', async () => {
        await delay(400);
      }),
    );
    const { router } = await renderApp('/profiel');
    expect(await screen.findByRole('heading', { level: 1, name: 'Voor wie mag je iets doen?' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/helper');
    expect(screen.queryByText('Yasmin Haddad')).not.toBeInTheDocument();
  });

  it('a helper who may only view gets a page saying so instead of a form; the pages that show data open', async () => {
    const info = await actAsHelperFor('client-henk');
    expect(info.actingFor?.scope).toBe('read');
    for (const path of ['/werkmap/nieuw', '/portfolio/nieuw', '/vragenlijst/vraag/werkervaring', '/cv/gegevens/werkervaring/nieuw', '/cv/gegevens/persoonlijk', '/cv/cv-henk-1']) {
      const { router, unmount } = await renderApp(path);
      expect(await screen.findByRole('heading', { level: 1, name: 'Alleen bekijken' })).toBeInTheDocument();
      expect(screen.getByText(/Je mag de gegevens van Henk .* alleen bekijken/)).toBeInTheDocument();
      expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Naar de startpagina' })).toHaveAttribute('href', '/start');
      expect(router.state.location.pathname).toBe(path);
      unmount();
    }
    const werkmap = await renderApp('/werkmap');
    expect(await screen.findByRole('heading', { level: 1, name: 'Werkmap' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1, name: 'Alleen bekijken' })).not.toBeInTheDocument();
    werkmap.unmount();
    // the CV: its entries without the controls that change them, and a CV opens to be read
    const section = await renderApp('/cv/gegevens/werkervaring');
    expect(await screen.findByRole('heading', { level: 2, name: 'Vrachtwagenchauffeur' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Wijzigen/ })).not.toBeInTheDocument();
    expect(within(screen.getByRole('main')).queryAllByRole('button')).toEqual([]);
    section.unmount();
    await renderApp('/cv');
    expect(await screen.findByRole('link', { name: 'Chauffeur' })).toHaveAttribute('href', '/cv/cv-henk-1/afdrukken');
    expect(screen.queryByRole('link', { name: 'Persoonlijke gegevens' })).not.toBeInTheDocument();
  });

  it('a helper who may change things gets the form', async () => {
    await actAsHelperFor('client-yasmin');
    await renderApp('/werkmap/nieuw');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nieuwe activiteit' })).toBeInTheDocument();
  });

  it('shows a 404 page with a way back for an unknown address', async () => {
    await renderApp('/bestaat-niet');
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Terug naar de startpagina' })).toHaveAttribute('href', '/');
  });

  it('asks to sign in again after a 401 and comes back to the same page', async () => {
    const user = userEvent.setup();
    const session = await signInAs('client-anna');
    // the token is no longer valid on the server (as after it expired)
    sessionStore.set({ ...session, token: 'x'.repeat(40) });
    const { router } = await renderApp('/profiel');
    expect(await screen.findByRole('heading', { level: 1, name: 'Log opnieuw in' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Opnieuw inloggen' }));
    // to the sign-in page, which sends the browser to the provider; the way back to /profiel after
    // it is the e2e test's (foundation.spec.ts, "a forged token …")
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/inloggen');
    expect(takeReturnTo()).toBe('/profiel');
  });
});
