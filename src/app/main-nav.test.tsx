import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, signInAs } from '#test/render.tsx';
import { wireApiToSession } from './start.ts';
import { startActing } from '#src/shared/auth/acting.ts';

const menuButton = () => screen.getByRole('button', { name: /^Menu/ });
const mainNav = () => screen.getByRole('navigation', { name: 'Hoofdmenu' });
const linkNames = () => within(mainNav()).getAllByRole('link').map((link) => link.textContent?.replace(/\d+.*$/, '').trim());

describe('main navigation', () => {
  it('is a disclosure: the keyboard opens and closes it, Escape puts focus back on the button', async () => {
    const user = userEvent.setup();
    await signInAs('client-anna');
    await renderApp('/start');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn zoekperiode' })).toBeInTheDocument();
    const toggle = menuButton();
    const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(panel).not.toBeNull();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(mainNav()).queryAllByRole('link')).toHaveLength(0);

    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toBeVisible();
    expect(linkNames()).toEqual(['Mijn zoekperiode', 'Werkmap', 'Vacatures', 'Berichten', 'Meldingen', 'Taken', 'Cv', 'Portfolio', 'Voorstellen', 'Mijn gegevens']);
    // the current page is marked, the others not
    expect(within(mainNav()).getByRole('link', { name: 'Mijn zoekperiode' })).toHaveAttribute('aria-current', 'page');
    expect(within(mainNav()).getByRole('link', { name: 'Werkmap' })).not.toHaveAttribute('aria-current');
    // the menu's links follow the button in the tab order
    await user.tab();
    expect(within(mainNav()).getByRole('link', { name: 'Mijn zoekperiode' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
    expect(panel).not.toBeVisible();
    // Space opens it again, and closes it
    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('says how many messages are unread, in the Berichten link and on the Menu button', async () => {
    const user = userEvent.setup();
    await signInAs('client-anna');
    await renderApp('/start');
    // Anna has one unread invitation from her coach (the seed)
    expect(await screen.findByRole('button', { name: 'Menu 1 ongelezen bericht' })).toBeInTheDocument();
    await user.click(menuButton());
    expect(await within(mainNav()).findByRole('link', { name: 'Berichten 1 ongelezen bericht' })).toHaveAttribute('href', '/berichten');
  });

  it('closes when a page is chosen and marks the section of the page', async () => {
    const user = userEvent.setup();
    await signInAs('client-anna');
    const { router } = await renderApp('/start');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn zoekperiode' })).toBeInTheDocument();
    // the page already shown closes it too
    await user.click(menuButton());
    await user.click(within(mainNav()).getByRole('link', { name: 'Mijn zoekperiode' }));
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
    await user.click(menuButton());
    await user.click(within(mainNav()).getByRole('link', { name: 'Werkmap' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Werkmap' })).toBeInTheDocument();
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
    await user.click(menuButton());
    expect(within(mainNav()).getByRole('link', { name: 'Werkmap' })).toHaveAttribute('aria-current', 'page');
    // a page inside a section marks the section (aria-current="true"), not "page"
    await router.navigate('/werkmap/nieuw');
    await user.click(await screen.findByRole('button', { name: /^Menu/, expanded: false }));
    expect(within(mainNav()).getByRole('link', { name: 'Werkmap' })).toHaveAttribute('aria-current', 'true');
    await router.navigate('/mijn-gegevens');
    await user.click(await screen.findByRole('button', { name: /^Menu/, expanded: false }));
    expect(within(mainNav()).getByRole('link', { name: 'Mijn gegevens' })).toHaveAttribute('aria-current', 'true');
    expect(within(mainNav()).getByRole('link', { name: 'Mijn gegevens' })).toHaveAttribute('href', '/profiel');
  });

  it('offers an e-coach the caseload, a helper their list, and a helper acting for a client that client’s screens', async () => {
    const user = userEvent.setup();
    await signInAs('coach-marieke');
    const coach = await renderApp('/coach');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn cliënten' })).toBeInTheDocument();
    await user.click(menuButton());
    expect(linkNames()).toEqual(['Mijn cliënten', 'Meldingen']);
    expect(within(mainNav()).getByRole('link', { name: 'Mijn cliënten' })).toHaveAttribute('aria-current', 'page');
    coach.unmount();

    await signInAs('helper-stip-1');
    wireApiToSession();
    const helper = await renderApp('/helper');
    expect(await screen.findByRole('heading', { level: 1, name: 'Voor wie mag je iets doen?' })).toBeInTheDocument();
    await user.click(menuButton());
    expect(linkNames()).toEqual(['Machtigingen']);
    helper.unmount();

    await startActing('client-yasmin');
    await renderApp('/start');
    expect(await screen.findByTestId('acting-banner')).toHaveTextContent('Je handelt namens Yasmin Haddad');
    await user.click(menuButton());
    // messages and the portfolio stay the client's own (the server refuses helpers there)
    expect(linkNames()).toEqual(['Mijn zoekperiode', 'Werkmap', 'Vacatures', 'Taken', 'Cv', 'Voorstellen', 'Mijn gegevens']);
  });

  it('keeps Uitloggen and the language switch in the header, not in the menu', async () => {
    await signInAs('client-anna');
    await renderApp('/start');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn zoekperiode' })).toBeInTheDocument();
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('link', { name: 'Uitloggen' })).toBeVisible();
    expect(within(header).getByRole('navigation', { name: 'Taal' })).toBeVisible();
    expect(mainNav()).not.toContainElement(within(header).getByRole('link', { name: 'Uitloggen' }));
  });
});
