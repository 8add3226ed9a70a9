import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openScreen, reloadApp, renderApp, startSession } from '#test/render.tsx';
import { call, signIn, submitIntake } from '#mocks/testing.ts';
import { db } from '#mocks/db.ts';
import { addDays, nowIso, todayIso } from '#mocks/clock.ts';
import { emptySearchProfileInput } from '../schemas.ts';
import { courseItemId } from '../course-portfolio.ts';

function annaLooksFor(occupations: string[]) {
  db.searchProfiles.put({
    ...emptySearchProfileInput(),
    occupations,
    homePlace: 'groningen',
    clientId: 'client-anna',
    matchingConsentGivenAt: null,
    matchingConsentWithdrawnAt: null,
    version: 1,
    updatedAt: nowIso(),
    updatedBy: null,
  });
}

describe('Wat past bij mij?', () => {
  it('leads from the zoekprofiel to courses; a course is discussed with the e-coach in one tap', async () => {
    const user = userEvent.setup();
    annaLooksFor(['9112']);
    await openScreen('client-anna', '/vacatures/wat-past-bij-mij', 'Wat past bij mij?');
    const section = await screen.findByRole('region', { name: 'Schoonmaker' });
    const course = within(section).getAllByRole('listitem').find((li) => li.textContent?.includes('Basis schoonmaakmedewerker'))!;
    await user.click(within(course).getByRole('button', { name: 'Bespreek met je e-coach' }));
    expect(await within(course).findByText('Je vraag staat bij je berichten. Je e-coach ziet hem.')).toBeInTheDocument();
    await waitFor(() => expect(db.messages.list().filter((m) => m.clientId === 'client-anna' && m.body.includes('Basis schoonmaakmedewerker'))).toHaveLength(1));
    // the message links to the course page in one tap, for the client and the coach
    const message = db.messages.list().find((m) => m.clientId === 'client-anna' && m.body.includes('Basis schoonmaakmedewerker'))!;
    const courseId = db.courses.list().find((c) => c.name.includes('Basis schoonmaakmedewerker'))!.id;
    expect(message.link).toEqual({ type: 'course', id: courseId, label: expect.stringContaining('Basis schoonmaakmedewerker') });
    await reloadApp('/berichten');
    const link = await screen.findByRole('link', { name: message.link!.label });
    expect(link).toHaveAttribute('href', `/opleidingen/${courseId}`);
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: message.link!.label })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de website van de aanbieder' })).toBeInTheDocument();
  });

  it('puts a course in the portfolio as a planned learning activity, exactly once, and says so afterwards', async () => {
    const user = userEvent.setup();
    annaLooksFor(['9112']);
    const course = db.courses.list().find((c) => c.name.includes('Basis schoonmaakmedewerker'))!;
    const itemId = courseItemId(course.id, 'client-anna');
    await openScreen('client-anna', '/vacatures/wat-past-bij-mij', 'Wat past bij mij?');
    const section = await screen.findByRole('region', { name: 'Schoonmaker' });
    const item = within(section).getAllByRole('listitem').find((li) => li.textContent?.includes(course.name))!;
    await user.click(within(item).getByRole('button', { name: 'Zet in mijn portfolio' }));
    expect(await within(item).findByText('In je portfolio')).toBeInTheDocument();
    expect(within(item).queryByRole('button', { name: 'Zet in mijn portfolio' })).not.toBeInTheDocument();
    await waitFor(() => expect(db.portfolioItems.get(itemId)).toBeDefined());
    expect(db.portfolioItems.get(itemId)).toMatchObject({
      clientId: 'client-anna',
      kind: 'learning',
      title: course.name,
      organisation: course.provider.name,
      tags: ['Gepland'],
      link: course.url,
      description: expect.stringMatching(/^Gepland\./),
    });
    expect(db.portfolioItems.list().filter((i) => i.clientId === 'client-anna' && i.title === course.name)).toHaveLength(1);
    expect(db.writeLog.filter((w) => w.resource === `portfolioItem:${itemId}`)).toHaveLength(1);

    // after a reload (and on the course's own page) it still says so, with no second button
    await reloadApp(`/opleidingen/${course.id}`);
    expect(await screen.findByText('In je portfolio')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Zet in mijn portfolio' })).not.toBeInTheDocument();
    expect(db.writeLog.filter((w) => w.resource === `portfolioItem:${itemId}`)).toHaveLength(1);
  });
});

