import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { openScreen } from '#test/render.tsx';
import { server } from '#mocks/node.ts';
import { problem } from '#mocks/http.ts';
import { db } from '#mocks/db.ts';
import { getAppOutbox } from '#src/shared/offline/outbox.ts';
import { StorageFullError } from '#src/shared/offline/errors.ts';
import { call, signIn } from '#mocks/testing.ts';

const rowNames = (table: HTMLElement) => within(table).getAllByRole('rowheader').map((cell) => within(cell).getByRole('link').textContent);

/** Marieke's caseload, filtered on "Fleur" (several clients). */
async function caseloadOfFleurs() {
  const user = userEvent.setup();
  await openScreen('coach-marieke', '/coach', 'Mijn cliënten');
  const table = await screen.findByRole('table');
  await user.type(screen.getByLabelText('Zoek op naam'), 'Fleur');
  await waitFor(() => expect(rowNames(table).every((name) => name?.startsWith('Fleur'))).toBe(true));
  return { user, table };
}

describe('the caseload', () => {
  it('sorts by a column with buttons that say how it is sorted', async () => {
    const user = userEvent.setup();
    await openScreen('coach-marieke', '/coach', 'Mijn cliënten');
    const table = await screen.findByRole('table', { name: /66 cliënten die jij begeleidt/ });
    const nameHeader = within(table).getByRole('columnheader', { name: 'Naam' });
    const signalsHeader = within(table).getByRole('columnheader', { name: 'Signalen' });
    expect(signalsHeader).toHaveAttribute('aria-sort', 'descending');
    expect(nameHeader).not.toHaveAttribute('aria-sort');

    await user.click(within(nameHeader).getByRole('button', { name: 'Naam' }));
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(signalsHeader).not.toHaveAttribute('aria-sort');
    const ascending = rowNames(table);
    expect(ascending).toEqual([...ascending].sort((a, b) => (a ?? '').localeCompare(b ?? '', 'nl', { sensitivity: 'base' })));

    await user.click(within(nameHeader).getByRole('button', { name: 'Naam' }));
    expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    expect(rowNames(table)).toEqual([...ascending].reverse());
    expect(table).toHaveAccessibleName(/Gesorteerd op Naam, aflopend/);
  });

  it('filters by service line, signal and name, and says how many are shown', async () => {
    const user = userEvent.setup();
    await openScreen('coach-marieke', '/coach', 'Mijn cliënten');
    const table = await screen.findByRole('table');
    await user.selectOptions(screen.getByLabelText('Dienstverleningslijn'), 'Zelfdoeners');
    await waitFor(() => expect(screen.getByText(/^\d+ van 66 cliënten getoond$/)).toBeInTheDocument());
    for (const row of within(table).getAllByRole('row').slice(1)) expect(row).toHaveTextContent('Zelfdoeners');

    await user.selectOptions(screen.getByLabelText('Dienstverleningslijn'), 'Alle');
    const total = within(screen.getByRole('region', { name: /^Signalen/ })).getByRole('button', { name: /Entreevragenlijst niet ingevuld/ });
    expect(total).toHaveAttribute('aria-pressed', 'false');
    await user.click(total);
    expect(total).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(rowNames(table)).toContain('Anna de Vries'));
    for (const row of within(table).getAllByRole('row').slice(1)) expect(row).toHaveTextContent('vragenlijst niet ingevuld');

    await user.type(screen.getByLabelText('Zoek op naam'), 'anna vries');
    await waitFor(() => expect(rowNames(table)).toEqual(['Anna de Vries']));
    expect(screen.getByText('1 van 66 cliënten getoond')).toHaveAttribute('role', 'status');
    await user.type(screen.getByLabelText('Zoek op naam'), 'xyz');
    await waitFor(() => expect(screen.getByText('Niemand past bij deze filters. Pas de filters aan.')).toBeInTheDocument());
  });
});

