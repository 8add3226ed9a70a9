import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { endSession, openScreen } from '#test/render.tsx';
import { db } from '#mocks/db.ts';
import { todayIso } from '#mocks/clock.ts';
import { FEATURED_TITLE, jobPostingsFile } from '#test/fixtures/job-postings.ts';

const orderpickerVacancy = () => db.vacancies.list().find((v) => v.occupation.isco === '9321' && v.status === 'open' && v.jobLocation?.place === 'Hoogezand') ?? db.vacancies.list().find((v) => v.occupation.isco === '9321' && v.status === 'open')!;

describe('the regisseur werk', () => {
  it('imports a JSON-LD file: the valid entries once, a report per invalid entry', async () => {
    const user = userEvent.setup();
    const before = db.vacancies.size;
    await openScreen('broker-renate', '/regisseur/importeren', 'Vacatures importeren');
    const file = new File([jobPostingsFile(todayIso())], 'vacatures.jsonld', { type: 'application/ld+json' });
    await user.upload(screen.getByLabelText('Bestand'), file);
    expect(await screen.findByText('47 vacatures zijn toegevoegd.', {}, { timeout: 5000 })).toBeInTheDocument();
    const problems = screen.getAllByTestId('import-problem');
    expect(problems.map((p) => within(p).getByText(/^Vacature \d+ in het bestand/).textContent)).toEqual([
      expect.stringContaining('Vacature 10'),
      expect.stringContaining('Vacature 25'),
      expect.stringContaining('Vacature 40'),
    ]);
    expect(within(problems[0]!).getByText(/Veld title:/)).toBeInTheDocument();
    expect(db.vacancies.size).toBe(before + 47);
    expect(db.vacancies.list().filter((v) => v.title === FEATURED_TITLE)).toHaveLength(1);
  });

  it('ranks consenting candidates with reasons and proposes the vacancy to two of them', async () => {
    const user = userEvent.setup();
    const vacancy = orderpickerVacancy();
    await openScreen('broker-renate', `/regisseur/vacatures/${vacancy.id}`, vacancy.title);
    const candidates = await screen.findAllByTestId('candidate');
    const names = candidates.map((c) => c.querySelector('.card-list__title')?.textContent);
    expect(names).toEqual(expect.arrayContaining(['Jayden Pieters', 'Sanne Mulder', 'Piet Hoekstra']));
    expect(names).not.toContain('Lotte Jansen');
    const jayden = candidates.find((c) => c.textContent?.includes('Jayden Pieters'))!;
    await user.click(within(jayden).getByText('Waarom past Jayden Pieters?'));
    expect(await within(jayden).findByText('Orderpicker staat in het zoekprofiel.', { exact: false })).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Jayden Pieters voorstellen' }));
    await user.click(screen.getByRole('checkbox', { name: 'Sanne Mulder voorstellen' }));
    await user.click(screen.getByRole('button', { name: 'Voorstellen aan de gekozen kandidaten (2)' }));
    await waitFor(() => expect(db.vacancyProposals.list().filter((p) => p.vacancyId === vacancy.id)).toHaveLength(2));
    expect(await screen.findByText('De vacature is voorgesteld aan 2 kandidaten.')).toBeInTheDocument();
  });

  it('lets the client answer, and the regisseur record the outcome that the coach sees', async () => {
    const user = userEvent.setup();
    const vacancy = orderpickerVacancy();
    const at = new Date().toISOString();
    db.vacancyProposals.put({
      id: 'prop-t1', vacancyId: vacancy.id, clientId: 'client-jayden', clientName: 'Jayden Pieters', proposedBy: { id: 'broker-renate', name: 'Renate Wubbels' },
      vacancy: { title: vacancy.title, organisation: vacancy.hiringOrganization.name, place: vacancy.jobLocation?.place ?? null }, note: 'Succes!',
      match: { score: 90, rulesVersion: 1, criteria: [{ criterion: 'occupation', outcome: 'met', weight: 30, points: 30, reason: { key: 'reason.occupation.exact', values: { occupation: 'Orderpicker' } } }] },
      status: 'proposed', answer: null, steps: [{ status: 'proposed', at, by: { id: 'broker-renate', name: 'Renate Wubbels' }, note: '' }], createdAt: at, updatedAt: at, version: 1,
    });

    await openScreen('client-jayden', '/voorstellen', 'Voorstellen van je regisseur werk');
    expect(await screen.findByText('Je regisseur werk denkt dat deze vacature bij je past, omdat:')).toBeInTheDocument();
    expect(screen.getAllByText('Orderpicker staat in het zoekprofiel.')[0]).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Antwoord versturen' }));
    expect(await screen.findByText('Kies ja of nee.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Nee, ik heb geen interesse' }));
    await user.click(screen.getByRole('button', { name: 'Antwoord versturen' }));
    expect(await screen.findByText('Schrijf kort op waarom je geen interesse hebt.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Ja, ik heb interesse' }));
    await user.click(screen.getByRole('button', { name: 'Antwoord versturen' }));
    await waitFor(() => expect(db.vacancyProposals.get('prop-t1')?.answer?.interested).toBe(true));
    await endSession();

    await openScreen('broker-renate', `/regisseur/vacatures/${vacancy.id}`, vacancy.title);
    const row = (await screen.findAllByTestId('proposal'))[0]!;
    expect(within(row).getByText(/Heeft interesse/)).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Jayden Pieters is aangenomen' }));
    await waitFor(() => expect(db.placements.list()).toHaveLength(1));
    await endSession();

    await openScreen('coach-marieke', '/coach/clienten/client-jayden/voorstellen', 'Vacatures, sollicitaties en voorstellen');
    expect(await screen.findByText('Aangenomen', { selector: '.status-tag' })).toBeInTheDocument();
  });

  it('adds a vacancy with the form: errors at the fields first, then saved through the outbox', async () => {
    const user = userEvent.setup();
    await openScreen('broker-renate', '/regisseur/vacatures/nieuw', 'Vacature toevoegen');
    await user.click(screen.getByRole('button', { name: 'Vacature opslaan' }));
    expect(await screen.findByRole('link', { name: /titel/i })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Titel'), 'Schoonmaker avonddienst');
    await user.type(screen.getByLabelText('Werkgever'), 'Schoonmaakbedrijf Test');
    await user.type(screen.getByLabelText('Omschrijving'), 'Kantoren schoonmaken in de avond.');
    await user.selectOptions(screen.getByLabelText('Plaats'), 'veendam');
    await user.selectOptions(screen.getByLabelText('Beroep', { exact: false }), '9112');
    await user.click(screen.getByRole('checkbox', { name: 'Deeltijd' }));
    await user.click(screen.getByRole('checkbox', { name: 'Thuiswerk mogelijk' }));
    const salary = screen.getByRole('group', { name: /Salaris/ });
    await user.type(within(salary).getByLabelText('Van'), '14,50');
    await user.type(within(salary).getByLabelText('Tot'), '16');
    await user.type(screen.getByLabelText('Ervaring in maanden (mag leeg)'), '6');
    await user.type(screen.getByLabelText('Hoe solliciteren?'), 'Bel 0598 123456.');
    const closing = screen.getByRole('group', { name: /Solliciteren kan tot/ });
    await user.type(within(closing).getByLabelText('Dag'), '31');
    await user.click(screen.getByRole('button', { name: 'Vacature opslaan' }));
    expect(await screen.findByRole('link', { name: 'Vul de dag, de maand en het jaar in.' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveFocus());
    await user.type(within(closing).getByLabelText('Maand'), '12');
    await user.type(within(closing).getByLabelText('Jaar'), String(Number(todayIso().slice(0, 4)) + 1));
    await user.click(screen.getByRole('button', { name: 'Vacature opslaan' }));
    await waitFor(() => expect(db.vacancies.list().filter((v) => v.title === 'Schoonmaker avonddienst')).toHaveLength(1));
    const saved = db.vacancies.list().find((v) => v.title === 'Schoonmaker avonddienst')!;
    expect(saved).toMatchObject({ occupation: { isco: '9112' }, jobLocation: { place: 'Veendam' }, employmentType: ['PART_TIME'], status: 'open', remote: true,
      baseSalary: { min: 14.5, max: 16, unit: 'HOUR', currency: 'EUR' },
      experienceRequirements: { months: 6, text: '' }, validThrough: `${Number(todayIso().slice(0, 4)) + 1}-12-31` });
    expect(db.vacancyAcquisitions.get(saved.id)).toMatchObject({ brokerId: 'broker-renate', source: 'form' });
  });
});
