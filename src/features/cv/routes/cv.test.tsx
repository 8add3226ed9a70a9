import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { openScreen, startSession, endSession, renderApp } from '#test/render.tsx';
import { db } from '#mocks/db.ts';
import { server } from '#mocks/node.ts';
import { toJsonResume } from '../json-resume.ts';

/** Types a whole value at once (a paste: one input event, not one per letter), replacing what was there. */
async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, value: string) {
  await user.clear(input);
  await user.click(input);
  await user.paste(value);
}

afterEach(async () => {
  await endSession();
  vi.restoreAllMocks();
});

describe('the master profile editor', () => {
  it('adds a work experience: errors next to the fields and in a summary, then saved through the outbox', async () => {
    const user = userEvent.setup();
    await openScreen('client-jayden', '/cv/gegevens/werkervaring', 'Werkervaring');
    await waitFor(() => expect(screen.getByText('Hier staat nog niets.')).toBeInTheDocument());
    await user.click(screen.getByRole('link', { name: 'Werkervaring toevoegen' }));
    await screen.findByRole('heading', { level: 1, name: 'Werkervaring toevoegen' });

    const start = screen.getByRole('group', { name: 'Vanaf' });
    await user.type(within(start).getByLabelText('Jaar'), '2023');
    const end = screen.getByRole('group', { name: 'Tot en met' });
    await user.type(within(end).getByLabelText('Jaar'), '2021');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Vul een titel in.' })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Deze datum ligt voor de begindatum.' })).toBeInTheDocument();
    expect(screen.getByLabelText('Functie')).toHaveAccessibleDescription(/Vul een titel in/);

    await user.type(screen.getByLabelText('Functie'), '<script>alert(1)</script> Magazijnmedewerker');
    await user.type(screen.getByLabelText('Werkgever'), 'Bol');
    await user.clear(within(end).getByLabelText('Jaar'));
    await user.selectOptions(within(start).getByLabelText('Maand'), '3');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    await screen.findByRole('heading', { level: 1, name: 'Werkervaring' });
    // typed markup is text, never HTML
    expect(await screen.findByRole('heading', { level: 2, name: '<script>alert(1)</script> Magazijnmedewerker' })).toBeInTheDocument();
    expect(document.querySelector('script')).toBeNull();
    await waitFor(() => expect(db.cvProfiles.get('client-jayden')?.entries).toHaveLength(1));
    expect(db.cvProfiles.get('client-jayden')?.entries[0]).toMatchObject({ section: 'work', organisation: 'Bol', startDate: '2023-03', endDate: null });
    expect(db.writeLog.filter((w) => w.resource === 'cv-profile:client-jayden')).toHaveLength(1);
  });

  it('keeps date of birth and photo off by default and says why', async () => {
    await openScreen('client-jayden', '/cv/gegevens/persoonlijk', 'Persoonlijke gegevens');
    expect(await screen.findByLabelText('Zet mijn geboortedatum op mijn cv')).not.toBeChecked();
    expect(screen.getByLabelText('Zet een foto op mijn cv')).not.toBeChecked();
    expect(screen.getByLabelText('Zet een foto op mijn cv')).toHaveAccessibleDescription(/anders beoordeelt/);
    expect(screen.queryByText(/BSN/i)).toBeNull();
  });

  it('holds headline, website, profile links and address: checked next to each field, saved, and in the JSON Resume export', async () => {
    const user = userEvent.setup();
    await openScreen('client-jayden', '/cv/gegevens/persoonlijk', 'Persoonlijke gegevens');
    await fill(user, await screen.findByLabelText('Functie of kopje onder je naam'), 'Kok');
    await fill(user, screen.getByLabelText('Je eigen website'), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Profiel toevoegen' }));
    const first = screen.getByRole('group', { name: 'Profiel 1' });
    expect(within(first).getByLabelText('Netwerk')).toHaveFocus();
    await fill(user, within(first).getByLabelText('Gebruikersnaam'), 'jayden');
    await fill(user, within(first).getByLabelText('Webadres van je profiel'), 'ftp://example.com/jayden');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Vul een webadres in dat begint met https://',
      'Vul in welk netwerk het is, bijvoorbeeld LinkedIn.',
      'Vul een webadres in dat begint met https://',
    ]);
    expect(screen.getByLabelText('Je eigen website')).toHaveAccessibleDescription(/begint met https:\/\//);
    expect(within(first).getByLabelText('Netwerk')).toHaveAccessibleDescription(/Vul in welk netwerk het is/);
    expect(within(first).getByLabelText('Webadres van je profiel')).toHaveAttribute('aria-invalid', 'true');

    await fill(user, screen.getByLabelText('Je eigen website'), 'https://jayden.example');
    await fill(user, within(first).getByLabelText('Netwerk'), 'LinkedIn');
    await fill(user, within(first).getByLabelText('Webadres van je profiel'), 'https://www.linkedin.com/in/jayden');
    // a second row, removed again by its own button
    await user.click(screen.getByRole('button', { name: 'Profiel toevoegen' }));
    await fill(user, within(screen.getByRole('group', { name: 'Profiel 2' })).getByLabelText('Netwerk'), 'GitHub');
    await user.click(screen.getByRole('button', { name: 'Profiel 2 (GitHub) weghalen' }));
    expect(screen.queryByRole('group', { name: 'Profiel 2' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Profiel toevoegen' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Profiel 1 (LinkedIn) weghalen' })).toBeInTheDocument();

    const address = screen.getByRole('group', { name: 'Adres' });
    await fill(user, within(address).getByLabelText('Straat en huisnummer'), 'Grote Markt 1');
    await fill(user, within(address).getByLabelText('Postcode'), '2000');
    await fill(user, within(address).getByLabelText('Woonplaats'), 'Antwerpen');
    await fill(user, within(address).getByLabelText('Provincie of regio'), 'Antwerpen');
    await user.selectOptions(within(address).getByLabelText('Land'), 'België');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    await screen.findByRole('heading', { level: 1, name: 'Cv' });
    const expected = {
      label: 'Kok',
      website: 'https://jayden.example',
      address: 'Grote Markt 1',
      postalCode: '2000',
      town: 'Antwerpen',
      region: 'Antwerpen',
      countryCode: 'BE',
      profiles: [{ network: 'LinkedIn', username: 'jayden', url: 'https://www.linkedin.com/in/jayden', kept: {} }],
    };
    await waitFor(() => expect(db.cvProfiles.get('client-jayden')?.personalia).toMatchObject(expected));
    expect(db.writeLog.filter((w) => w.resource === 'cv-profile:client-jayden')).toHaveLength(1);
    const { basics } = toJsonResume(db.cvProfiles.get('client-jayden')!);
    expect(basics).toMatchObject({
      label: 'Kok',
      url: 'https://jayden.example',
      location: { address: 'Grote Markt 1', postalCode: '2000', city: 'Antwerpen', region: 'Antwerpen', countryCode: 'BE' },
      profiles: [{ network: 'LinkedIn', username: 'jayden', url: 'https://www.linkedin.com/in/jayden' }],
    });
  });
});

