import { describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, signInAs } from '#test/render.tsx';
import { appConfig, setAppConfig } from '#src/shared/config/app-config.ts';
import { switchedOffSection } from './feature-switches.tsx';

function municipality(features: Partial<ReturnType<typeof appConfig>['features']>, languages = appConfig().languages) {
  setAppConfig({ ...appConfig(), municipality: { name: 'Gemeente Zuiderveen' }, languages, features: { ...appConfig().features, ...features } });
}

describe('feature switches (config.json `features`)', () => {
  it('a section switched off is not in the menu, its pages say it is not there, and the rest stays', async () => {
    municipality({ vacancies: false, portfolio: false });
    await signInAs('client-anna');
    await renderApp('/start');
    await screen.findByRole('heading', { level: 1, name: 'Mijn zoekperiode' });
    await userEvent.setup().click(screen.getByRole('button', { name: /^Menu/ }));
    const links = within(screen.getByRole('navigation', { name: 'Hoofdmenu' }))
      .getAllByRole('link')
      .map((link) => link.textContent?.replace(/\d+.*$/, '').trim());
    expect(links).toEqual(['Mijn zoekperiode', 'Werkmap', 'Berichten', 'Meldingen', 'Taken', 'Cv', 'Mijn gegevens']);
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Werkmap is een dienst van Gemeente Zuiderveen.');
  });

  it('says so at the address of a switched-off section', async () => {
    municipality({ messages: false });
    await signInAs('client-anna');
    await renderApp('/berichten');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dit onderdeel is er niet' })).toBeInTheDocument();
    expect(screen.getByText('Gemeente Zuiderveen gebruikt dit onderdeel van Werkmap niet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Terug naar de startpagina' })).toBeInTheDocument();
  });

  it('has no link to a switched-off section on the client home and the coach client page', async () => {
    municipality({ portfolio: false, messages: false });
    await signInAs('client-anna');
    await renderApp('/start');
    const more = (await screen.findByRole('heading', { level: 2, name: 'Meer' })).nextElementSibling as HTMLElement;
    expect(within(more).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['/profiel', '/mijn-gegevens']);
    cleanup();

    municipality({ vacancies: false, portfolio: true, messages: false });
    await signInAs('coach-marieke');
    await renderApp('/coach/clienten/client-anna');
    const sections = await screen.findByRole('navigation', { name: 'Onderdelen' });
    expect(within(sections).getAllByRole('link').map((link) => link.textContent)).toEqual(['Entreevragenlijst en besluit', 'Werkmap en feedback', 'Cv', 'Portfolio', 'Taken']);
  });

  it('knows which addresses belong to which section', () => {
    const on = (feature: string) => feature === 'portfolio'; // only the portfolio is on
    expect(switchedOffSection('/vacatures/v-1', on)).toBe('vacancies');
    expect(switchedOffSection('/voorstellen', on)).toBe('vacancies');
    expect(switchedOffSection('/coach/clienten/c-1/berichten', on)).toBe('messages');
    expect(switchedOffSection('/portfolio', on)).toBeNull();
    expect(switchedOffSection('/werkmap', on)).toBeNull();
    expect(switchedOffSection('/vacaturesx', on)).toBeNull();
  });

  it('the language switch offers only the languages of config.json', async () => {
    municipality({}, ['nl', 'en', 'ar']);
    await renderApp('/inloggen');
    await screen.findByRole('heading', { level: 1, name: 'Inloggen' });
    const nav = screen.getByRole('navigation', { name: 'Taal' });
    await userEvent.setup().click(within(nav).getByRole('button', { expanded: false }));
    expect(within(nav).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Nederlands', 'English', 'العربية']);
  });
});
