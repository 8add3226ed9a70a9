import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { focusManager, onlineManager } from '@tanstack/react-query';
import userEvent from '@testing-library/user-event';
import { openScreen } from '#test/render.tsx';
import { captureDownloads } from '#test/downloads.ts';
import { db } from '#mocks/db.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { getAppOutbox, OUTBOX_CHANNEL_NAME } from '#src/shared/offline/outbox.ts';
import { appConfig, setAppConfig } from '#src/shared/config/app-config.ts';
import { indicatorSettings } from '../indicators.ts';

/** The numbers a figure's chart draws, and those in its table's first column of numbers. */
function chartAndTable(section: HTMLElement) {
  const chart = [...section.querySelectorAll('svg [data-value]')].map((node) => node.getAttribute('data-value'));
  const table = within(section).getByRole('table');
  const body = within(table).getAllByRole('row').slice(1, -1);
  return { chart, table: body.map((row) => within(row).getAllByRole('cell')[0]?.textContent) };
}

describe('the teamleider’s dashboard', () => {
  it('shows each figure as a chart and a table with the same numbers, "< 5" included', async () => {
    await openScreen('lead-yvonne', '/team', 'Cijfers van het team');
    expect(await screen.findByText(/Cijfers over de cliënten van Team Werk Noord/)).toBeInTheDocument();
    const ladder = screen.getByRole('region', { name: 'Participatieladder' });
    const { chart, table } = chartAndTable(ladder);
    expect(chart).toEqual(table);
    expect(table).toHaveLength(6);
    expect(table).toContain('< 5');
    // the chart is a picture of the table: hidden from screen readers
    expect(ladder.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    // each figure says what it shows and shows its indicators against baseline and target
    const outflow = screen.getByRole('region', { name: 'Uitstroom' });
    expect(within(outflow).getByText(/Per lijn: hoeveel cliënten naar werk gingen/)).toBeInTheDocument();
    expect(within(outflow).getAllByText(/Nulmoment: 7 %/)).toHaveLength(1);
    expect(within(outflow).getByText(/Doel voor deze periode: 2,5 % \(10 % per jaar\)/)).toBeInTheDocument();
    expect(within(outflow).getByText(/Nulmoment: 30 % · Doel voor deze periode: 9,5 % \(38 % per jaar\)/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Indeling in een lijn' })).toBeInTheDocument();
    // the look is logged once, as this lead's
    expect(db.figuresLog.list()).toHaveLength(1);
    expect(db.figuresLog.list().every((entry) => entry.actorId === 'lead-yvonne' && entry.teamId === 'team-noord')).toBe(true);
  });

  it('reads the figures only when the lead asks: not on focus, reconnect or another tab’s change (each read is a logged look)', async () => {
    const user = userEvent.setup();
    await openScreen('lead-yvonne', '/team', 'Cijfers van het team');
    await screen.findByRole('region', { name: 'Participatieladder' });
    expect(db.figuresLog.list()).toHaveLength(1);
    // the figures are older than the app's 30 s staleTime, so anything that refreshes stale reads would
    const [query] = queryClient.getQueryCache().findAll({ queryKey: ['management', 'figures'] });
    queryClient.setQueryData(query!.queryKey, query!.state.data, { updatedAt: Date.now() - 60_000 });
    // another tab of this person sent a change (the outbox's channel), the window got focus again,
    // and the connection came back
    const heard = new Promise<void>((resolve) => getAppOutbox()!.onEvent((event) => event.remote && event.type === 'sent' && resolve()));
    const otherTab = new BroadcastChannel(OUTBOX_CHANNEL_NAME);
    otherTab.postMessage({ type: 'event', event: { type: 'sent', record: { id: 'r1', lane: 'task:t1', kind: 'task.put', ownerId: 'lead-yvonne' }, remote: false } });
    otherTab.close();
    await act(async () => {
      await heard;
      focusManager.setFocused(false);
      focusManager.setFocused(true);
      onlineManager.setOnline(false);
      onlineManager.setOnline(true);
    });
    // then the lead asks for other figures: that is the second look, and the only other one
    await user.selectOptions(screen.getByRole('combobox', { name: 'Dienstverleningslijn' }), 'Zelfdoeners');
    await user.click(screen.getByRole('button', { name: 'Toon cijfers' }));
    expect(await screen.findByText(/Alleen de lijn Zelfdoeners/)).toBeInTheDocument();
    expect(db.figuresLog.list().map((entry) => entry.line)).toEqual([null, 'selfReliant']);
    focusManager.setFocused(undefined);
  });

  it('filters on a coach, and downloads a table as CSV with exactly what it shows', async () => {
    const user = userEvent.setup();
    const files = captureDownloads();
    await openScreen('lead-yvonne', '/team', 'Cijfers van het team');
    await screen.findByRole('option', { name: 'Lotte de Vries' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'E-coach' }), 'Lotte de Vries');
    await user.click(screen.getByRole('button', { name: 'Toon cijfers' }));
    expect(await screen.findByText(/Alleen de cliënten van Lotte de Vries/)).toBeInTheDocument();
    const ladder = screen.getByRole('region', { name: 'Participatieladder' });
    await user.click(within(ladder).getByRole('button', { name: /Download deze tabel/ }));
    const csv = await files[0]!.blob.text();
    const rows = within(within(ladder).getByRole('table'))
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent).join(';'));
    // (Blob.text() drops the byte-order mark at the start)
    expect(csv.replace(/^\uFEFF/, '')).toBe(`${rows.join('\r\n')}\r\n`);
    expect(csv).toContain('< 5');
    expect(db.figuresLog.list().at(-1)).toMatchObject({ coach: 'mgmt-coach-01' });
  });

  it('says so plainly when the filters leave too few people', async () => {
    const user = userEvent.setup();
    await openScreen('lead-yvonne', '/team', 'Cijfers van het team');
    await screen.findByRole('option', { name: 'Koen Smit' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Soort periode' }), 'Maand');
    const months = within(screen.getByRole('combobox', { name: 'Periode' })).getAllByRole('option');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Periode' }), months.at(-1)!);
    await user.selectOptions(screen.getByRole('combobox', { name: 'E-coach' }), 'Koen Smit');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Dienstverleningslijn' }), 'Maatschappelijke participatie');
    await user.click(screen.getByRole('button', { name: 'Toon cijfers' }));
    expect(await screen.findByText(/minder dan 5 cliënten over/)).toBeInTheDocument();
  });

  it("shows the municipality's own baselines and targets (config.json `management`)", async () => {
    setAppConfig({ ...appConfig(), management: indicatorSettings({ indicators: { outflowToWork: { baseline: 8, target: 12 } } }) });
    await openScreen('lead-yvonne', '/team', 'Cijfers van het team');
    const outflow = await screen.findByRole('region', { name: 'Uitstroom' });
    expect(within(outflow).getByText(/Nulmoment: 8 % · Doel voor deze periode: 3 % \(12 % per jaar\)/)).toBeInTheDocument();
    expect(within(outflow).queryByText(/Nulmoment: 7 %/)).toBeNull();
  });
});
