import type { ReadResult } from './zip.ts';
import type { FromWorker, ToWorker } from './zip.worker.ts';

/**
 * Checks a chosen portfolio zip off the page: in a Web Worker (zip.worker.ts), so the page only
 * receives progress and the result, and "Stoppen" ends the worker at once. Where there are no
 * workers (jsdom in the component tests) the same code (zip.ts, unzip.ts) runs on the page,
 * giving the page its turn back every few tens of milliseconds, and stops at the next turn.
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
    else settle(message.type === 'result' ? message.result : failed);
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
