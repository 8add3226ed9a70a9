import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openScreen, startSession, endSession, renderApp } from '#test/render.tsx';
import { db, snapshotDb } from '#mocks/db.ts';
import { getAppOutbox } from '#src/shared/offline/outbox.ts';
import { padded, SAMPLES, toBase64 } from '#test/file-samples.ts';
import { activityLane } from '../api/keys.ts';
import { uploadProofKind } from '../api/upload-proof.ts';

describe('the werkmap list', () => {
  it('shows the norm for this period, and the activities newest first per week', async () => {
    await openScreen('client-anna', '/werkmap', 'Werkmap');
    // three that count (the fourth, "vacatures bekeken", does not); the period started 3 days ago
    expect(await screen.findByTestId('norm-card')).toHaveTextContent('3 van 4 activiteiten — nog 25 dagen');
    const region = screen.getByRole('region', { name: 'Je activiteiten' });
    const weeks = within(region).getAllByRole('heading', { level: 3 });
    expect(weeks.length).toBeGreaterThanOrEqual(1);
    const titles = within(region).getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(titles[0]).toBe('Indeed'); // today
    expect(titles.at(-1)).toBe('Zorggroep Noorderlicht'); // two days ago
    expect(within(region).getAllByText('Verstuurd').length).toBeGreaterThan(0);
    expect(within(region).getByText('telt niet mee')).toBeInTheDocument();
  });

  it('filters by type and result, and searches', async () => {
    const user = userEvent.setup();
    await openScreen('client-sanne', '/werkmap', 'Werkmap');
    await waitFor(() => expect(screen.getByText('40 activiteiten')).toBeInTheDocument());
    await user.click(screen.getByText('Zoeken en filteren'));
    await user.selectOptions(screen.getByLabelText('Soort activiteit'), 'Vacatures bekeken');
    await waitFor(() => expect(screen.getByText('3 activiteiten gevonden')).toBeInTheDocument());
    await user.selectOptions(screen.getByLabelText('Soort activiteit'), 'Alles');
    await user.selectOptions(screen.getByLabelText('Resultaat'), 'Uitgenodigd');
    await waitFor(() => {
      const found = screen.getByText(/activiteiten? gevonden/);
      const region = screen.getByRole('region', { name: 'Je activiteiten' });
      expect(within(region).getAllByText('Uitgenodigd').length).toBe(Number(found.textContent?.split(' ')[0]));
    });
    await user.click(screen.getByRole('button', { name: 'Filters wissen' }));
    await user.type(screen.getByLabelText('Zoeken'), 'bakkerij');
    await waitFor(() => expect(screen.getByText(/activiteiten? gevonden/)).toHaveTextContent(/^[1-9]\d* activiteit/));
    const region = screen.getByRole('region', { name: 'Je activiteiten' });
    for (const title of within(region).getAllByRole('heading', { level: 4 })) expect(title).toHaveTextContent('Bakkerij Bolt');
  });

  it('tells the client there is new feedback, once', async () => {
    await openScreen('client-sanne', '/werkmap', 'Werkmap');
    await waitFor(() => expect(screen.getByText('Je e-coach heeft gereageerd')).toBeInTheDocument());
  });
});

