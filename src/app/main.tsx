import '#src/shared/ui/styles/index.css';
import { requestConfigFile } from '#src/shared/config/config-file.ts';

/**
 * The entry: small on purpose. It asks for /config.json at once, then runs the shell in two steps
 * with a pause between them, so the browser can paint and take input in between: React first, then
 * the rest of the shell (src/app/boot.tsx: the router, i18next, TanStack Query, the layout). One
 * step of 157 KiB gzip was one task of 100–130 ms on a phone-speed CPU after the sign-in page's first
 * paint, where Lighthouse's Total Blocking Time counts it (issue 15). Both steps' files are preloaded
 * by index.html (vite.config.ts `preloadBootSteps`), so the split adds no round trip.
 */
async function main() {
  performance.mark('werkmap:boot');
  // config.json is asked for at once: its answer arrives while the shell and the loader's chunks
  // download (they waited for each other: zod's setting, the loader, then the file; issue 15)
  const configFile = requestConfigFile();
  configFile.catch(() => undefined);
  await import('react-dom/client');
  await new Promise((resolve) => setTimeout(resolve, 0));
  const { boot } = await import('./boot.tsx');
  await boot(configFile);
}

void main();
