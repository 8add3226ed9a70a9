/**
 * The Cache Storage caches that hold only the app's own files (no personal data). Shared by the
 * service worker's build config (vite.config.ts) and the device wipe, which leaves these alone.
 * See docs/decisions/007-precache-per-language.md.
 */

/** Workbox's precache: the app shell, every route's chunks and the Dutch texts. */
export const PRECACHE_PREFIX = 'workbox-precache';

/**
 * The texts of the other languages, cached at runtime when a language is chosen or used (chunks
 * in `assets/<lng>/`). One fixed name; hashed file names make each
 * entry immutable, and old builds' entries age out (least recently used beyond a maximum).
 */
export const LANGUAGE_CACHE = 'werkmap-languages';

/**
 * The screens of the staff roles (e-coach, regisseur werk) and the rarely used client screens: their
 * route chunks (and the Dutch texts only staff screens use) are not precached (every client's phone would download them at install), but cached
 * at runtime once loaded, and all of them warmed when such a person is signed in (src/app/router.tsx,
 * `warmScreens`, src/app/warm-screens.ts). Issue 15.
 */
export const SCREENS_CACHE = 'werkmap-screens';

/** True for a cache that holds only app files, which signing out keeps. */
export function isAppCache(name: string): boolean {
  return name.startsWith(PRECACHE_PREFIX) || name === LANGUAGE_CACHE || name === SCREENS_CACHE;
}

/**
 * Written with the build (vite.config.ts `staffChunksAtRuntime`): for everyone signed in and for each
 * staff role, the files of the screens that are not precached, which `warmScreens` fetches into
 * SCREENS_CACHE (src/app/warm-screens.ts). Not hashed: served like config.json, never from the HTTP cache.
 */
export const WARM_LIST = '/screens.json';