describe('a new activity', () => {
  it('shows each problem at its field and in a summary, and keeps what was typed', async () => {
    const user = userEvent.setup();
    await openScreen('client-anna', '/werkmap/nieuw', 'Nieuwe activiteit');
    await screen.findByRole('group', { name: 'Wat heb je gedaan?' });
    // today is filled in
    const date = screen.getByRole('group', { name: 'Wanneer?' });
    expect(within(date).getByLabelText('Jaar')).toHaveValue(String(new Date().getFullYear()));
    await user.click(screen.getByRole('radio', { name: 'Gesolliciteerd op een vacature' }));
    await user.clear(within(date).getByLabelText('Jaar'));
    await user.type(within(date).getByLabelText('Jaar'), String(new Date().getFullYear() + 1));
    await user.type(screen.getByLabelText('Functie'), 'Kok');
    await user.type(screen.getByLabelText('Notitie (niet verplicht)'), 'Via de buurvrouw gehoord');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getAllByRole('link').map((l) => l.textContent)).toEqual([
      'Deze datum ligt in de toekomst. Vul een datum in van vandaag of eerder.',
      'Vul de naam van de werkgever of organisatie in.',
      'Kies hoe je het hebt gedaan, bijvoorbeeld Per e-mail.',
    ]);
    expect(screen.getByLabelText('Werkgever of organisatie')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Functie')).toHaveValue('Kok');
    expect(screen.getByLabelText('Notitie (niet verplicht)')).toHaveValue('Via de buurvrouw gehoord');
    expect(await getAppOutbox()!.list()).toHaveLength(0);
  });

  it('warns about a duplicate, saves after "Toch opslaan" on the device, and sends it exactly once', async () => {
    const user = userEvent.setup();
    await openScreen('client-anna', '/werkmap/nieuw', 'Nieuwe activiteit');
    await screen.findByRole('group', { name: 'Wat heb je gedaan?' });
    await user.click(screen.getByRole('radio', { name: 'Gesolliciteerd op een vacature' }));
    await user.type(screen.getByLabelText('Werkgever of organisatie'), 'Zorggroep Noorderlicht');
    await user.type(screen.getByLabelText('Functie'), 'Secretaresse');
    await user.type(screen.getByLabelText('Link of nummer van de vacature (niet verplicht)'), 'werk.nl/vacature/38121/');
    await user.selectOptions(screen.getByLabelText('Hoe heb je het gedaan?'), 'Per e-mail');
    await user.selectOptions(screen.getByLabelText('Wat is het resultaat tot nu toe?'), 'Sollicitatie verstuurd');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.getByText('Heb je dit al eerder opgeschreven?')).toBeInTheDocument());
    expect(screen.getByText(/al een activiteit opgeschreven met dezelfde vacature \(Zorggroep Noorderlicht\)/)).toBeInTheDocument();
    expect(await getAppOutbox()!.list()).toHaveLength(0);
    expect(screen.getByLabelText('Functie')).toHaveValue('Secretaresse');
    await user.click(screen.getByRole('button', { name: 'Toch opslaan' }));
    await screen.findByRole('heading', { level: 1, name: 'Zorggroep Noorderlicht' });
    await waitFor(() => expect(screen.getByTestId('activity-sync-state')).toHaveTextContent('Verstuurd'));
    const created = snapshotDb().writeLog.filter((w) => w.resource.startsWith('activity:') && w.userId === 'client-anna');
    expect(created).toHaveLength(1);
    expect(db.activities.get(created[0]!.resource.slice('activity:'.length))).toMatchObject({ jobTitle: 'Secretaresse', results: [{ status: 'sent' }] });
  });

  it('asks the type with radios, presets no result, and takes proof in the same form: one activity, one upload', async () => {
    const user = userEvent.setup();
    await openScreen('client-anna', '/werkmap/nieuw', 'Nieuwe activiteit');
    const types = await screen.findByRole('group', { name: 'Wat heb je gedaan?' });
    // the back link above the title, as in the questionnaire
    const title = screen.getByRole('heading', { level: 1, name: 'Nieuwe activiteit' });
    expect(screen.getByRole('link', { name: 'Terug' }).compareDocumentPosition(title) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(types).getAllByRole('radio').length).toBeGreaterThan(5);
    expect(within(types).getAllByRole('radio').every((radio) => !(radio as HTMLInputElement).checked)).toBe(true);
    expect(within(types).getByRole('radio', { name: 'Vacatures bekeken' })).toHaveAccessibleDescription('Deze soort activiteit telt niet mee voor je sollicitatieplicht.');
    expect(screen.queryByRole('combobox', { name: 'Wat heb je gedaan?' })).toBeNull();
    // nothing chosen for the person
    expect(screen.getByLabelText('Wat is het resultaat tot nu toe?')).toHaveValue('');
    // the camera on a phone; a file that is already there
    expect(screen.getByLabelText('Foto maken')).toHaveAttribute('capture', 'environment');
    expect(screen.getByLabelText('Foto maken')).toHaveAttribute('accept', 'image/*');
    expect(screen.getByLabelText('Bestand kiezen')).toHaveAttribute('accept', 'image/*,application/pdf');
    await user.click(within(types).getByRole('radio', { name: 'Open sollicitatie' }));
    await user.type(screen.getByLabelText('Werkgever of organisatie'), 'Bakkerij Bolletje');
    await user.upload(screen.getByLabelText('Bestand kiezen'), new File([padded(SAMPLES.png, 4000)], 'brief.png', { type: 'image/png' }));
    await waitFor(() => expect(screen.getByRole('list', { name: 'Gekozen bewijs' })).toHaveTextContent('brief.png'));
    // nothing is kept before the activity is saved
    expect(await getAppOutbox()!.list()).toHaveLength(0);
    await user.selectOptions(screen.getByLabelText('Hoe heb je het gedaan?'), 'Per e-mail');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByRole('heading', { level: 1, name: 'Bakkerij Bolletje' });
    const created = snapshotDb().writeLog.filter((w) => w.resource.startsWith('activity:') && w.userId === 'client-anna');
    await waitFor(() => expect(db.activities.get(created[0]!.resource.slice('activity:'.length))?.proofs).toEqual([expect.objectContaining({ name: 'brief.png', size: 4000 })]));
    expect(created).toHaveLength(1);
    expect(db.activities.get(created[0]!.resource.slice('activity:'.length))?.results).toEqual([]);
    expect(db.fileUploads.list().filter((u) => u.name === 'brief.png')).toHaveLength(1);
    await waitFor(async () => expect(await getAppOutbox()!.list()).toHaveLength(0));
  });

  it('asks only the fields of the chosen type', async () => {
    const user = userEvent.setup();
    await openScreen('client-anna', '/werkmap/nieuw', 'Nieuwe activiteit');
    await screen.findByRole('group', { name: 'Wat heb je gedaan?' });
    await user.click(screen.getByRole('radio', { name: 'Workshop, training of webinar' }));
    expect(screen.getByLabelText('Naam van de workshop, training of banenmarkt')).toBeInTheDocument();
    expect(screen.queryByLabelText('Functie')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Hoe heb je het gedaan?')).not.toBeInTheDocument();
  });
});

