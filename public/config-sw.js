/*
 * Part of the service worker (imported by the generated sw.js before Workbox's routes, see
 * vite.config.ts `importScripts`): /config.json, the municipality's configuration, network-first.
 * A changed file arrives at the next start, without a new build; offline the last copy answers
 * (kept here), or the copy precached with the app. Never from the HTTP cache (`no-store`).
 * Workbox would answer it from the precache (cache-first): this listener comes first and stops it.
 */
/* global self, caches, fetch, URL */
const CONFIG_CACHE = 'werkmap-config';
const CONFIG_PATH = '/config.json';

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || url.pathname !== CONFIG_PATH) return;
  event.stopImmediatePropagation();
  event.respondWith(
    (async () => {
      const cache = await caches.open(CONFIG_CACHE);
      try {
        const response = await fetch(CONFIG_PATH, { cache: 'no-store', credentials: 'same-origin' });
        if (!response.ok) throw new Error(`config.json: ${response.status}`);
        await cache.put(CONFIG_PATH, response.clone());
        return response;
      } catch (error) {
        const kept = (await cache.match(CONFIG_PATH)) ?? (await caches.match(CONFIG_PATH, { ignoreSearch: true }));
        if (kept) return kept;
        throw error;
      }
    })(),
  );
});
