import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openScreen } from '#test/render.tsx';
import { db } from '#mocks/db.ts';
import { addDays, nowIso, todayIso } from '#mocks/clock.ts';
import { emptySearchProfileInput } from '../schemas.ts';

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
