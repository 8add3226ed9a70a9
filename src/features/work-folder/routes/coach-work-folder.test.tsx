import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { endSession, openScreen } from '#test/render.tsx';
import { db } from '#mocks/db.ts';

describe("the coach's werkmap", () => {
  it('speaks to the coach, links web addresses only, and shows the norm per period as a chart and a table', async () => {
    // an address that is not a web address stays text
    const act = db.activities.list().find((a) => a.clientId === 'client-anna' && a.vacancy === '');
    if (act) db.activities.put({ ...act, vacancy: 'javascript:alert(1)', employer: 'Bakkerij Test' });
    await openScreen('coach-marieke', '/coach/clienten/client-anna/werkmap', 'Werkmap van Anna de Vries');
    const card = await screen.findByTestId('norm-card');
    expect(card).toHaveTextContent(/\d+ activiteiten?, norm \d+/);
    expect(card).not.toHaveTextContent(/Goed zo|Je hebt| van \d+ activiteiten/);

    expect(screen.getByRole('link', { name: 'https://www.werk.nl/vacature/38121' })).toHaveAttribute('href', 'https://www.werk.nl/vacature/38121');
    if (act) {
      expect(screen.queryByRole('link', { name: 'javascript:alert(1)' })).toBeNull();
      expect(screen.getByText('javascript:alert(1)')).toBeInTheDocument();
    }

    const history = screen.getByRole('region', { name: 'Norm per periode' });
    const table = within(history).getByRole('table', { name: 'Activiteiten en norm per periode' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    // the chart shows the same figures as the table, in the same order
    const bars = [...history.querySelectorAll('svg text')].map((t) => t.textContent);
    expect(bars).toEqual(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent));
    expect(history).toHaveTextContent(/Per periode: hoeveel activiteiten Anna de Vries deed/);
  });

  it('names the client in the title of their tasks', async () => {
    await openScreen('coach-marieke', '/coach/clienten/client-anna/taken', 'Taken van Anna de Vries');
  });

  it('shows whether the client has read each reply, and which activity a helper entered (also to the client)', async () => {
    const [read, unread] = db.activities.list().filter((a) => a.clientId === 'client-sanne' && a.feedback.length > 0);
    const plain = db.activities.list().find((a) => a.clientId === 'client-sanne' && a.feedback.length === 0)!;
    db.activities.put({ ...read!, feedback: read!.feedback.map((f) => ({ ...f, seenAt: '2026-12-02T09:30:00.000Z' })) });
    db.activities.put({ ...unread!, feedback: unread!.feedback.map((f) => ({ ...f, seenAt: null })) });
    // made by the STIP helper acting for Sanne (the server keeps who made it)
    db.activities.put({ ...plain, employer: 'Kwekerij Helper', createdBy: { id: 'helper-stip-1', name: 'Ria Kamminga' } });
    const cardOf = (id: string) => document.getElementById(`coach-activity-${id}`)!.closest('article')!;

    const coach = await openScreen('coach-marieke', '/coach/clienten/client-sanne/werkmap', 'Werkmap van Sanne Mulder');
    await userEvent.setup().selectOptions(await screen.findByLabelText('Welke activiteiten wil je zien?'), 'Alle activiteiten');
    expect(within(cardOf(read!.id)).getAllByTestId('feedback-seen')[0]).toHaveTextContent('Gelezen door de cliënt op 2 december 2026');
    expect(within(cardOf(unread!.id)).getAllByTestId('feedback-seen')[0]).toHaveTextContent('De cliënt heeft deze reactie nog niet gelezen');
    expect(within(cardOf(plain.id)).getByTestId('entered-by')).toHaveTextContent('Ingevoerd door Ria Kamminga (hulp), namens de cliënt');
    expect(within(cardOf(read!.id)).queryByTestId('entered-by')).toBeNull();
    coach.unmount();
    await endSession();

    // the client sees it in the list and on the activity itself
    await openScreen('client-sanne', '/werkmap', 'Werkmap');
    const item = (await screen.findByRole('link', { name: 'Kwekerij Helper' })).closest('article')!;
    expect(within(item).getByTestId('entered-by')).toHaveTextContent('Ingevoerd door Ria Kamminga (hulp)');
    await userEvent.setup().click(within(item).getByRole('link', { name: 'Kwekerij Helper' }));
    await screen.findByRole('heading', { level: 1, name: 'Kwekerij Helper' });
    expect(screen.getByTestId('entered-by')).toHaveTextContent(/^Ingevoerd door Ria Kamminga \(hulp\)$/);
  });
});