describe('"Uit je portfolio"', () => {
  const items = {
    items: [
      { id: 'pf-1', kind: 'experience', title: 'Vrijwilliger voedselbank', description: 'Pakketten maken.', organisation: 'Voedselbank', startDate: '2022-01', endDate: null, tags: [], extra: 'stripped' },
      { id: 'pf-2', kind: 'talent', title: 'Geduldig', description: '', organisation: null, startDate: null, endDate: null, tags: [] },
    ],
  };

  it('turns a portfolio item into a CV entry that remembers where it came from', async () => {
    server.use(http.get('*/api/portfolio/items', () => HttpResponse.json(items)));
    const user = userEvent.setup();
    await openScreen('client-jayden', '/cv/gegevens/werkervaring', 'Werkervaring');
    await user.click(await screen.findByRole('button', { name: 'Kies uit je portfolio' }));
    const picker = screen.getByRole('region', { name: 'Uit je portfolio' });
    await waitFor(() => expect(within(picker).getByText('Vrijwilliger voedselbank')).toBeInTheDocument());
    expect(within(picker).queryByText('Geduldig')).toBeNull(); // a talent is a skill, not work
    await user.click(within(picker).getByRole('button', { name: 'Overnemen: Vrijwilliger voedselbank' }));
    await waitFor(() => expect(within(picker).getByText('Staat al in je cv-gegevens.')).toBeInTheDocument());
    await waitFor(() => expect(db.cvProfiles.get('client-jayden')?.entries[0]).toMatchObject({ title: 'Vrijwilliger voedselbank', sourcePortfolioItemId: 'pf-1', section: 'work' }));
  });

  it('says so calmly when the portfolio cannot be read', async () => {
    server.use(http.get('*/api/portfolio/items', () => HttpResponse.json({ title: 'Service Unavailable' }, { status: 503 })));
    const user = userEvent.setup();
    await openScreen('client-jayden', '/cv/gegevens/vaardigheden', 'Vaardigheden');
    await user.click(await screen.findByRole('button', { name: 'Kies uit je portfolio' }));
    await waitFor(() => expect(screen.getByText('Je portfolio is nu niet te zien')).toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Vaardigheid toevoegen' })).toBeInTheDocument();
  });
});

describe('JSON Resume import', () => {
  const file = (text: string, name = 'cv.json') => new File([text], name, { type: 'application/json' });

  it('lists every problem at once in plain Dutch, naming the entry, and imports nothing', async () => {
    const user = userEvent.setup();
    await openScreen('client-anna', '/cv/uitwisselen', 'Downloaden en inlezen');
    const before = JSON.stringify(db.cvProfiles.get('client-anna'));
    const bad = {
      basics: { name: 'Richard', email: 'geen-mail' },
      work: [
        { name: 'Hooli', position: 'Developer', startDate: '2012' },
        { name: 'Pied Piper', position: 'CEO', startDate: '2013-12-021' },
      ],
      projects: [{ name: 'Miss Direction', url: 'javascript:alert(1)' }],
      skills: [{ name: 'Compression', keywords: 'Mpeg' }],
    };
    await user.upload(await screen.findByLabelText('Kies een bestand'), file(JSON.stringify(bad)));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dit bestand kunnen we niet inlezen');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Je 2e baan (Pied Piper): de begindatum 2013-12-021 bestaat niet. Gebruik JJJJ, JJJJ-MM of JJJJ-MM-DD.',
      'Je 1e project (Miss Direction): javascript:alert(1) is geen webadres. Een webadres begint met https://.',
      'Je 1e vaardigheid (Compression): bij trefwoorden hoort een lijst te staan.',
      'Je persoonlijke gegevens, e-mailadres: Vul een e-mailadres in zoals naam@voorbeeld.nl.',
    ]);
    expect(alert).toHaveTextContent('Er is niets ingelezen.');
    expect(alert).not.toHaveTextContent(/work\[|\?|startDate/);

    await user.upload(screen.getByLabelText('Kies een bestand'), file('{"basics": '));
    await waitFor(() => expect(screen.getByText('Dit is geen JSON-bestand.')).toBeInTheDocument());

    const big = file('x');
    Object.defineProperty(big, 'size', { value: 1024 * 1024 + 1 });
    await user.upload(screen.getByLabelText('Kies een bestand'), big);
    await waitFor(() => expect(screen.getByText('Het bestand is groter dan 1 MB. Kies een kleiner bestand.')).toBeInTheDocument());
    expect(JSON.stringify(db.cvProfiles.get('client-anna'))).toBe(before);
    expect(screen.queryByRole('button', { name: 'Inlezen' })).toBeNull();
  });

  it('shows what comes in and what is kept before anything changes, then adds to what is there', async () => {
    const user = userEvent.setup();
    await openScreen('client-anna', '/cv/uitwisselen', 'Downloaden en inlezen');
    const before = db.cvProfiles.get('client-anna')!;
    const good = {
      basics: { name: 'Anna', label: 'Kok', location: { city: 'Austin', countryCode: 'US' }, profiles: [{ network: 'LinkedIn', username: 'anna' }] },
      work: [
        { name: 'Bol', position: 'Orderpicker', startDate: '2021-02', description: 'Webwinkel' },
        { name: 'Pied Piper', startDate: '2013-12' },
      ],
      volunteer: [{ organization: 'Voedselbank', position: 'Chauffeur', startDate: '2020' }],
      awards: [{ title: 'Werknemer van het jaar', awarder: 'Bol', date: '2022' }],
      education: [{ institution: 'ROC', area: 'Logistiek', studyType: 'mbo 2', score: '7,5' }],
      languages: [{ language: 'Engels', fluency: 'Fluent (B2)' }],
    };
    await user.upload(await screen.findByLabelText('Kies een bestand'), file(JSON.stringify(good)));
    const report = await screen.findByRole('region', { name: 'Dit nemen we over' });
    expect(within(report).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '2 banen',
      '1 keer vrijwilligerswerk',
      '1 opleiding',
      '1 prijs',
      '1 taal',
      'Je 2e baan (Pied Piper): de functie ontbreekt. Je vindt het terug met ‘Vul dit aan’.',
      'Over de werkgever bij je 1e baan (Bol)',
      'Score bij je 1e opleiding (ROC)',
    ]);
    expect(within(report).getByText('Dit staat niet op je cv, maar we bewaren het')).toBeInTheDocument();
    // nothing changed yet
    expect(db.cvProfiles.get('client-anna')).toEqual(before);
    expect(within(report).getByRole('radio', { name: /Toevoegen aan wat er al staat/ })).toBeChecked();
    await user.click(within(report).getByRole('button', { name: 'Inlezen' }));
    await screen.findByRole('heading', { level: 1, name: 'Cv' });
    await waitFor(() => expect(db.cvProfiles.get('client-anna')?.entries.length).toBe(before.entries.length + 6));
    const after = db.cvProfiles.get('client-anna')!;
    expect(after.personalia.name).toBe(before.personalia.name);
    expect(after.personalia).toMatchObject({ label: 'Kok', countryCode: 'US' });
    expect(after.entries.filter((e) => e.section === 'volunteer').map((e) => e.title)).toEqual(['Chauffeur']);
    expect(after.entries.find((e) => e.organisation === 'Pied Piper')).toMatchObject({ draft: true, title: '' });
    expect(after.entries.find((e) => e.title === 'Engels' && e.fluency)).toMatchObject({ level: 'B2', fluency: 'Fluent (B2)' });

    // the draft is marked in its section
    await user.click(screen.getByRole('link', { name: 'Werkervaring' }));
    const draft = (await screen.findByRole('heading', { level: 2, name: 'Pied Piper' })).closest('li')!;
    expect(within(draft).getByText('Vul dit aan')).toBeInTheDocument();
  });

  it('replaces everything when asked', async () => {
    const user = userEvent.setup();
    await openScreen('client-jayden', '/cv/uitwisselen', 'Downloaden en inlezen');
    const good = { basics: { name: 'Jayden', email: 'j@example.nl' }, work: [{ name: 'Bol', position: 'Orderpicker', startDate: '2021-02' }], languages: [{ language: 'Engels', fluency: 'B2' }] };
    await user.upload(await screen.findByLabelText('Kies een bestand'), file(JSON.stringify(good)));
    await screen.findByRole('region', { name: 'Dit nemen we over' });
    await user.click(screen.getByRole('radio', { name: /Alles vervangen door dit bestand/ }));
    await user.click(screen.getByRole('button', { name: 'Inlezen' }));
    await screen.findByRole('heading', { level: 1, name: 'Cv' });
    await waitFor(() => expect(db.cvProfiles.get('client-jayden')?.entries.map((e) => [e.section, e.title, e.level])).toEqual([
      ['work', 'Orderpicker', null],
      ['language', 'Engels', 'B2'],
    ]));
  });
});