describe("the coach's feedback", () => {
  it('the coach gives feedback through the outbox; the client sees it with the activity', async () => {
    const user = userEvent.setup();
    const { unmount } = await openScreen('coach-marieke', '/coach/clienten/client-anna/werkmap', 'Werkmap van Anna de Vries');
    const card = (await screen.findByRole('heading', { level: 4, name: 'Gemeente Groningen' })).closest('article')!;
    await user.click(within(card).getByText('Reageren'));
    await user.click(within(card).getByLabelText('Vraag'));
    await user.click(within(card).getByRole('button', { name: 'Reactie opslaan' }));
    await waitFor(() => expect(within(card).getByText('Schrijf een toelichting bij Vraag of Niet akkoord.')).toBeInTheDocument());
    await user.type(within(card).getByLabelText('Toelichting'), 'Wat zei mevrouw Smit?');
    await user.click(within(card).getByRole('button', { name: 'Reactie opslaan' }));
    await waitFor(() => expect(db.activities.get('act-anna-2')?.feedback).toHaveLength(1));
    expect(db.activities.get('act-anna-2')?.feedback[0]).toMatchObject({ verdict: 'question', comment: 'Wat zei mevrouw Smit?', by: { id: 'coach-marieke' } });
    unmount();
    await endSession();

    await openScreen('client-anna', '/werkmap', 'Werkmap');
    await waitFor(() => expect(screen.getByText('Je e-coach heeft gereageerd')).toBeInTheDocument());
    await userEvent.setup().click(screen.getAllByRole('link', { name: 'Gemeente Groningen' })[0]!);
    await screen.findByRole('heading', { level: 1, name: 'Gemeente Groningen' });
    expect(screen.getByText('Wat zei mevrouw Smit?')).toBeInTheDocument();
    expect(screen.getByText('Vraag')).toBeInTheDocument();
  });

  it("another coach cannot see the client's werkmap", async () => {
    await startSession('coach-sander');
    await renderApp('/coach/clienten/client-anna/werkmap');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
  });
});

