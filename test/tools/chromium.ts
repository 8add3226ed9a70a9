import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * Finds the Chromium that the end-to-end tests drive. Playwright's own browser download
 * does not work on our machines, so we use the system's (Debian: /usr/bin/chromium).
 * Override with CHROMIUM_PATH.
 */
export function findChromium(): string | null {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    ...['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'].flatMap((name) =>
      (process.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, name)),
    ),
  ].filter((c): c is string => Boolean(c));
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // try the next one
    }
  }
  return null;
}

/** The flags the benches start Chromium with (quiet: no background traffic that would skew a figure). */
export const BENCH_CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found for the end-to-end tests: install it (Debian: `apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.';
