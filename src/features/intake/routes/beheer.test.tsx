import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openScreen } from '#test/render.tsx';
import { db } from '#mocks/db.ts';
import { call, signIn } from '#mocks/testing.ts';
import { tuningOf } from '../tuning/rules.ts';

const DRAFT = '7c1d4a2b-9e3f-4b5a-8c6d-0e1f2a3b4c5d';
const rowTitles = () => screen.getAllByRole('heading', { level: 3, name: /^Regel \d+:/ }).map((h) => h.textContent);

describe('the beheerder’s editor of the entree rules', () => {
  it('shows each error next to its field in plain Dutch, and moves rows up and down', async () => {
    const user = userEvent.setup();
    await openScreen('admin-kees', `/beheer/concepten/${DRAFT}`, 'Concept van de regels');
    const kunnen = await screen.findByLabelText('Kunnen: hoog vanaf');
    await user.clear(kunnen);
    await user.type(kunnen, '1');
    const threshold = screen.getAllByLabelText('Kunnen is minstens')[0] as HTMLElement;
    await user.clear(threshold);
    await user.click(screen.getByRole('button', { name: 'Concept opslaan' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: '"Hoog vanaf" moet even groot of groter zijn dan "laag onder".' })).toHaveAttribute('href', '#rules-dimensions-0-highFrom');
    expect(kunnen).toHaveAccessibleDescription(expect.stringContaining('"Hoog vanaf" moet even groot of groter zijn dan "laag onder".'));
    expect(threshold).toHaveAccessibleDescription(expect.stringContaining('Vul een heel getal in van -100 tot en met 100.'));
    expect(db.intakeRuleDrafts.size).toBe(0);

    const before = rowTitles();
    const [, second] = screen.getAllByRole('button', { name: 'Omlaag' });
    await user.click(second as HTMLElement);
    expect(rowTitles()).toEqual([before[0], before[2]?.replace('Regel 3', 'Regel 2'), before[1]?.replace('Regel 2', 'Regel 3'), ...before.slice(3)]);
    expect(screen.getAllByRole('button', { name: 'Omhoog' })[0]).toBeDisabled();
  });

  it('saves a draft, backtests it on the seeded year and publishes it with a reason; the log shows who and why', async () => {
    const user = userEvent.setup();
    await openScreen('admin-kees', `/beheer/concepten/${DRAFT}`, 'Concept van de regels');
    const threshold = (await screen.findAllByLabelText('Kunnen is minstens'))[0] as HTMLElement;
    expect(threshold).toHaveValue('5');
    await user.clear(threshold);
    await user.type(threshold, '4');
    await user.click(screen.getByRole('button', { name: 'Concept opslaan' }));
    await user.click(await screen.findByRole('button', { name: 'Test uitvoeren' }));
    const agreement = await screen.findByRole('table', { name: 'Hoe vaak het voorstel gelijk is aan het besluit van de e-coach' });
    expect(screen.getByText(/^\d+ van de 48 vragenlijsten krijgen een ander voorstel\.$/)).toBeInTheDocument();
    expect(within(agreement).getAllByRole('row')).toHaveLength(5);
    expect(screen.getByRole('table', { name: 'Besluit en voorstel, met deze regels' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 4, name: /^C-[0-9A-F]{6}$/ }).length).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: 'Concept publiceren' }));
    expect(await screen.findByRole('link', { name: 'Schrijf op waarom je de regels verandert.' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Reden'), 'Coaches kiezen vaak zelfdoeners bij kunnen 4.');
    await user.click(screen.getByRole('button', { name: 'Concept publiceren' }));
    await screen.findByRole('heading', { level: 1, name: 'Regels van de entreevragenlijst' });
    const log = await screen.findByRole('table', { name: 'Alle versies: wie ze publiceerde, wanneer en waarom' });
    await waitFor(() => expect(within(log).getAllByRole('row')).toHaveLength(3));
    const newest = within(log).getAllByRole('row')[1] as HTMLElement;
    expect(newest).toHaveTextContent('Versie 2 · in gebruik');
    expect(newest).toHaveTextContent('Kees Brouwer');
    expect(newest).toHaveTextContent('Coaches kiezen vaak zelfdoeners bij kunnen 4.');
    expect(within(log).getByRole('link', { name: 'Versie 1 terugzetten' })).toBeInTheDocument();
    expect(db.writeLog.filter((w) => w.resource === 'intake-rules:2')).toHaveLength(1);
  });

  it('rolls back: an earlier version backtested and published again as a new one, with a reason', async () => {
    const user = userEvent.setup();
    const { token } = await signIn('admin-kees');
    const tuning = structuredClone(tuningOf(db.intakeDefinitions.get('entree:1')!));
    tuning.decision.find((r) => r.ruleId === 'selfReliant')!.thresholds[0] = 4;
    await call(`/intake/rule-versions/${DRAFT}`, { token, method: 'PUT', body: { basedOn: 1, tuning } });
    expect((await call(`/intake/rule-versions/${DRAFT}/publish`, { token, method: 'POST', body: { reason: 'Proef' } })).status).toBe(201);

    await openScreen('admin-kees', '/beheer/versies/v1', 'Versie 1 terugzetten');
    await user.click(await screen.findByRole('button', { name: 'Test uitvoeren' }));
    expect(await screen.findByText(/^\d+ van de 48 vragenlijsten krijgen een ander voorstel\.$/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Reden'), 'Terug naar de eerste regels.');
    await user.click(screen.getByRole('button', { name: 'Versie 1 opnieuw publiceren' }));
    const log = await screen.findByRole('table', { name: 'Alle versies: wie ze publiceerde, wanneer en waarom' });
    await waitFor(() => expect(within(log).getAllByRole('row')).toHaveLength(4));
    expect(within(log).getAllByRole('row')[1]).toHaveTextContent('Versie 3 · in gebruik');
    expect(within(log).getAllByRole('row')[1]).toHaveTextContent('Versie 1 opnieuw gepubliceerd. Terug naar de eerste regels.');
    expect(db.intakeDefinitions.get('entree:3')?.decision).toEqual(db.intakeDefinitions.get('entree:1')?.decision);
  });
});
