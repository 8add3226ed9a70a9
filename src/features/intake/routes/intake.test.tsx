import { jaydenAnswers } from '../definition/test-answers.ts';
import { getAppOutbox } from '#src/shared/offline/outbox.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { startSession, endSession, renderApp, signInAs } from '#test/render.tsx';
import { db } from '#mocks/db.ts';
import { HISTORY_SIZE } from '#mocks/seed-intake-history.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { drainNow } from '#src/shared/offline/react.ts';
import type { Answers } from '../definition/schemas.ts';
import { entreeV2 } from '#mocks/seed-intake.ts';

// role queries over a whole check page (30 rows) are slow in jsdom
configure({ asyncUtilTimeout: 10_000 });

async function openAs(personaId: string, path: string) {
  await startSession(personaId);
  return renderApp(path);
}

afterEach(async () => {
  // nothing one test queued may be sent during the next
  await getAppOutbox()?.clear();
});

/** A draft on the server, as if filled in earlier on another device. */
function seedDraft(clientId: string, answers: Answers) {
  db.intakeDrafts.put({ clientId, definitionVersion: 1, answers, helper: null, started: true, version: 3, updatedAt: new Date().toISOString() });
}

const continueButton = () => screen.getByRole('button', { name: 'Ga verder' });

describe('the intake journey', { timeout: 30_000 }, () => {
  it('starts with "met hulp?", then one question per page with step, back link and error summary', async () => {
    const user = userEvent.setup();
    await openAs('client-anna', '/vragenlijst');
    await screen.findByRole('heading', { level: 1, name: 'Entreevragenlijst' });
    expect(screen.getByText('Het duurt ongeveer 15 minuten.')).toBeInTheDocument();
    await user.click(await screen.findByLabelText('Ja, iemand helpt mij'));
    await user.click(screen.getByRole('button', { name: 'Begin met de vragenlijst' }));
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link', { name: 'Vul de naam in van de persoon die je helpt.' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Naam van de persoon die helpt'), 'Ria Kamminga');
    await user.type(screen.getByLabelText('Organisatie (niet verplicht)'), 'STIP Vinkhuizen');
    await user.click(screen.getByRole('button', { name: 'Begin met de vragenlijst' }));

    // single choice: the question is the h1 inside the legend
    const heading = await screen.findByRole('heading', { level: 1, name: 'Wanneer had je voor het laatst betaald werk?' });
    const group = screen.getByRole('group', { name: 'Wanneer had je voor het laatst betaald werk?' });
    expect(group).toContainElement(heading);
    expect(screen.getByText(/^Stap 1 van \d+$/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Terug' })).toHaveAttribute('href', '/vragenlijst');
    expect(document.title).toMatch(/^Wanneer had je voor het laatst betaald werk\? – Stap 1 van \d+ – Werkmap$/);

    await user.click(continueButton());
    const error = await screen.findByRole('alert');
    await waitFor(() => expect(error).toHaveFocus());
    await user.click(within(error).getByRole('link', { name: 'Kies een antwoord.' }));
    expect(screen.getByLabelText('Ik werk nu een paar uur per week')).toHaveFocus();
    await user.click(screen.getByLabelText('Minder dan een half jaar geleden'));
    await user.click(continueButton());

    // number with "Ik weet het niet"; out of range keeps what was typed
    await screen.findByRole('heading', { level: 1, name: 'Hoeveel jaar heb je in totaal betaald gewerkt?' });
    expect(screen.getByText(/^Stap 2 van \d+$/)).toBeInTheDocument();
    const years = screen.getByRole('textbox', { name: 'Hoeveel jaar heb je in totaal betaald gewerkt?' });
    await user.type(years, '99');
    await user.click(continueButton());
    expect(await screen.findByRole('link', { name: 'Vul een getal in van 0 tot en met 60.' })).toBeInTheDocument();
    expect(years).toHaveValue('99');
    expect(years).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByLabelText('Ik weet het niet'));
    expect(years).toBeDisabled();
    await user.click(continueButton());

    // short text
    const job = await screen.findByRole('textbox', { name: 'Wat voor werk deed je het laatst?' });
    await user.type(job, 'Administratief medewerker');
    await user.click(continueButton());

    // date: an impossible date gets its own message
    const dateGroup = await screen.findByRole('group', { name: 'Op welke datum stopte je laatste baan?' });
    await user.type(within(dateGroup).getByLabelText('Dag'), '31');
    await user.type(within(dateGroup).getByLabelText('Maand'), '2');
    await user.type(within(dateGroup).getByLabelText('Jaar'), '2025');
    await user.click(continueButton());
    expect(await screen.findByRole('link', { name: /Deze datum bestaat niet/ })).toBeInTheDocument();
    await user.clear(within(dateGroup).getByLabelText('Dag'));
    await user.type(within(dateGroup).getByLabelText('Dag'), '28');
    await user.click(continueButton());
    await screen.findByRole('heading', { level: 1, name: 'Wat is je hoogste diploma?' });

    // every answer is kept on the device and sent as a draft
    await drainNow();
    await waitFor(() => expect(db.intakeDrafts.get('client-anna')?.answers).toMatchObject({ lastWork: 'lt6m', experienceYears: { unknown: true }, lastJob: 'Administratief medewerker', lastJobEnd: '2025-02-28' }));
    expect(db.intakeDrafts.get('client-anna')?.helper).toEqual({ name: 'Ria Kamminga', organisation: 'STIP Vinkhuizen' });
  });

  it('asks scale, yes/no, multiple choice (exclusive option) and long text with a character count', async () => {
    const user = userEvent.setup();
    seedDraft('client-anna', { lastWork: 'never', education: 'mbo2plus' });
    const { router } = await openAs('client-anna', '/vragenlijst/vraag/dutchSpeaking');
    await screen.findByRole('heading', { level: 1, name: 'Hoe goed spreek je Nederlands?' });
    await user.click(screen.getByLabelText('Heel goed'));
    await user.click(continueButton());
    await screen.findByRole('heading', { level: 1, name: 'Hoe goed kun je Nederlands lezen en schrijven?' });
    await user.click(screen.getByLabelText('Goed'));
    await user.click(continueButton());
    await screen.findByRole('heading', { level: 1, name: 'Heb je door je gezondheid moeite met werken?' });
    // "Ik weet het niet" as a radio set apart
    await user.click(screen.getByLabelText('Ik weet het niet'));
    await user.click(continueButton());
    await screen.findByRole('heading', { level: 1, name: 'Zorg je voor iemand, zoals kinderen of een ziek familielid?' });
    await user.click(screen.getByLabelText('Nee'));
    await user.click(continueButton());
    await screen.findByRole('heading', { level: 1, name: 'Heb je schulden of zorgen over geld?' });

    // multiple choice: the exclusive option unchecks the others
    await router.navigate('/vragenlijst/vraag/transport');
    const transport = await screen.findByRole('group', { name: 'Hoe kun je naar je werk reizen?' });
    await user.click(within(transport).getByLabelText('Met de fiets'));
    await user.click(within(transport).getByLabelText('Ik kan niet goed reizen'));
    expect(within(transport).getByLabelText('Met de fiets')).not.toBeChecked();
    await user.click(within(transport).getByLabelText('Met de fiets'));
    expect(within(transport).getByLabelText('Ik kan niet goed reizen')).not.toBeChecked();

    // long text: typing past the limit is allowed, the count says how many too many
    await router.navigate('/vragenlijst/vraag/anythingElse');
    const text = await screen.findByRole('textbox', { name: /^Wil je nog iets vertellen dat belangrijk is voor werk\?/ });
    await user.click(text);
    await user.paste('x'.repeat(1003));
    expect(text).toHaveValue('x'.repeat(1003));
    expect(screen.getByText('Je hebt 3 tekens te veel')).toBeInTheDocument();
    await user.click(continueButton());
    expect(await screen.findByRole('link', { name: 'Je antwoord is te lang. Gebruik 1000 tekens of minder.' })).toBeInTheDocument();
    expect(text).toHaveValue('x'.repeat(1003));
  });

  it('returns to the check page after a change, asking new follow-up questions first', async () => {
    const user = userEvent.setup();
    const answers: Answers = {
      lastWork: 'never', education: 'mbo2plus', dutchSpeaking: 4, dutchReading: 4, healthLimits: 'no', care: 'no', money: 'no',
      housing: 'own', transport: ['bike'], drivingLicence: 'yes', digital: ['email'], wantsWork: 5, searching: 'weekly', confidence: 4,
      expectation: 'm3', strengths: ['teamwork'], applyAlone: 4, interview: 3, contacts: 'many', toldOthers: 'yes', social: 'weekly',
      activities: ['none'], sectors: null, desiredJob: null, hours: 32, startDate: { unknown: true }, anythingElse: null,
    };
    seedDraft('client-anna', answers);
    await openAs('client-anna', '/vragenlijst/controleren');
    await screen.findByRole('heading', { level: 1, name: 'Controleer je antwoorden' });
    const change = await waitFor(() => {
      const link = document.getElementById('change-care');
      if (!link) throw new Error('no change link yet');
      return link;
    });
    expect(change).toHaveTextContent('Wijzigen Zorg je voor iemand, zoals kinderen of een ziek familielid?');
    await user.click(change);
    await screen.findByRole('heading', { level: 1, name: 'Zorg je voor iemand, zoals kinderen of een ziek familielid?' });
    expect(screen.getByLabelText('Nee')).toBeChecked();
    expect(screen.getByRole('link', { name: 'Terug' })).toHaveAttribute('href', '/vragenlijst/controleren');
    await user.click(screen.getByLabelText('Ja'));
    await user.click(continueButton());
    // the new follow-up question first
    await screen.findByRole('heading', { level: 1, name: 'Is er opvang of hulp als jij gaat werken?' });
    await user.click(screen.getByLabelText('Voor een deel'));
    await user.click(continueButton());
    await screen.findByRole('heading', { level: 1, name: 'Controleer je antwoorden' });
    const row = document.querySelector('[data-question="careArranged"]') as HTMLElement;
    expect(within(row).getByText('Voor een deel')).toBeInTheDocument();
  });

  it('submits through the outbox and shows the reference, the proposal with reasons and a printable copy', async () => {
    const user = userEvent.setup();
    seedDraft('client-anna', {
      lastWork: 'lt6m', experienceYears: 10, lastJob: 'Administratief medewerker', lastJobEnd: '2025-12-01', education: 'mbo2plus',
      dutchSpeaking: 4, dutchReading: 4, healthLimits: 'no', care: 'no', money: 'no', housing: 'own', transport: ['bike'],
      drivingLicence: 'yes', digital: ['email', 'apply'], wantsWork: 5, searching: 'weekly', confidence: 4, expectation: 'm3',
      strengths: ['teamwork'], applyAlone: 4, interview: 3, contacts: 'many', toldOthers: 'yes', social: 'weekly', activities: ['none'],
      sectors: null, desiredJob: null, hours: 32, startDate: { unknown: true }, anythingElse: null,
    });
    await openAs('client-anna', '/vragenlijst/controleren');
    await user.click(await screen.findByRole('button', { name: 'Verstuur de vragenlijst' }));
    await drainNow();
    await screen.findByRole('heading', { level: 1, name: 'Je vragenlijst is verstuurd' });
    expect(db.intakeSubmissions.size - HISTORY_SIZE).toBe(1);
    const submission = db.intakeSubmissions.list().find((s) => s.clientId === 'client-anna')!;
    expect(await screen.findByTestId('intake-reference')).toHaveTextContent(submission.reference);
    // waited for, not got: on a loaded machine the proposal was once re-rendered as a new element between
    // finding it and checking it (cause not diagnosed), so each check looks it up afresh
    const proposal = () => screen.getByTestId('intake-proposal');
    await waitFor(() => expect(within(proposal()).getByText('We stellen voor: Zelfdoeners')).toBeInTheDocument());
    await waitFor(() => expect(within(proposal()).getByText('je het afgelopen half jaar nog betaald werk had')).toBeInTheDocument());
    await waitFor(() => expect(within(proposal()).getByText(/Dit is een voorstel/)).toBeInTheDocument());
    expect(await screen.findByRole('button', { name: 'Print of bewaar je antwoorden' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('Administratief medewerker')).toBeInTheDocument());
  });

  it('sends no older answers over newer ones from another device: it shows them to check again first', async () => {
    const user = userEvent.setup();
    const answers: Answers = {
      lastWork: 'lt6m', experienceYears: 10, lastJob: 'Administratief medewerker', lastJobEnd: '2025-12-01', education: 'mbo2plus',
      dutchSpeaking: 4, dutchReading: 4, healthLimits: 'no', care: 'no', money: 'no', housing: 'own', transport: ['bike'],
      drivingLicence: 'yes', digital: ['email', 'apply'], wantsWork: 5, searching: 'weekly', confidence: 4, expectation: 'm3',
      strengths: ['teamwork'], applyAlone: 4, interview: 3, contacts: 'many', toldOthers: 'yes', social: 'weekly', activities: ['none'],
      sectors: null, desiredJob: null, hours: 32, startDate: { unknown: true }, anythingElse: null,
    };
    seedDraft('client-anna', answers);
    await openAs('client-anna', '/vragenlijst/controleren');
    const send = await screen.findByRole('button', { name: 'Verstuur de vragenlijst' });
    const hoursRow = () => document.querySelector('[data-question="hours"]') as HTMLElement;
    expect(within(hoursRow()).getByText(/32/)).toBeInTheDocument();
    // the page has what the server had when it opened (no fetch still under way that would bring the change below)
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    // meanwhile, on the computer at the STIP, the hours were changed
    const current = db.intakeDrafts.get('client-anna')!;
    db.intakeDrafts.put({ ...current, answers: { ...answers, hours: 20 }, version: current.version + 1 });
    await user.click(send);
    const notice = await screen.findByText('Je antwoorden zijn op een ander apparaat veranderd');
    await waitFor(() => expect(notice.closest('[tabindex="-1"]')).toHaveFocus());
    expect(db.intakeSubmissions.size - HISTORY_SIZE).toBe(0);
    await waitFor(() => expect(within(hoursRow()).getByText(/20/)).toBeInTheDocument());
    // checked: now it is sent, with the newest answers
    await user.click(screen.getByRole('button', { name: 'Verstuur de vragenlijst' }));
    await drainNow();
    await screen.findByRole('heading', { level: 1, name: 'Je vragenlijst is verstuurd' });
    await waitFor(() => expect(db.intakeSubmissions.size - HISTORY_SIZE).toBe(1));
    expect(db.intakeSubmissions.list().find((s) => s.clientId === 'client-anna')?.answers.hours).toBe(20);
  });
});

