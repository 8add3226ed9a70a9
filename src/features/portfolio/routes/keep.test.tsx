import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strToU8, zipSync } from 'fflate';
import { renderApp, signInAs } from '#test/render.tsx';
import { db, fileContents } from '#mocks/db.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { startSessionServices } from '#src/app/session-services.ts';
import { getAppOutbox } from '#src/shared/offline/outbox.ts';
import { applyItemWrite } from '../rules.ts';
import { PORTFOLIO_FORMAT, buildPortfolioZip, toExportItem, type PortfolioFile } from '../zip.ts';
import type { Item } from '../schemas.ts';

afterEach(async () => {
  await startSessionServices(queryClient, null);
});

async function open() {
  const session = await signInAs('client-anna');
  await startSessionServices(queryClient, session);
  await renderApp('/portfolio/bewaren');
  await screen.findByRole('heading', { level: 1, name: 'Bewaren of meenemen' });
}

const zipFile = (bytes: Uint8Array, name = 'portfolio.zip') => new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/zip' });

function exported(): Uint8Array {
  const pdf = strToU8('%PDF-1.4 getuigschrift');
  const item: Item = {
    ...applyItemWrite(
      undefined,
      { kind: 'credential', subKind: 'diploma', title: 'MBO Zorg niveau 2', description: '', organisation: 'Noorderpoort', startDate: '2019', endDate: '2021-07', tags: ['zorg'], link: null, starr: null },
      { id: 'old-item-1', clientId: 'someone', at: '2024-01-01T10:00:00.000Z' },
    ),
    attachments: [{ id: 'old-file-1', name: 'diploma.pdf', type: 'application/pdf', size: pdf.byteLength, uploadedAt: '2024-01-01T10:00:00.000Z' }],
  };
  const portfolio: PortfolioFile = { format: PORTFOLIO_FORMAT, version: 1, exportedAt: '2026-01-01T10:00:00.000Z', items: [toExportItem(item)] };
  return buildPortfolioZip(portfolio, new Map([['old-file-1', pdf]]), { title: 'x', exportedAt: 'x', kind: () => '', period: () => '', files: 'x', lang: 'nl', dir: 'ltr' });
}

describe('import', () => {
  it('a malformed zip says what is wrong and imports nothing', async () => {
    const user = userEvent.setup();
    await open();
    await user.upload(screen.getByLabelText('Zip-bestand kiezen'), zipFile(zipSync({ 'portfolio.json': strToU8('{"format":"werkmap-portfolio","version":1,"exportedAt":"2026-01-01T10:00:00.000Z","items":[{"id":"x"}]}') })));
    await waitFor(() => expect(screen.getByText(/Er klopt iets niet in item 1/)).toBeInTheDocument());
    expect(screen.getByLabelText('Zip-bestand kiezen')).toHaveAttribute('aria-invalid', 'true');
    await user.upload(screen.getByLabelText('Zip-bestand kiezen'), zipFile(strToU8('geen zip')));
    await waitFor(() => expect(screen.getByText('Dit is geen goed zip-bestand. Kies het zip-bestand dat je hebt gedownload.')).toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Inladen' })).toBeNull();
    expect(await getAppOutbox()!.list()).toHaveLength(0);
  });

  it('an exported zip is imported with its attachment, through the outbox', async () => {
    const user = userEvent.setup();
    await open();
    await user.upload(screen.getByLabelText('Zip-bestand kiezen'), zipFile(exported()));
    await waitFor(() => expect(screen.getByText('Items: 1. Bijlagen: 1.')).toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Inladen' }));
    await waitFor(() => expect(screen.getByText('1 item ingeladen')).toBeInTheDocument());
    await waitFor(() => expect(db.portfolioItems.get('old-item-1')?.attachments).toHaveLength(1));
    expect(db.portfolioItems.get('old-item-1')).toMatchObject({ clientId: 'client-anna', title: 'MBO Zorg niveau 2', subKind: 'diploma', startDate: '2019', endDate: '2021-07', tags: ['zorg'] });
    const attachment = db.portfolioItems.get('old-item-1')!.attachments[0]!;
    expect(attachment).toMatchObject({ name: 'diploma.pdf', type: 'application/pdf' });
    expect(atob(fileContents.get(`client-anna:${attachment.id}`)!)).toBe('%PDF-1.4 getuigschrift');
  });
});
