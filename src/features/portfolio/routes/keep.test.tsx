import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strToU8, zipSync } from 'fflate';
import { openScreen } from '#test/render.tsx';
import { db, fileContents } from '#mocks/db.ts';
import { getAppOutbox } from '#src/shared/offline/outbox.ts';
import { applyItemWrite } from '../rules.ts';
import { PORTFOLIO_FORMAT, buildPortfolioZip, toExportItem, type PortfolioFile } from '../zip.ts';
import type { Item } from '../schemas.ts';
import type { FromWorker } from '../zip.worker.ts';
import { BOMB_ATTACHMENT, bombZip, craftZip, portfolioJson } from '#test/crafted-zips.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

async function open() {
  await openScreen('client-anna', '/portfolio/bewaren', 'Bewaren of meenemen');
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

describe('hostile zips, checked on the page where there are no workers (jsdom)', () => {
  it('a bomb (1 MB that says 1 MB, inflating past 1 GB) is refused with a clear message, and nothing is imported', async () => {
    const user = userEvent.setup();
    await open();
    expect(typeof Worker).toBe('undefined');
    await user.upload(screen.getByLabelText('Zip-bestand kiezen'), zipFile(bombZip()));
    await waitFor(() =>
      expect(screen.getByText(`Het bestand ${BOMB_ATTACHMENT.path} in de zip is uitgepakt te groot: meer dan 8 MB. We hebben niets ingeladen.`)).toBeInTheDocument(),
    );
    expect(screen.getByText('Het bestand is niet in orde. We hebben niets ingeladen.')).toHaveAttribute('role', 'status');
    expect(screen.queryByText('Het bestand is in orde')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Inladen' })).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(await getAppOutbox()!.list()).toHaveLength(0);
  });

  /** Chooses a crafted zip (a portfolio with one PDF, its entry changed by `pdfEntry`, and `extra`), and sees it refused with `message`. */
  async function refused(message: string, { pdfEntry = {}, extra = [] }: { pdfEntry?: { crc?: number }; extra?: Parameters<typeof craftZip>[0] }) {
    const user = userEvent.setup();
    await open();
    const pdf = strToU8('%PDF-1.4');
    const zip = craftZip([{ name: 'portfolio.json', data: portfolioJson(pdf.length) }, { name: BOMB_ATTACHMENT.path, data: pdf, ...pdfEntry }, ...extra]);
    await user.upload(screen.getByLabelText('Zip-bestand kiezen'), zipFile(zip));
    await waitFor(() => expect(screen.getByText(message)).toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Inladen' })).toBeNull();
    expect(await getAppOutbox()!.list()).toHaveLength(0);
  }

  it('a name with ../ refuses the whole file, naming the entry', async () => {
    await refused('In de zip staat een bestand met een naam die niet mag: ../../.bashrc. We hebben niets ingeladen.', {
      extra: [{ name: '../../.bashrc', data: strToU8('echo hoi') }],
    });
  });

  it('a CRC that does not match: damaged', async () => {
    await refused(`Het bestand is beschadigd: ${BOMB_ATTACHMENT.path} in de zip klopt niet. We hebben niets ingeladen.`, { pdfEntry: { crc: 1 } });
  });
});

/** A stand-in for the import's Web Worker: the test sends its messages and sees it stopped. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: (() => void) | null = null;
  onmessageerror: (() => void) | null = null;
  received: unknown[] = [];
  terminated = false;
  url: URL | string;
  options: WorkerOptions | undefined;
  constructor(url: URL | string, options?: WorkerOptions) {
    this.url = url;
    this.options = options;
    FakeWorker.made.push(this);
  }
  postMessage(message: unknown) {
    this.received.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  send(message: FromWorker) {
    act(() => this.onmessage?.({ data: message } as MessageEvent<FromWorker>));
  }
}

/** Opens the page with a fake worker and chooses an exported zip; answers once the check shows its progress. */
async function checkingInWorker() {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  const user = userEvent.setup();
  await open();
  await user.upload(screen.getByLabelText('Zip-bestand kiezen'), zipFile(exported()));
  await screen.findByRole('progressbar', { name: 'Bestand controleren' });
  return user;
}

describe('in a Web Worker: progress, Stoppen', () => {
  it('shows progress with a name and a polite status, and Stoppen ends the worker and imports nothing', async () => {
    FakeWorker.made = [];
    vi.stubGlobal('Worker', FakeWorker);
    const user = userEvent.setup();
    await open();
    const file = zipFile(exported());
    await user.upload(screen.getByLabelText('Zip-bestand kiezen'), file);
    const bar = await screen.findByRole('progressbar', { name: 'Bestand controleren' });
    const worker = FakeWorker.made[0]!;
    expect(FakeWorker.made).toHaveLength(1);
    expect(worker.options).toEqual({ type: 'module' });
    expect(String(worker.url)).toMatch(/zip\.worker\.ts/);
    expect(worker.received).toEqual([{ file }]);
    expect(bar).toHaveAttribute('value', '0');

    worker.send({ type: 'progress', done: 0.42 });
    expect(bar).toHaveAttribute('value', '42');
    expect(screen.getByText('We controleren het bestand. 40% klaar.')).toHaveAttribute('role', 'status');

    await user.click(screen.getByRole('button', { name: 'Stoppen' }));
    expect(worker.terminated).toBe(true);
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(screen.getByText('Gestopt. We hebben niets ingeladen.')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('button', { name: 'Stoppen' })).toBeNull();
    // a late message from the stopped worker changes nothing
    worker.send({ type: 'result', result: { ok: false, error: { code: 'notZip' } } });
    expect(screen.queryByText(/geen goed zip-bestand/)).toBeNull();
    expect(await getAppOutbox()!.list()).toHaveLength(0);
  });

  it('a refusal from the worker is shown; choosing again starts a new worker and stops the old one', async () => {
    const user = await checkingInWorker();
    await user.upload(screen.getByLabelText('Zip-bestand kiezen'), zipFile(exported()));
    await waitFor(() => expect(FakeWorker.made).toHaveLength(2));
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    const worker = FakeWorker.made[1]!;
    worker.send({ type: 'result', result: { ok: false, error: { code: 'unsafePath', name: '/etc/passwd' } } });
    await waitFor(() => expect(screen.getByText('In de zip staat een bestand met een naam die niet mag: /etc/passwd. We hebben niets ingeladen.')).toBeInTheDocument());
    expect(worker.terminated).toBe(true);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('the worker only unpacks: the page checks portfolio.json and names what is wrong', async () => {
    await checkingInWorker();
    const worker = FakeWorker.made[0]!;
    // unpacked fine, but the attachment that portfolio.json names is not in the zip
    worker.send({ type: 'result', result: { ok: true, entries: new Map([['portfolio.json', portfolioJson(3)]]) } });
    await waitFor(() => expect(screen.getByText('De bijlage diploma.pdf ontbreekt in de zip. We hebben niets ingeladen.')).toBeInTheDocument());
    expect(worker.terminated).toBe(true);
    expect(await getAppOutbox()!.list()).toHaveLength(0);
  });

  it('a worker that fails says so', async () => {
    await checkingInWorker();
    act(() => FakeWorker.made[0]!.onerror?.());
    await waitFor(() => expect(screen.getByText('Het controleren is niet gelukt. Probeer het opnieuw.')).toBeInTheDocument());
  });
});