describe('proof', () => {
  it('says kindly why a video or another file cannot be used, and uploads a screenshot', async () => {
    const user = userEvent.setup({ applyAccept: false });
    await openScreen('client-anna', '/werkmap/act-anna-1', 'Zorggroep Noorderlicht');
    const input = await screen.findByLabelText('Bewijs toevoegen');
    await user.upload(input, new File([new Uint8Array(16)], 'gesprek.mp4', { type: 'video/mp4' }));
    await waitFor(() => expect(screen.getByText('Dit is een video. Voeg een foto, een screenshot of een pdf toe.')).toBeInTheDocument());
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await user.upload(input, new File(['hallo'], 'brief.txt', { type: 'text/plain' }));
    await waitFor(() => expect(screen.getByText(/Dit soort bestand kunnen we niet gebruiken/)).toBeInTheDocument());

    await user.upload(input, new File([padded(SAMPLES.png, 5000)], 'scherm.png', { type: 'image/png' }));
    await waitFor(() => expect(screen.getByText('scherm.png')).toBeInTheDocument());
    await waitFor(() => expect(db.activities.get('act-anna-1')?.proofs).toEqual([expect.objectContaining({ name: 'scherm.png', size: 5000, type: 'image/png' })]));
    await waitFor(() => expect(screen.getByText('scherm.png').closest('li')).toHaveTextContent('Verstuurd'));
  });

  it('says in plain Dutch that a file which is not what it says is no photo or PDF, next to the field, and keeps nothing', async () => {
    const user = userEvent.setup({ applyAccept: false });
    await openScreen('client-anna', '/werkmap/act-anna-1', 'Zorggroep Noorderlicht');
    const input = await screen.findByLabelText('Bewijs toevoegen');
    const message = 'Dit bestand is geen foto of pdf. Kies een foto (jpg, png) of een pdf.';
    for (const file of [
      new File([SAMPLES.exe], 'foto.jpg', { type: 'image/jpeg' }),
      new File([SAMPLES.html], 'brief.pdf', { type: 'application/pdf' }),
      new File([SAMPLES.svg], 'scherm.png', { type: 'image/png' }),
    ]) {
      await user.upload(input, file);
      await waitFor(() => expect(input).toHaveAccessibleDescription(expect.stringContaining(message)));
      expect(input).toHaveAttribute('aria-invalid', 'true');
    }
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(await getAppOutbox()!.list()).toHaveLength(0);
    expect(db.fileUploads.list()).toHaveLength(0);
  });

  it("shows the server's refusal of a queued file (content not what its type says) next to the file and on Wijzigingen", async () => {
    const user = userEvent.setup();
    await startSession('client-anna');
    // what an older app version could have queued: an executable declared a JPEG
    await getAppOutbox()!.enqueue({
      lane: activityLane('act-anna-1'),
      kind: uploadProofKind,
      payload: { clientId: 'client-anna', activityId: 'act-anna-1', fileId: 'proof-exe', name: 'foto.jpg', type: 'image/jpeg', size: SAMPLES.exe.length, data: toBase64(SAMPLES.exe) },
      ownerId: 'client-anna',
    });
    await waitFor(async () => expect((await getAppOutbox()!.list())[0]?.status).toBe('rejected'));
    const utils = await renderApp('/werkmap/act-anna-1');
    const item = (await screen.findByText('foto.jpg')).closest('li')!;
    expect(item).toHaveTextContent('Dit bestand is geen foto of pdf. Kies een foto (jpg, png) of een pdf.');
    expect(db.activities.get('act-anna-1')?.proofs).toEqual([]);
    utils.unmount();

    await renderApp('/wijzigingen');
    const problem = await screen.findByTestId('outbox-problem');
    expect(problem).toHaveTextContent('Dit bestand is geen foto of pdf. Kies een foto (jpg, png) of een pdf.');
    await user.click(within(problem).getByRole('button', { name: 'Mijn wijziging weggooien' }));
    await waitFor(async () => expect(await getAppOutbox()!.list()).toHaveLength(0));
  });
});