describe('a CV', () => {
  it('is made from the profile, shows a live preview in its own language, and is saved once', async () => {
    const user = userEvent.setup();
    await openScreen('client-anna', '/cv', 'Cv');
    await screen.findByText('Horeca');
    await user.type(screen.getByLabelText('Naam van je nieuwe cv'), 'Bediening');
    await user.click(screen.getByRole('button', { name: 'Cv maken' }));
    await screen.findByRole('heading', { level: 1, name: 'Bediening' });
    const preview = await screen.findByRole('region', { name: 'Voorbeeld' });
    expect(within(preview).getByRole('heading', { name: 'Werkervaring' })).toBeInTheDocument();
    await user.click(screen.getByLabelText('Vakkenvuller – Albert Heijn'));
    expect(within(preview).queryByText('Vakkenvuller')).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Engels' }));
    expect(within(preview).getByRole('heading', { name: 'Work experience' })).toBeInTheDocument();
    expect(preview.querySelector('article')).toHaveAttribute('lang', 'en');
    await user.click(screen.getByRole('button', { name: 'Cv opslaan' }));
    await waitFor(() => expect(screen.getByText('Opgeslagen op dit apparaat')).toBeInTheDocument());
    await waitFor(() => expect(db.cvs.list().find((c) => c.title === 'Bediening')?.version).toBe(2));
    expect(db.cvs.list().filter((c) => c.title === 'Bediening')).toHaveLength(1);
    const saved = db.cvs.list().find((c) => c.title === 'Bediening');
    expect(saved).toMatchObject({ language: 'en', sharedWithCoach: false });
    expect(db.writeLog.filter((w) => w.resource === `cv:${saved?.id}`)).toHaveLength(2);
    expect(saved?.items.map((i) => i.entryId)).not.toContain('cv-anna-w2');
  });

  it('refuses an empty name with a message', async () => {
    const user = userEvent.setup();
    await openScreen('client-anna', '/cv', 'Cv');
    await user.click(screen.getByRole('button', { name: 'Cv maken' }));
    expect(await screen.findByRole('link', { name: 'Geef je cv een naam.' })).toBeInTheDocument();
  });
});

