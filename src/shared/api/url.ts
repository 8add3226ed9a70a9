/** Where the API lives: `VITE_API_BASE_URL`, default same-origin `/api`. */
export function apiBaseUrl(): string {
  const configured = (import.meta.env?.VITE_API_BASE_URL as string | undefined) ?? '/api';
  return configured.replace(/\/$/, '');
}

/** The absolute URL of an API path (`/clients/…`). */
export function toUrl(path: string): string {
  const base = apiBaseUrl();
  const full = `${base}${path.startsWith('/') ? path : `/${path}`}`;
  if (/^https?:/.test(full)) return full;
  const origin = typeof location === 'undefined' ? 'http://localhost' : location.origin;
  return new URL(full, origin).toString();
}
