import '#src/shared/lib/zod-strict-csp.ts';
import { unpackPortfolioZip, type UnpackResult } from './unpack.ts';

/**
 * The portfolio import's worker: reads the chosen file and unpacks it with every check of the
 * zip itself (unpack.ts, unzip.ts) off the page, so the page stays responsive however hostile
 * the zip is. It sends progress (`{ type: 'progress', done }`, 0–1) and then one `result` (the
 * kept entries transferred, not copied) or `failed`. The page checks what it receives
 * (`checkPortfolio` in zip.ts) and stops the worker with `terminate()`. No zod in here: the
 * worker is precached and should stay a few kilobytes.
 */
export type ToWorker = { file: Blob };
export type FromWorker = { type: 'progress'; done: number } | { type: 'result'; result: UnpackResult } | { type: 'failed' };

// the DOM's types, not the WebWorker lib (the two cannot be in one program)
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage: (message: FromWorker, transfer: Transferable[]) => void;
};

scope.onmessage = (event) => {
  const send = (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
  void (async () => {
    try {
      send({ type: 'progress', done: 0 });
      const bytes = new Uint8Array(await event.data.file.arrayBuffer());
      const result = await unpackPortfolioZip(bytes, { onProgress: (done) => send({ type: 'progress', done }) });
      const buffers = result.ok ? [...new Set([...result.entries.values()].map((entry) => entry.buffer as ArrayBuffer))] : [];
      send({ type: 'result', result }, buffers);
    } catch {
      send({ type: 'failed' });
    }
  })();
};
