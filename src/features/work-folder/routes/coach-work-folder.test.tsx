import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { openScreen } from '#test/render.tsx';
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
});
