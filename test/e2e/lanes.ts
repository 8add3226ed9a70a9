/**
 * The end-to-end suite runs in parallel lanes, one per Playwright worker. Each lane has its
 * own mock API server (its own data, reset by its own tests), its own `vite preview` server
 * proxying to it, and its own copy of the build (the update-prompt test swaps a new build
 * into the folder its lane serves). `npm run test:e2e` picks the ports; the defaults are for
 * running Playwright by hand with one worker.
 *
 * E2E_WORKERS      number of lanes (default 2)
 * PREVIEW_PORTS    comma-separated, one per lane (or PREVIEW_PORT for one lane)
 * MOCK_API_PORTS   comma-separated, one per lane (or MOCK_API_PORT for one lane)
 * E2E_OUT_DIR      the build (default dist); lane n > 0 serves a copy in `<dir>-lane<n>`
 */
export interface Lane {
  previewPort: number;
  mockPort: number;
  outDir: string;
}

const ports = (list: string | undefined, single: string | undefined, fallback: number): number[] =>
  (list ?? single ?? String(fallback)).split(',').map((p) => Number(p.trim()));

export const baseOutDir = process.env.E2E_OUT_DIR ?? 'dist';
const previewPorts = ports(process.env.PREVIEW_PORTS, process.env.PREVIEW_PORT, 4173);
const mockPorts = ports(process.env.MOCK_API_PORTS, process.env.MOCK_API_PORT, 4174);
export const laneCount = Math.max(1, Math.min(Number(process.env.E2E_WORKERS ?? 2), previewPorts.length, mockPorts.length));

export function laneOutDir(index: number): string {
  return index === 0 ? baseOutDir : `${baseOutDir}-lane${index}`;
}

export function lane(index: number): Lane {
  return { previewPort: previewPorts[index]!, mockPort: mockPorts[index]!, outDir: laneOutDir(index) };
}

export const lanes: Lane[] = Array.from({ length: laneCount }, (_, i) => lane(i));

/** The lane of this worker process (Playwright sets TEST_PARALLEL_INDEX in each worker). */
export const currentLane: Lane = lane(Number(process.env.TEST_PARALLEL_INDEX ?? 0) % laneCount);
