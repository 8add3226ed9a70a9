import { readPortfolioZip, type ReadResult } from './zip.ts';

/**
 * The portfolio import's worker: reads the chosen file and checks it completely (zip.ts,
 * unzip.ts) off the page, so the page stays responsive however hostile the zip is. It sends
 * progress (`{ type: 'progress', done }`, 0–1) and then one `result` (the files transferred,
 * not copied) or `failed`. The page stops it with `terminate()`.
 */
export type ToWorker = { file: Blob };
export type FromWorker = { type: 'progress'; done: number } | { type: 'result'; result: ReadResult } | { type: 'failed' };

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
      const result = await readPortfolioZip(bytes, { onProgress: (done) => send({ type: 'progress', done }) });
      const buffers = result.ok ? [...new Set([...result.files.values()].map((f) => f.buffer as ArrayBuffer))] : [];
      send({ type: 'result', result }, buffers);
    } catch {
      send({ type: 'failed' });
    }
  })();
};
