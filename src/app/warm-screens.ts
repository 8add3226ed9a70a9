import { SCREENS_CACHE, WARM_LIST } from '#src/shared/offline/app-caches.ts';

/** `WARM_LIST`'s shape: the files to keep for everyone signed in, and per role. */
export type WarmList = Partial<Record<string, string[]>> & { everyone?: string[] };

/**
 * The staff screens' chunks and the rarely used client screens are not in the precache (issue 15,
 * vite.config.ts `staffChunksAtRuntime`): the service worker caches them at runtime (SCREENS_CACHE).
 * Once the app runs under the service worker, the files of every screen the person signed in may open
 * (an e-coach's own screens, and the rarely used ones for everyone) are fetched into that cache, so
 * each of them opens offline too, also one never opened online. Fetched, not imported: nothing is run
 * on the main thread (importing them ran eight modules after every page load, issue 15), and only
 * the files the cache does not hold yet (after the first time: one request, for the list).
 */
export async function warmScreens(role: string | undefined, signal?: AbortSignal): Promise<string[]> {
  if (!role || typeof navigator === 'undefined' || !navigator.serviceWorker?.controller || typeof caches === 'undefined') return [];
  const response = await fetch(WARM_LIST, { cache: 'no-store', signal });
  if (!response.ok) return [];
  const list = (await response.json()) as WarmList;
  const wanted = [...new Set([...(list.everyone ?? []), ...(list[role] ?? [])])].filter((file) => typeof file === 'string' && file.startsWith('/assets/'));
  const cache = await caches.open(SCREENS_CACHE);
  const held = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
  const missing = wanted.filter((file) => !held.has(file));
  // through the service worker, whose runtime route for /assets/ puts each answer into SCREENS_CACHE;
  // the body is read so the download completes (and the cached copy with it)
  await Promise.all(missing.map((file) => fetch(file, { signal }).then((answer) => answer.blob()).catch(() => undefined)));
  return missing;
}