describe('the coach screen', { timeout: 30_000 }, () => {
  it('shows the proposal, scores and answers; the decision needs a reason and the client then sees it', async () => {
    const user = userEvent.setup();
    const client = await signInAs('client-jayden');
    await fetch('http://localhost:3000/api/clients/client-jayden/intake/submissions/sub-j', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${client.token}` },
      body: JSON.stringify({
        definitionVersion: 1,
        helper: null,
        answers: jaydenAnswers,
      }),
    });
    await openAs('coach-marieke', '/coach/clienten/client-jayden/vragenlijst');
    await screen.findByRole('heading', { level: 1, name: 'Entreevragenlijst van Jayden Pieters' });
    const proposal = await screen.findByTestId('coach-proposal');
    expect(proposal).toHaveTextContent('Klantondersteuning, trede 3 (Deelname aan georganiseerde activiteiten)');
    expect(proposal).toHaveTextContent('Jonger dan 27 zonder startkwalificatie: eerst school.');
    expect(screen.getByRole('rowheader', { name: 'Kunnen' })).toBeInTheDocument();
    expect(screen.getByText('Vakkenvuller')).toBeInTheDocument();

    // nothing is pre-selected: the coach must choose
    for (const radio of screen.getAllByRole('radio')) expect(radio).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Besluit opslaan' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Kies een dienstverleningslijn.' })).toBeInTheDocument();
    // another line than the proposal needs a reason; then ONE click saves (the bug: the first click after the error was lost)
    await user.click(screen.getByRole('radio', { name: 'Maatschappelijke participatie' }));
    await user.click(screen.getByRole('button', { name: 'Besluit opslaan' }));
    await waitFor(() => expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Je kiest iets anders dan het voorstel. Schrijf op waarom.' })).toBeInTheDocument());
    await user.type(screen.getByRole('textbox', { name: /Reden van je besluit/ }), 'Jayden gaat eerst naar school; daarna kijken we verder.');
    await user.click(screen.getByRole('button', { name: 'Besluit opslaan' }));
    await drainNow();
    await waitFor(() => expect(db.intakeSubmissions.get('sub-j')?.decision?.serviceLine).toBe('socialParticipation'));
    expect(await screen.findByTestId('coach-decision')).toHaveTextContent('Besloten: Maatschappelijke participatie. Door Marieke Bakker');

    await endSession();
    await openAs('client-jayden', '/vragenlijst/uitkomst');
    const decision = await screen.findByTestId('intake-decision');
    expect(decision).toHaveTextContent('Je e-coach heeft besloten: Maatschappelijke participatie');
    expect(decision).toHaveTextContent('Jayden gaat eerst naar school; daarna kijken we verder.');
  });
});

describe('a new version while a draft is open', { timeout: 30_000 }, () => {
  it('moves the draft over: fitting answers kept, the others listed to answer again', async () => {
    const user = userEvent.setup();
    const answers: Answers = {
      lastWork: 'never', education: 'mbo2plus', dutchSpeaking: 4, dutchReading: 4, healthLimits: 'no', care: 'no', money: 'no',
      housing: 'own', transport: ['bike'], drivingLicence: 'yes', digital: ['email'], wantsWork: 5, searching: 'weekly', confidence: 4,
      expectation: 'm3', strengths: ['teamwork'], applyAlone: 4, interview: 3, contacts: 'many', toldOthers: 'yes', social: 'weekly',
      activities: ['none'], sectors: ['office', 'other'], desiredJob: 'Receptionist', hours: 32, startDate: '2027-01-04',
    };
    seedDraft('client-anna', answers);
    const v1 = db.intakeDefinitions.get('entree:1')!;
    db.intakeDefinitions.put(entreeV2(v1));
    // a question page of the old version sends the client to the start page first
    const { router } = await openAs('client-anna', '/vragenlijst/vraag/hours');
    const notice = await screen.findByText('De vragenlijst is veranderd');
    expect(router.state.location.pathname).toBe('/vragenlijst');
    const list = screen.getByTestId('migration-questions');
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'In welk soort werk wil je graag werken?',
      'Vanaf welke datum kun je beginnen met werken?',
    ]);
    expect(notice).toBeInTheDocument();

    await drainNow();
    await waitFor(() => expect(db.intakeDrafts.get('client-anna')?.definitionVersion).toBe(2));
    const moved = db.intakeDrafts.get('client-anna')!;
    expect(moved.migration).toEqual({ fromVersion: 1, questionIds: ['sectors', 'startDate'] });
    expect(moved.answers).not.toHaveProperty('sectors');
    expect(moved.answers).not.toHaveProperty('desiredJob');
    expect(moved.answers).not.toHaveProperty('startDate');
    expect(moved.answers).toMatchObject({ hours: 32, transport: ['bike'], lastWork: 'never' });

    // continuing asks the first of them; once answered it leaves the list
    await user.click(screen.getByRole('link', { name: 'Ga verder waar je was' }));
    const sectors = await screen.findByRole('group', { name: /^In welk soort werk wil je graag werken\?/ });
    await user.click(within(sectors).getByLabelText('Kantoor'));
    await user.click(continueButton());
    await screen.findByRole('heading', { level: 1, name: 'Hoeveel uur per week wil je werken?' });
    // the start date is now asked as short text
    await router.navigate('/vragenlijst/vraag/startDate');
    expect(await screen.findByRole('textbox', { name: /^Vanaf welke datum kun je beginnen met werken\?/ })).toHaveValue('');
    await router.navigate('/vragenlijst');
    const after = await screen.findByTestId('migration-questions');
    expect(within(after).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Vanaf welke datum kun je beginnen met werken?']);
  });
});
