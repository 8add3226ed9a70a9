import { getAppOutbox } from '#src/shared/offline/outbox.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { startSession, endSession, renderApp, signInAs } from '#test/render.tsx';
import { db } from '#mocks/db.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { drainNow } from '#src/shared/offline/react.ts';
import type { Answers } from '../definition/schemas.ts';
import type { LanguageCode } from '#src/shared/i18n/languages.ts';

configure({ asyncUtilTimeout: 10_000 });

async function openAs(personaId: string, path: string, language: LanguageCode = 'nl') {
  await startSession(personaId);
  return renderApp(path, { language });
}

afterEach(async () => {
  await getAppOutbox()?.clear();
});

const PARTICIPATION: Answers = {
  interests: ['volunteering'], likes: ['people'], hoursPerWeek: 8, workAbility: 'later', energy: 3, travelAlone: 'yes', volunteerNow: 'no',
  motivation: 4, goal: 'meetPeople', obstacles: ['health'], obstacleNote: null, needs: ['quiet'], needsNote: null, startDate: { unknown: true },
};

const ENTREE: Answers = {
  lastWork: 'lt6m', experienceYears: 2, lastJob: 'Vakkenvuller', lastJobEnd: '2025-12-01', education: 'vmbo', inSchool: 'no', wantsSchool: 'maybe',
  schoolObstacle: null, dutchSpeaking: 4, dutchReading: 3, healthLimits: 'no', care: 'no', money: 'some', debtHelp: 'no', housing: 'own',
  transport: ['scooter'], drivingLicence: 'no', digital: ['email'], wantsWork: 4, searching: 'once', confidence: 3, expectation: 'm6',
  strengths: ['handsOn'], applyAlone: 2, interview: 2, contacts: 'few', toldOthers: 'yes', social: 'daily', activities: ['club'],
  sectors: ['logistics'], desiredJob: null, hours: 24, startDate: { unknown: true }, anythingElse: null,
};

const continueButton = () => screen.getByRole('button', { name: 'Ga verder' });

