import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openScreen, endSession } from '#test/render.tsx';
import { db } from '#mocks/db.ts';
import { configureSwitches } from '#mocks/switches.ts';

afterEach(async () => {
  configureSwitches({ reset: true });
});

const year = new Date().getFullYear();

async function typeDate(user: ReturnType<typeof userEvent.setup>, group: HTMLElement, day: string, month: string, yearText: string) {
  for (const [label, value] of [['Dag', day], ['Maand', month], ['Jaar', yearText]] as const) {
    const input = within(group).getByLabelText(label);
    await user.clear(input);
    await user.type(input, value);
  }
}

describe('the coach sets the norm, holidays and exemptions', () => {
  it('shows errors at the fields, the server refusing too many holiday days, and the client counts against the new norm', async () => {
    const user = userEvent.setup();
    const { unmount } = await openScreen('coach-marieke', '/coach/clienten/client-anna/werkmap', 'Werkmap van Anna de Vries');
    await user.click(await screen.findByRole('link', { name: 'Norm, vakantie en ontheffingen aanpassen' }));
    await screen.findByRole('heading', { level: 1, name: 'Norm van Anna de Vries' });
    const count = await screen.findByLabelText('Aantal activiteiten per periode');
    expect(count).toHaveValue('4');

    // a field check on the device
    await user.clear(count);
    await user.type(count, '60');
    await user.click(screen.getByRole('button', { name: 'Norm opslaan' }));
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link', { name: 'Vul een getal in van 0 tot en met 50.' })).toBeInTheDocument();
    expect(count).toHaveAttribute('aria-invalid', 'true');

    // a whole year of holiday: the server refuses it, the input stays
    await user.clear(count);
    await user.type(count, '5');
    await user.click(screen.getByRole('button', { name: 'Vakantie of ontheffing toevoegen' }));
    const period = screen.getByRole('group', { name: 'Vrije periode 1' });
    await user.selectOptions(within(period).getByLabelText('Soort'), 'Vakantie');
    await typeDate(user, within(period).getByRole('group', { name: 'Van' }), '1', '1', String(year));
    await typeDate(user, within(period).getByRole('group', { name: 'Tot en met' }), '31', '12', String(year));
    await user.click(screen.getByRole('button', { name: 'Norm opslaan' }));
    await waitFor(() => expect(screen.getByText('De norm is niet opgeslagen')).toBeInTheDocument());
    const refusal = await screen.findAllByText('Dit zijn meer vakantiedagen dan er in een jaar mogen.');
    expect(refusal.length).toBeGreaterThanOrEqual(1);
    expect(screen.getByLabelText('Aantal activiteiten per periode')).toHaveValue('5');
    expect(db.norms.get('client-anna')).toBeUndefined();

    // shorter: saved through the outbox and sent
    const fixed = screen.getByRole('group', { name: 'Vrije periode 1' });
    await typeDate(user, within(fixed).getByRole('group', { name: 'Tot en met' }), '3', '1', String(year));
    await user.click(screen.getByRole('button', { name: 'Norm opslaan' }));
    await waitFor(() => expect(screen.getByText('De norm is opgeslagen')).toBeInTheDocument());
    await waitFor(() => expect(screen.getByTestId('norm-sync-state')).toHaveTextContent('Verstuurd'));
    expect(db.norms.get('client-anna')).toMatchObject({
      count: 5,
      freePeriods: [{ kind: 'holiday', start: `${year}-01-01`, end: `${year}-01-03` }],
      setBy: { id: 'coach-marieke' },
    });
    expect(screen.queryByText('De norm is niet opgeslagen')).not.toBeInTheDocument();
    unmount();
    await endSession();

    // the client's counter follows
    await openScreen('client-anna', '/werkmap', 'Werkmap');
    expect(await screen.findByTestId('norm-card')).toHaveTextContent(/3 van 5 activiteiten/);
  });

  it('offline: the norm is saved on the device and counts on the coach screen at once, marked as not sent', async () => {
    const user = userEvent.setup();
    await openScreen('coach-marieke', '/coach/clienten/client-anna/werkmap/norm', 'Norm van Anna de Vries');
    const count = await screen.findByLabelText('Aantal activiteiten per periode');
    configureSwitches({ unreachable: true });
    await user.clear(count);
    await user.type(count, '6');
    await user.click(screen.getByRole('button', { name: 'Norm opslaan' }));
    expect(await screen.findByTestId('norm-sync-state')).toHaveTextContent('Wacht op verbinding');
    await user.click(screen.getByRole('link', { name: 'Terug naar de werkmap' }));
    await screen.findByRole('heading', { level: 1, name: 'Werkmap van Anna de Vries' });
    expect(await screen.findByTestId('norm-card')).toHaveTextContent(/3 activiteiten, norm 6/);
    expect(screen.getByText('De norm is opgeslagen').closest('p')).toHaveTextContent('Wacht op verbinding');
    expect(db.norms.get('client-anna')).toBeUndefined();
  });
});
