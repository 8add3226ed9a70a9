import { appConfig } from '#src/shared/config/app-config.ts';

/** Where the API lives: `api.baseUrl` of /config.json (default same-origin `/api`). */
export function apiBaseUrl(): string {
  return appConfig().api.baseUrl.replace(/\/$/, '');
}

/** The absolute URL of an API path (`/clients/…`). */
export function toUrl(path: string): string {
  const base = apiBaseUrl();
  const full = `${base}${path.startsWith('/') ? path : `/${path}`}`;
  if (/^https?:/.test(full)) return full;
  const origin = typeof location === 'undefined' ? 'http://localhost' : location.origin;
  return new URL(full, origin).toString();
}