describe('the coach', () => {
  it('reads only the CVs the client shared', async () => {
    await openScreen('coach-marieke', '/coach/clienten/client-anna/cv', /Cv's van/);
    expect(await screen.findByRole('heading', { level: 2, name: 'Horeca' })).toBeInTheDocument();
    expect(screen.queryByText('Winkel (nog bezig)')).toBeNull();
    expect(screen.getAllByText('Medewerker bediening').length).toBeGreaterThan(0);
  });

  it('sees the new sections of a shared CV: volunteer work, awards, projects, highlights', async () => {
    const profile = db.cvProfiles.get('client-anna')!;
    const extra = [
      { ...profile.entries[0]!, id: 'v1', section: 'volunteer' as const, title: 'Chauffeur', organisation: 'Voedselbank', highlights: ['Elke zaterdag'] },
      { ...profile.entries[0]!, id: 'a1', section: 'award' as const, title: 'Werknemer van het jaar', organisation: 'Bol', highlights: [] },
      { ...profile.entries[0]!, id: 'p1', section: 'project' as const, title: 'Buurtmoestuin', organisation: 'Wijkraad', keywords: ['tuinieren'], highlights: [] },
    ];
    db.cvProfiles.put({ ...profile, entries: [...profile.entries, ...extra] });
    const cv = db.cvs.get('cv-anna-horeca')!;
    db.cvs.put({ ...cv, items: [...cv.items, ...extra.map((e) => ({ entryId: e.id, text: null }))] });
    await openScreen('coach-marieke', '/coach/clienten/client-anna/cv', /Cv's van/);
    for (const heading of ['Vrijwilligerswerk', 'Prijzen en onderscheidingen', 'Projecten']) expect(await screen.findByRole('heading', { level: 3, name: heading })).toBeInTheDocument();
    expect(screen.getByText('Elke zaterdag')).toBeInTheDocument();
    expect(screen.getByText('Trefwoorden: tuinieren')).toBeInTheDocument();
  });

  it('gets a 403 page for a client outside the caseload, with none of their data', async () => {
    await startSession('coach-marieke');
    await renderApp('/coach/clienten/client-henk/cv');
    await waitFor(() => expect(screen.queryByText('Chauffeur')).toBeNull());
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
    expect(screen.queryByText(/Vrachtwagenchauffeur|Transport Noord/)).toBeNull();
  });
});
