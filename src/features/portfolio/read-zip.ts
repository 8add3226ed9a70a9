import type { ReadResult } from './zip.ts';
import type { FromWorker, ToWorker } from './zip.worker.ts';

/**
 * Reads a chosen portfolio zip off the page: a Web Worker (zip.worker.ts) unpacks it, so the
 * page only receives progress and the unpacked entries, and "Stoppen" ends the worker at once;
 * the page then checks `portfolio.json` (zip.ts, with zod, a few kilobytes of text). Where there
 * are no workers (jsdom in the component tests) the same code runs on the page, giving the page
 * its turn back every few tens of milliseconds, and stops at the next turn.
 */

export type ZipReadOutcome = ReadResult | { ok: false; error: { code: 'failed' } } | { ok: false; cancelled: true };

export type ZipRead = {
  /** Settles once: the result, a failure, or `cancelled` after `cancel()`. */
  result: Promise<ZipReadOutcome>;
  cancel: () => void;
};

const failed = { ok: false, error: { code: 'failed' } } as const;
const cancelled = { ok: false, cancelled: true } as const;

export function readZipOffPage(file: Blob, onProgress: (done: number) => void): ZipRead {
  return typeof Worker === 'undefined' ? readOnPage(file, onProgress) : readInWorker(file, onProgress);
}

function readInWorker(file: Blob, onProgress: (done: number) => void): ZipRead {
  const worker = new Worker(new URL('./zip.worker.ts', import.meta.url), { type: 'module' });
  let settle: (outcome: ZipReadOutcome) => void = () => {};
  const result = new Promise<ZipReadOutcome>((resolve) => {
    settle = (outcome) => {
      settle = () => {};
      worker.terminate();
      resolve(outcome);
    };
  });
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress(message.done);
    else if (message.type === 'failed') settle(failed);
    else {
      const unpacked = message.result;
      void import('./zip.ts').then(
        ({ checkPortfolio }) => settle(checkPortfolio(unpacked)),
        () => settle(failed),
      );
    }
  };
  worker.onerror = () => settle(failed);
  worker.onmessageerror = () => settle(failed);
  worker.postMessage({ file } satisfies ToWorker);
  return { result, cancel: () => settle(cancelled) };
}

function readOnPage(file: Blob, onProgress: (done: number) => void): ZipRead {
  const controller = new AbortController();
  const stop = new Promise<ZipReadOutcome>((resolve) => controller.signal.addEventListener('abort', () => resolve(cancelled)));
  const run = async (): Promise<ZipReadOutcome> => {
    try {
      const { readPortfolioZip } = await import('./zip.ts');
      const bytes = new Uint8Array(await file.arrayBuffer());
      return await readPortfolioZip(bytes, {
        onProgress: (done) => {
          if (!controller.signal.aborted) onProgress(done);
        },
        pause: async () => {
          await new Promise((resolve) => setTimeout(resolve, 0));
          controller.signal.throwIfAborted();
        },
      });
    } catch {
      return controller.signal.aborted ? cancelled : failed;
    }
  };
  return { result: Promise.race([stop, run()]), cancel: () => controller.abort() };
}