describe('the aanvullende vragenlijst', { timeout: 30_000 }, () => {
  it('runs on the same pages under /vragenlijst/aanvullend, with its own draft', async () => {
    const user = userEvent.setup();
    db.intakeDrafts.put({ clientId: 'client-anna', definitionVersion: 1, answers: { lastWork: 'never' }, helper: null, started: true, version: 2, updatedAt: new Date().toISOString() });
    await openAs('client-anna', '/vragenlijst/aanvullend');
    await screen.findByRole('heading', { level: 1, name: 'Aanvullende vragenlijst' });
    expect(screen.getByText('Het duurt ongeveer 10 minuten.')).toBeInTheDocument();
    await user.click(await screen.findByLabelText('Nee, ik vul het zelf in'));
    await user.click(screen.getByRole('button', { name: 'Begin met de vragenlijst' }));

    await screen.findByRole('heading', { level: 1, name: 'Wat zou je graag willen doen?' });
    expect(screen.getByText(/^Stap 1 van \d+$/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Terug' })).toHaveAttribute('href', '/vragenlijst/aanvullend');
    await user.click(continueButton());
    expect(await screen.findByRole('link', { name: 'Kies een antwoord.' })).toBeInTheDocument();
    await user.click(screen.getByLabelText('Vrijwilligerswerk'));
    await user.click(continueButton());
    await screen.findByRole('heading', { level: 1, name: /^Wat doe je graag\?/ });
    expect(screen.getByRole('link', { name: 'Terug' })).toHaveAttribute('href', '/vragenlijst/aanvullend/vraag/interests');

    await drainNow();
    await waitFor(() => expect(db.intakeDrafts.get('participation:client-anna')?.answers).toEqual({ interests: ['volunteering'] }));
    expect(db.intakeDrafts.get('participation:client-anna')?.questionnaireId).toBe('participation');
    // the entreevragenlijst's draft is untouched
    expect(db.intakeDrafts.get('client-anna')?.answers).toEqual({ lastWork: 'never' });
  });

  it('submits once; the client sees what happens next (no rung), the coach its outcome and answers', async () => {
    const user = userEvent.setup();
    db.intakeDrafts.put({
      clientId: 'client-anna', questionnaireId: 'participation', definitionVersion: 1, answers: PARTICIPATION, helper: null, started: true, version: 4,
      updatedAt: new Date().toISOString(),
    });
    await openAs('client-anna', '/vragenlijst/aanvullend/controleren');
    await screen.findByRole('heading', { level: 1, name: 'Controleer je antwoorden' });
    await waitFor(() => expect(screen.getByText(/krijgt je e-coach je antwoorden/)).toBeInTheDocument());
    const change = await waitFor(() => document.getElementById('change-energy') ?? Promise.reject(new Error('no link')));
    expect(change).toHaveAttribute('href', '/vragenlijst/aanvullend/vraag/energy?terug=controleren');
    await user.click(screen.getByRole('button', { name: 'Verstuur de vragenlijst' }));
    await drainNow();
    await screen.findByRole('heading', { level: 1, name: 'Je vragenlijst is verstuurd' });
    // Anna's only (the seed holds a year of other people's decided intakes, mocks/seed-intake-history.ts)
    const submissions = [...db.intakeSubmissions.values()].filter((submission) => submission.clientId === 'client-anna');
    expect(submissions).toHaveLength(1);
    expect(submissions[0]?.definitionId).toBe('participation');
    expect(db.intakeDrafts.get('participation:client-anna')).toBeUndefined();
    expect(await screen.findByTestId('participation-next')).toHaveTextContent('Je e-coach neemt contact met je op.');
    expect(screen.queryByTestId('intake-proposal')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/trede/i);
    await waitFor(() => expect(screen.getByText('Met mensen werken')).toBeInTheDocument());

    await endSession();
    await openAs('coach-marieke', '/coach/clienten/client-anna/vragenlijst');
    const section = await screen.findByTestId('coach-participation');
    const outcome = await within(section).findByTestId('coach-participation-outcome');
    expect(outcome).toHaveTextContent(/trede \d/);
    expect(within(section).getByText('Met mensen werken')).toBeInTheDocument();
    expect(within(section).getByRole('heading', { name: 'Wat wil je doen?' })).toBeInTheDocument();
  });

  it('is offered on the entree outcome when the line is maatschappelijke participatie', async () => {
    const client = await signInAs('client-jayden');
    const response = await fetch('http://localhost:3000/api/clients/client-jayden/questionnaires/entree/submissions/sub-j', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${client.token}` },
      body: JSON.stringify({ definitionVersion: 1, helper: null, answers: ENTREE }),
    });
    expect(response.status).toBe(201);
    const submission = db.intakeSubmissions.get('sub-j')!;
    // first a line without the link
    await openAs('client-jayden', '/vragenlijst/uitkomst');
    await screen.findByTestId('intake-proposal');
    expect(screen.queryByTestId('participation-link')).not.toBeInTheDocument();

    await endSession();
    queryClient.clear();
    db.intakeSubmissions.put({ ...submission, result: { ...submission.result, proposal: { ...submission.result.proposal, serviceLine: 'socialParticipation' } } });
    await openAs('client-jayden', '/vragenlijst/uitkomst');
    const link = await screen.findByTestId('participation-link');
    expect(within(link).getByRole('link', { name: 'Begin met de aanvullende vragenlijst' })).toHaveAttribute('href', '/vragenlijst/aanvullend');
  });
});

describe('the coach asks for the aanvullende vragenlijst', { timeout: 30_000 }, () => {
  it('also when the line is another; the client is then offered it on the outcome', async () => {
    const user = userEvent.setup();
    const client = await signInAs('client-jayden');
    await fetch('http://localhost:3000/api/clients/client-jayden/questionnaires/entree/submissions/sub-j', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${client.token}` },
      body: JSON.stringify({ definitionVersion: 1, helper: null, answers: ENTREE }),
    });
    expect(db.intakeSubmissions.get('sub-j')?.result.proposal.serviceLine).not.toBe('socialParticipation');

    await openAs('coach-marieke', '/coach/clienten/client-jayden/vragenlijst');
    const section = await screen.findByTestId('coach-participation');
    await user.click(await within(section).findByRole('button', { name: 'Vraag om de aanvullende vragenlijst' }));
    await drainNow();
    expect(await within(section).findByTestId('participation-requested')).toHaveTextContent('Gevraagd door Marieke Bakker op');
    expect(db.questionnaireRequests.get('participation:client-jayden')?.requestedBy.name).toBe('Marieke Bakker');
    expect(within(section).queryByRole('button', { name: 'Vraag om de aanvullende vragenlijst' })).not.toBeInTheDocument();

    await endSession();
    await openAs('client-jayden', '/vragenlijst/uitkomst');
    const link = await screen.findByTestId('participation-link');
    expect(link).toHaveTextContent('Je e-coach vraagt je om ook de aanvullende vragenlijst in te vullen.');
    expect(within(link).getByRole('link', { name: 'Begin met de aanvullende vragenlijst' })).toHaveAttribute('href', '/vragenlijst/aanvullend');
  });
});

describe('question texts in the client\'s language', { timeout: 30_000 }, () => {
  it.each([
    ['ar', 'ماذا تحب أن تفعل؟', 'العمل التطوعي'],
    ['tr', 'Ne yapmayı çok istersiniz?', 'Gönüllü çalışma'],
    ['pl', 'Co chciał(a)byś robić?', 'Wolontariat'],
    ['uk', 'Чим ви хотіли б займатися?', 'Волонтерство'],
  ] as const)('%s: the question and its options', async (language, question, option) => {
    db.intakeDrafts.put({
      clientId: 'client-yasmin', questionnaireId: 'participation', definitionVersion: 1, answers: {}, helper: null, started: true, version: 1,
      updatedAt: new Date().toISOString(),
    });
    await openAs('client-yasmin', '/vragenlijst/aanvullend/vraag/interests', language);
    await screen.findByRole('heading', { level: 1, name: question });
    expect(screen.getByLabelText(option)).toBeInTheDocument();
  });
});