describe('the caseload for a working day', () => {
  it('has one link per row, signals with their severity in words, and a skip link to the table', async () => {
    await openScreen('coach-marieke', '/coach', 'Mijn cliënten');
    const table = await screen.findByRole('table');
    for (const row of within(table).getAllByRole('row').slice(1)) expect(within(row).getAllByRole('link')).toHaveLength(1);
    expect(within(table).getAllByText(/^(Hoog|Middel|Laag): /).length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Naar de tabel met cliënten' })).toHaveAttribute('href', '#caseload-table');
    expect(document.getElementById('caseload-table')).toContainElement(table);
  });

  it('sends one message to each selected client, once, through the outbox', async () => {
    const { user, table } = await caseloadOfFleurs();
    const rows = within(table).getAllByRole('row').slice(1, 3);
    const chosen = rows.map((row) => within(row).getByRole('link').textContent ?? '');
    // each click selects at once (the first used to be lost while the message texts loaded)
    for (const name of chosen) {
      const box = screen.getByRole('checkbox', { name: `Selecteer ${name}` });
      await user.click(box);
      expect(box).toBeChecked();
    }
    expect(screen.getByText(/2 cliënten geselecteerd/)).toHaveAttribute('role', 'status');
    const before = db.messages.list().length;
    await user.click(screen.getByText('Bericht sturen'));
    await user.click(screen.getByRole('button', { name: 'Stuur naar 2 cliënten' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/bericht/i);
    await user.type(screen.getByRole('textbox', { name: /bericht/i }), 'Morgen is het spreekuur dicht.');
    await user.click(screen.getByRole('button', { name: 'Stuur naar 2 cliënten' }));
    await waitFor(() => expect(db.messages.list().length).toBe(before + 2));
    const sent = db.messages.list().filter((m) => m.body === 'Morgen is het spreekuur dicht.');
    expect(sent.map((m) => db.clients.get(m.clientId)?.name).sort()).toEqual([...chosen].sort());
    // sent at once: the form says so when the server has answered
    expect(await screen.findByText(/opgeslagen voor 2 cliënten/)).toBeInTheDocument();
    expect(screen.queryAllByRole('checkbox', { checked: true })).toHaveLength(0);
  });

  it('after a save that stopped part-way (a full disk), names who has it not yet; the retry sends only to them', async () => {
    const { user, table } = await caseloadOfFleurs();
    const chosen = rowNames(table).slice(0, 2) as string[];
    for (const name of chosen) await user.click(screen.getByRole('checkbox', { name: `Selecteer ${name}` }));
    await user.click(screen.getByText('Bericht sturen'));
    const text = 'De banenmarkt is op dinsdag.';
    await user.type(screen.getByRole('textbox', { name: /bericht/i }), text);
    const outbox = getAppOutbox()!;
    const enqueue = outbox.enqueue.bind(outbox);
    let calls = 0;
    const full = vi.spyOn(outbox, 'enqueue').mockImplementation((input) => (++calls === 2 ? Promise.reject(new StorageFullError()) : enqueue(input)));
    await user.click(screen.getByRole('button', { name: 'Stuur naar 2 cliënten' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Je apparaat is vol.');
    // who has it not yet follows once the ones saved were sent
    await waitFor(() => expect(alert).toHaveTextContent(`Nog niet opgeslagen voor 1 cliënt: ${chosen[1]}.`));
    // the text and the selection stay, to try again
    expect(screen.getByRole('textbox', { name: /bericht/i })).toHaveValue(text);
    full.mockRestore();
    await user.click(screen.getByRole('button', { name: 'Stuur naar 2 cliënten' }));
    expect(await screen.findByText(/opgeslagen voor 2 cliënten/)).toBeInTheDocument();
    await waitFor(() => expect(db.messages.list().filter((m) => m.body === text)).toHaveLength(2));
    const sent = db.messages.list().filter((m) => m.body === text);
    expect(sent.map((m) => db.clients.get(m.clientId)?.name).sort()).toEqual([...chosen].sort());
  });

  it('selects all shown and sets one task for each', async () => {
    const user = userEvent.setup();
    await openScreen('coach-marieke', '/coach', 'Mijn cliënten');
    const table = await screen.findByRole('table');
    await user.type(screen.getByLabelText('Zoek op naam'), 'anna vries');
    await waitFor(() => expect(rowNames(table)).toEqual(['Anna de Vries']));
    await user.click(screen.getByRole('checkbox', { name: 'Selecteer alle getoonde cliënten' }));
    await fillBulkTask(user, 'Kom naar de banenmarkt');
    await user.click(screen.getByRole('button', { name: 'Taak opslaan' }));
    await waitFor(() => expect(db.tasks.list().filter((t) => t.title === 'Kom naar de banenmarkt').map((t) => t.clientId)).toEqual(['client-anna']));
  });
});

/**
 * Two of the Fleurs selected, and the server answering 500 to a `PUT` on `path` for the second
 * until `mend()`; every request is kept per client (the entity id with the Idempotency-Key, and
 * whether the server was broken then).
 */
async function twoFleursOneBroken(path: string) {
  const { user, table } = await caseloadOfFleurs();
  const chosen = rowNames(table).slice(0, 2) as [string, string];
  const [gets, refused] = chosen.map((name) => db.clients.list().find((c) => c.name === name)!.id) as [string, string];
  let broken = true;
  const tries: Record<string, { sent: string; broken: boolean }[]> = { [gets]: [], [refused]: [] };
  server.use(
    http.put(path, ({ params, request }) => {
      const clientId = String(params.clientId);
      tries[clientId]?.push({ sent: `${String(params.id)} ${request.headers.get('Idempotency-Key')}`, broken });
      return clientId === refused && broken ? problem(500, { title: 'Internal Server Error' }) : undefined;
    }),
  );
  for (const name of chosen) await user.click(screen.getByRole('checkbox', { name: `Selecteer ${name}` }));
  return {
    user,
    chosen,
    gets,
    refused,
    tries,
    mend: () => {
      broken = false;
    },
  };
}

/** The bulk form says who has it and who not (and why), and keeps its input and the selection. */
async function expectPartial(chosen: readonly string[], field: HTMLElement, value: string) {
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(`Gelukt voor: ${chosen[0]}.`);
  expect(within(alert).getByRole('listitem')).toHaveTextContent(`${chosen[1]}: er ging iets mis bij de gemeente`);
  expect(field).toHaveValue(value);
  expect(screen.queryAllByRole('checkbox', { checked: true })).toHaveLength(2);
}

/** Opens the bulk task form and fills in a title and a due date. */
async function fillBulkTask(user: ReturnType<typeof userEvent.setup>, title: string) {
  await user.click(screen.getByText('Taak geven'));
  const field = screen.getByRole('textbox', { name: /^Taak/ });
  await user.type(field, title);
  const due = screen.getByRole('group', { name: /Klaar op|Uiterlijk op/ });
  await user.type(within(due).getByLabelText('Dag'), '1');
  await user.type(within(due).getByLabelText('Maand'), '1');
  await user.type(within(due).getByLabelText('Jaar'), '2099');
  return field;
}

/** Opens the bulk message form and writes `text`. */
async function writeBulkMessage(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(screen.getByText('Bericht sturen'));
  const field = screen.getByRole('textbox', { name: /bericht/i });
  await user.type(field, text);
  return field;
}

/** The two bulk forms: the task and the message, each with its request and what the clients got. */
const bulkForms = [
  { what: 'task', path: '*/api/clients/:clientId/tasks/:id', button: 'Taak opslaan', fill: fillBulkTask, got: (clientId: string) => db.tasks.list().filter((t) => t.clientId === clientId).map((t) => t.title) },
  { what: 'message', path: '*/api/clients/:clientId/messages/:id', button: 'Stuur naar 2 cliënten', fill: writeBulkMessage, got: (clientId: string) => db.messages.list().filter((m) => m.clientId === clientId).map((m) => m.body) },
];

describe.each(bulkForms)('one $what for several clients that the server takes for some only', ({ path, button, fill, got }) => {
  it('says who has it and who not (and why), keeps the input and the selection, and the retry sends only the failed one, once', async () => {
    const { user, chosen, gets, refused, tries, mend } = await twoFleursOneBroken(path);
    const text = 'Kom naar het spreekuur om 10 uur';
    const field = await fill(user, text);
    await user.click(screen.getByRole('button', { name: button }));

    await expectPartial(chosen, field, text);
    const gotIt = (clientId: string) => got(clientId).filter((t) => t === text);
    expect(gotIt(gets)).toHaveLength(1);
    expect(gotIt(refused)).toHaveLength(0);

    mend();
    await user.click(screen.getByRole('button', { name: button }));
    expect(await screen.findByText(/opgeslagen voor 2 cliënten/)).toBeInTheDocument();
    expect(gotIt(gets)).toHaveLength(1);
    expect(gotIt(refused)).toHaveLength(1);
    // the one who had it was not sent it again; the failed one went once more: the same record
    // (the same entity id and Idempotency-Key)
    expect(tries[gets]).toHaveLength(1);
    expect(tries[refused]!.filter((t) => !t.broken)).toHaveLength(1);
    expect(new Set(tries[refused]!.map((t) => t.sent)).size).toBe(1);
    expect(screen.queryAllByRole('checkbox', { checked: true })).toHaveLength(0);
    expect(await getAppOutbox()!.list()).toEqual([]);
  });

  it('after a partial result the failed record is held; with the input changed, the refused client gets only the changed one, the other nothing more', async () => {
    const { user, chosen, gets, refused, tries, mend } = await twoFleursOneBroken(path);
    const field = await fill(user, 'Kom dinsdag');
    await user.click(screen.getByRole('button', { name: button }));
    await expectPartial(chosen, field, 'Kom dinsdag');
    // the server works again, and the outbox sends what is due (as coming online or its timer
    // would): the refused client's record is held, so it does not arrive behind the coach's back
    // and the screen stays true
    mend();
    await act(async () => {
      await getAppOutbox()!.sendNow();
    });
    expect(got(refused)).not.toContain('Kom dinsdag');
    expect((await getAppOutbox()!.list()).map((record) => record.status)).toEqual(['held']);
    expect(within(screen.getByRole('alert')).getByRole('listitem')).toHaveTextContent(chosen[1]);
    // the coach changes the input and saves: it takes the held record's place
    await user.type(field, ' of woensdag');
    await user.click(screen.getByRole('button', { name: button }));
    expect(await screen.findByText(/opgeslagen voor 2 cliënten/)).toBeInTheDocument();
    await waitFor(() => expect(got(refused).filter((t) => t.startsWith('Kom dinsdag'))).toEqual(['Kom dinsdag of woensdag']));
    // the one who had it keeps the first version, once; the refused one's entity id stayed the same
    expect(got(gets).filter((t) => t.startsWith('Kom dinsdag'))).toEqual(['Kom dinsdag']);
    expect(tries[gets]).toHaveLength(1);
    expect(new Set(tries[refused]!.map((t) => t.sent.split(' ')[0])).size).toBe(1);
    expect(await getAppOutbox()!.list()).toEqual([]);
  });
});

describe('a bulk record the server did not take', () => {
  it('waits on Wijzigingen for the coach (it is held), and "Opnieuw proberen" sends it', async () => {
    const { path, button, fill, got } = bulkForms[1]!;
    const { user, chosen, refused, mend } = await twoFleursOneBroken(path);
    const field = await fill(user, 'Kom naar het spreekuur');
    await user.click(screen.getByRole('button', { name: button }));
    await expectPartial(chosen, field, 'Kom naar het spreekuur');
    expect(screen.getByTestId('sync-status')).toHaveTextContent('1 wijziging heeft je aandacht nodig');
    await user.click(screen.getByRole('link', { name: /Bekijk wijzigingen/ }));
    const problem = await screen.findByTestId('outbox-problem');
    expect(problem).toHaveTextContent('Niet gelukt bij de gemeente');
    expect(problem).toHaveTextContent(/We sturen het niet vanzelf opnieuw/);
    mend();
    await user.click(within(problem).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByText(/Alles is verstuurd\. Er wacht niets/)).toBeInTheDocument();
    expect(got(refused)).toEqual(expect.arrayContaining(['Kom naar het spreekuur']));
  });
});

describe('the client page', () => {
  it('shows the overview and links to every part', async () => {
    await openScreen('coach-marieke', '/coach/clienten/client-sanne', 'Sanne Mulder');
    expect(await screen.findByRole('heading', { level: 2, name: 'Overzicht' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Onderdelen' });
    for (const [name, path] of [
      ['Entreevragenlijst en besluit', 'vragenlijst'],
      ['Werkmap en feedback', 'werkmap'],
      ['Cv', 'cv'],
      ['Portfolio', 'portfolio'],
      ['Berichten', 'berichten'],
      ['Taken', 'taken'],
      ['Evaluatie na drie maanden', 'evaluatie'],
    ]) {
      expect(within(nav).getByRole('link', { name })).toHaveAttribute('href', `/coach/clienten/client-sanne/${path}`);
    }
    const timeline = await screen.findByRole('region', { name: 'Tijdlijn' });
    await waitFor(() => expect(within(timeline).getAllByRole('listitem')).toHaveLength(25));
    await userEvent.setup().click(within(timeline).getByRole('button', { name: 'Toon meer' }));
    await waitFor(() => expect(within(timeline).getAllByRole('listitem').length).toBeGreaterThan(25));
  });

  it('says what is wrong with an empty note, and keeps a good one (coach-only)', async () => {
    const user = userEvent.setup();
    await openScreen('coach-marieke', '/coach/clienten/client-anna', 'Anna de Vries');
    const notes = await screen.findByRole('region', { name: 'Notities' });
    expect(within(notes).getByText(/Alleen zichtbaar voor coaches/)).toBeInTheDocument();
    await user.click(within(notes).getByRole('button', { name: 'Notitie opslaan' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Schrijf een notitie.' })).toBeInTheDocument();
    expect(within(notes).getByLabelText('Nieuwe notitie')).toHaveAccessibleDescription(/Schrijf een notitie\./);
    expect(db.coachNotes.list().filter((n) => n.clientId === 'client-anna')).toHaveLength(0);

    await user.type(within(notes).getByLabelText('Nieuwe notitie'), 'Wil in de zorg werken.');
    await user.click(within(notes).getByRole('button', { name: 'Notitie opslaan' }));
    await waitFor(() => expect(within(notes).getByText(/Opgeslagen op dit apparaat/)).toBeInTheDocument());
    await waitFor(() => expect(db.coachNotes.list().filter((n) => n.clientId === 'client-anna').map((n) => n.text)).toEqual(['Wil in de zorg werken.']));
    // the server's note (with who wrote it), not the pending copy that is removed once sent
    await waitFor(() => {
      const item = within(notes).getByText('Wil in de zorg werken.').closest('li');
      expect(item).toHaveTextContent(/Marieke Bakker, /);
      expect(item).not.toHaveTextContent('Nog niet verstuurd');
    });
  });

  it('shows the 403 page, with none of the client’s data, for another coach’s client', async () => {
    await openScreen('coach-marieke', '/coach/clienten/client-henk', 'Geen toegang');
    expect(screen.queryByText(/Henk|Dijkstra|Veendam/)).toBeNull();
    expect(screen.queryByRole('region', { name: 'Notities' })).toBeNull();
  });
});

describe('the three-month review', () => {
  it('asks for every answer, a decision and a reason, then moves the client', async () => {
    const user = userEvent.setup();
    await openScreen('coach-marieke', '/coach/clienten/client-sanne/evaluatie', 'Evaluatie van Sanne Mulder');
    // the norm per period comes first: "genoeg gesolliciteerd?" is answered with the figures in view
    const history = await screen.findByRole('region', { name: 'Activiteiten per periode' });
    expect(await within(history).findByRole('table', { name: 'Activiteiten en norm per periode' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Evaluatie opslaan' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link', { name: 'Kies Ja, Deels of Nee.' })).toHaveLength(3);
    expect(within(summary).getByRole('link', { name: 'Kies hoe het verder gaat.' })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Schrijf de reden op. De cliënt leest die.' })).toBeInTheDocument();

    for (const question of ['Heeft de cliënt genoeg gesolliciteerd (de norm)?', 'Heeft de cliënt de werkmap bijgehouden, met bewijs?', 'Was de cliënt bereikbaar en reageerde op berichten en taken?']) {
      await user.click(within(screen.getByRole('group', { name: question })).getByLabelText('Deels'));
    }
    await user.click(screen.getByLabelText('Naar klantondersteuning'));
    expect(screen.getByText(/De dienstverleningslijn verandert in klantondersteuning/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Reden'), 'Je hebt meer hulp nodig.');
    await user.click(screen.getByRole('button', { name: 'Evaluatie opslaan' }));
    await waitFor(() => expect(db.clients.get('client-sanne')?.serviceLine).toBe('guidedSupport'));
    expect(db.reviews.list()).toMatchObject([{ clientId: 'client-sanne', decision: 'guidedSupport', reason: 'Je hebt meer hulp nodig.', obligations: { applications: 'partly' } }]);
  });

  it('asks for the rung with the current one chosen; another rung is saved with the review and the ladder follows it', async () => {
    const user = userEvent.setup();
    await openScreen('coach-marieke', '/coach/clienten/client-sanne/evaluatie', 'Evaluatie van Sanne Mulder');
    const rung = await screen.findByRole('group', { name: 'Op welke trede staat de cliënt nu?' });
    expect(within(rung).getAllByRole('radio')).toHaveLength(6);
    // the register's rung 6 is preselected once the ladder is read
    await waitFor(() => expect(within(rung).getByLabelText('6 – Betaald werk')).toBeChecked());
    expect(rung).toHaveAccessibleDescription(expect.stringContaining('De cliënt ziet de trede niet.'));
    for (const question of ['Heeft de cliënt genoeg gesolliciteerd (de norm)?', 'Heeft de cliënt de werkmap bijgehouden, met bewijs?', 'Was de cliënt bereikbaar en reageerde op berichten en taken?']) {
      await user.click(within(screen.getByRole('group', { name: question })).getByLabelText('Ja'));
    }
    await user.click(screen.getByLabelText('Verder met e-dienstverlening'));
    await user.type(screen.getByLabelText('Reden'), 'Je werkt nu 20 uur met een jobcoach.');
    await user.click(within(rung).getByLabelText('5 – Betaald werk met ondersteuning'));
    await user.click(screen.getByRole('button', { name: 'Evaluatie opslaan' }));
    await waitFor(() => expect(db.reviews.list()).toMatchObject([{ clientId: 'client-sanne', decision: 'continue', rung: 5 }]));
    expect(db.ladderRungChanges.list().filter((c) => c.clientId === 'client-sanne').map((c) => [c.source, c.rung])).toEqual([['registered', 6], ['review', 5]]);
    expect(db.ladderRungs.get('client-sanne')?.rung).toBe(5);
  });

  it('with no rung known, the coach must choose one', async () => {
    const user = userEvent.setup();
    db.ladderRungs.delete('client-sanne');
    await openScreen('coach-marieke', '/coach/clienten/client-sanne/evaluatie', 'Evaluatie van Sanne Mulder');
    const rung = await screen.findByRole('group', { name: 'Op welke trede staat de cliënt nu?' });
    expect(await within(rung).findByText(/Er is nog geen trede bekend/)).toBeInTheDocument();
    expect(within(rung).queryByRole('radio', { checked: true })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Evaluatie opslaan' }));
    const summary = await screen.findByRole('alert');
    await user.click(within(summary).getByRole('link', { name: 'Kies op welke trede de cliënt nu staat.' }));
    expect(within(rung).getAllByRole('radio')[0]).toHaveFocus();
  });

  it('says a review is not due yet, with the planned date, and still lets the coach hold it', async () => {
    // Sanne's line was set a short while ago: her review is planned months from now
    await openScreen('coach-marieke', '/coach/clienten/client-sanne/evaluatie', 'Evaluatie van Sanne Mulder');
    const planned = (await screen.findByText(/^Na drie maanden kijk je terug/)).textContent?.match(/Deze evaluatie staat op (.+)\.$/)?.[1];
    expect(planned).toBeTruthy();
    expect(screen.getByText('Nog niet aan de beurt').parentElement).toHaveTextContent(`Deze evaluatie is gepland op ${planned}. Je kunt de evaluatie nu al houden als dat nodig is.`);
    expect(screen.getByRole('button', { name: 'Evaluatie opslaan' })).toBeInTheDocument();
  });

  it('says nothing of the kind when the review is due', async () => {
    const coach = await signIn('coach-marieke');
    const caseload = (await (await call('/coach/caseload', { token: coach.token })).json()) as { clients: { clientId: string; name: string; signals: string[] }[] };
    const due = caseload.clients.find((c) => c.signals.includes('reviewDue'));
    expect(due).toBeDefined();
    await openScreen('coach-marieke', `/coach/clienten/${due!.clientId}/evaluatie`, `Evaluatie van ${due!.name}`);
    expect(await screen.findByRole('button', { name: 'Evaluatie opslaan' })).toBeInTheDocument();
    expect(screen.queryByText('Nog niet aan de beurt')).toBeNull();
  });
});
