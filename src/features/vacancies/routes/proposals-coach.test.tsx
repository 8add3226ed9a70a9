import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openScreen } from '#test/render.tsx';
import { db } from '#mocks/db.ts';
import { todayIso } from '#mocks/clock.ts';
import { call, signIn } from '#mocks/testing.ts';
import type { Vacancy } from '../schemas.ts';

const tokenOf = async (persona: string, actingFor?: string) => (await signIn(persona, actingFor ? { actingFor } : {})).token;

/** Jayden saves two vacancies and applies to one of them through "Ik heb gesolliciteerd"; the employer invites him. */
async function jaydenSavesAndApplies(): Promise<[Vacancy, Vacancy]> {
  const [first, second] = db.vacancies.list().filter((v) => v.status === 'open' && v.validThrough !== null) as [Vacancy, Vacancy];
  const token = await tokenOf('client-jayden');
  for (const v of [first, second]) expect((await call(`/clients/client-jayden/saved-vacancies/${v.id}`, { token, method: 'PUT' })).status).toBeLessThan(300);
  const applied = await call('/clients/client-jayden/applications', { token, method: 'POST', body: { vacancyId: first.id, activityId: 'act-coach-1', date: todayIso() }, headers: { 'Idempotency-Key': 'k-coach-1' } });
  expect(applied.status).toBe(201);
  const activity = db.activities.get('act-coach-1')!;
  db.activities.put({ ...activity, results: [...activity.results, { status: 'invited', date: todayIso() }] });
  return [first, second];
}

describe('the coach sees a client’s vacancies', () => {
  it('on the client page (counts, timeline) and on the vacancies page: saved, applied with the werkmap outcome, proposals', async () => {
    const user = userEvent.setup();
    const [first, second] = await jaydenSavesAndApplies();
    const proposals = db.vacancyProposals.list().filter((p) => p.clientId === 'client-jayden').length;

    await openScreen('coach-marieke', '/coach/clienten/client-jayden', 'Jayden Pieters');
    const link = await screen.findByRole('link', { name: 'Vacatures, sollicitaties en voorstellen' });
    expect(link.closest('li')).toHaveTextContent(`bewaard: 2, gesolliciteerd: 1, voorgesteld: ${proposals}`);
    const timeline = await screen.findByRole('region', { name: 'Tijdlijn' });
    expect(await within(timeline).findByText('Gesolliciteerd via Vacatures: uitgenodigd')).toBeInTheDocument();
    expect(within(timeline).getAllByText('Vacature bewaard')).toHaveLength(2);
    expect(within(timeline).getByText(`${second.hiringOrganization.name} · ${second.title}`)).toBeInTheDocument();

    await user.click(link);
    await screen.findByRole('heading', { level: 1, name: 'Vacatures, sollicitaties en voorstellen' });
    const saved = await screen.findAllByTestId('saved-vacancy');
    expect(saved.map((s) => s.querySelector('.card-list__title')?.textContent).sort()).toEqual([first.title, second.title].sort());
    const [application] = screen.getAllByTestId('application');
    expect(application).toHaveTextContent(first.title);
    expect(within(application!).getByText('Uitgenodigd')).toBeInTheDocument();
    expect(within(application!).getByRole('link', { name: 'Bekijk in de werkmap' })).toHaveAttribute('href', '/coach/clienten/client-jayden/werkmap');
    expect(screen.getByRole('region', { name: 'Voorstellen van de regisseur werk' })).toBeInTheDocument();
  });

  it('the server enforces the caseload: a coach only their own clients, a helper only with the client’s authorisation', async () => {
    await jaydenSavesAndApplies();
    const path = '/clients/client-jayden/vacancy-history';
    expect((await call(path, { token: await tokenOf('coach-marieke') })).status).toBe(200);
    expect((await call(path, { token: await tokenOf('coach-sander') })).status).toBe(403);
    expect((await call(path, { token: await tokenOf('broker-renate') })).status).toBe(403);
    expect((await call(path, { token: await tokenOf('client-anna') })).status).toBe(403);
    expect((await call('/clients/client-yasmin/vacancy-history', { token: await tokenOf('helper-stip-1', 'client-yasmin') })).status).toBe(200);
    expect((await call(path, { token: await tokenOf('helper-stip-1', 'client-yasmin') })).status).toBe(403);
    expect((await call('/coach/clients/client-jayden', { token: await tokenOf('coach-marieke') }).then((r) => r.json())) as { vacancies: object }).toMatchObject({ vacancies: { saved: 2, applied: 1 } });
  });

  it('the client’s proposals say on which day they applied, so nobody applies twice by mistake', async () => {
    const [first] = await jaydenSavesAndApplies();
    const at = new Date().toISOString();
    const broker = { id: 'broker-renate', name: 'Renate Wubbels' };
    db.vacancyProposals.put({
      id: 'prop-applied', vacancyId: first.id, clientId: 'client-jayden', clientName: 'Jayden Pieters', proposedBy: broker,
      vacancy: { title: first.title, organisation: first.hiringOrganization.name, place: first.jobLocation?.place ?? null }, note: '',
      match: { score: 80, rulesVersion: 1, criteria: [] }, status: 'proposed', answer: null, steps: [{ status: 'proposed', at, by: broker, note: '' }], createdAt: at, updatedAt: at, version: 1,
    });
    await openScreen('client-jayden', '/voorstellen', 'Voorstellen van je regisseur werk');
    const card = await screen.findByTestId('proposal');
    expect(within(card).getByText(/^Je hebt gesolliciteerd op /)).toBeInTheDocument();
  });
});