describe('Wat past bij mij? — from the intake, the CV and the portfolio', () => {
  it('suggests occupations and says in words which source led to each', async () => {
    annaLooksFor(['9112']);
    const { token } = await signIn('client-anna');
    const answers = { sectors: ['hospitality'], strengths: ['customers'], desiredJob: 'Kok in een restaurant', lastJob: 'Keukenhulp' };
    expect(await submitIntake(token, 'client-anna', 'sub-fits-1', answers)).toBe(201);
    const cv = db.cvProfiles.get('client-anna')!;
    db.cvProfiles.put({ ...cv, entries: [...cv.entries, { ...cv.entries[0]!, id: 'cv-heftruck', section: 'skill', title: 'Heftruck' }] });
    const talent = { kind: 'talent', subKind: null, title: 'Koken voor grote groepen', description: '', organisation: null, startDate: null, endDate: null, tags: [], link: null, starr: null };
    expect((await call('/portfolio/items/pf-talent-koken', { token, method: 'PUT', body: talent })).status).toBe(201);

    await openScreen('client-anna', '/vacatures/wat-past-bij-mij', 'Wat past bij mij?');
    const reasonsOf = async (name: string) => within(await screen.findByRole('region', { name })).getByTestId('fits-reasons').textContent;
    expect(await reasonsOf('Schoonmaker')).toContain('Je koos dit werk in je zoekprofiel.');
    const kok = await reasonsOf('Kok');
    expect(kok).toContain('Je schreef in de entreevragenlijst dat je dit werk het liefst doet: Kok in een restaurant.');
    expect(kok).toContain('Je zei in de entreevragenlijst dat je graag werkt in: de horeca.');
    expect(kok).toContain('In je portfolio staat dit talent: Koken voor grote groepen.');
    expect(await reasonsOf('Keukenhulp')).toContain('Je deed eerder dit werk: Keukenhulp.');
    // the CV's skills (Klantvriendelijk, Heftruck) count for the occupations that ask for them
    expect(await reasonsOf('Medewerker bediening')).toMatch(/Op je cv staat: Klantvriendelijk\./);
    // answers about health, money or care are never read here
    expect(document.body.textContent).not.toMatch(/gezondheid|schulden/i);
  });
});

describe('Bewaard en gesolliciteerd', () => {
  it('warns before a saved vacancy closes', async () => {
    annaLooksFor(['9112']);
    const vacancy = db.vacancies.list().find((v) => v.status === 'open' && v.occupation.isco === '9112')!;
    db.vacancies.put({ ...vacancy, validThrough: addDays(todayIso(), 2) });
    db.savedVacancies.put({ clientId: 'client-anna', vacancyId: vacancy.id, savedAt: nowIso() });
    await openScreen('client-anna', '/vacatures/mijn', 'Bewaard en gesolliciteerd');
    const card = (await screen.findByRole('link', { name: vacancy.title })).closest('article') as HTMLElement;
    expect(within(card).getByText('Sluit over 2 dagen')).toBeInTheDocument();
    expect(within(card).getByText('Bewaard')).toBeInTheDocument();
    expect(screen.getByText('Je hebt nog niet gesolliciteerd via de vacatures.')).toBeInTheDocument();
  });
});

describe('the course page', () => {
  it('marks the course title, which is course content, as Dutch while the screens are in English (issue 19)', async () => {
    const course = db.courses.list().find((c) => c.name.includes('Basis schoonmaakmedewerker'))!;
    await startSession('client-anna');
    await renderApp(`/opleidingen/${course.id}`, { language: 'en' });
    const heading = await screen.findByRole('heading', { level: 1, name: course.name });
    expect(heading).toHaveAttribute('lang', 'nl');
    expect(document.documentElement.lang).toBe('en');
    // the screen's own words stay in English
    expect(screen.getByText('Provider')).not.toHaveAttribute('lang');
  });
});
