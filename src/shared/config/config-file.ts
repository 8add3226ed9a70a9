/**
 * The request for `/config.json`: never from the HTTP cache (`no-store`); the service worker
 * answers it network-first and keeps the last copy (public/config-sw.js). Its own small module so
 * that the shell can ask for the file at the very start of a page load, while the configuration's
 * loader and schema still download (src/app/main.tsx; issue 15), and the loader reads that answer.
 */
export function requestConfigFile(fetchImpl: typeof fetch = fetch): Promise<Response> {
  return fetchImpl('/config.json', { cache: 'no-store', credentials: 'same-origin', headers: { Accept: 'application/json' } });
}
