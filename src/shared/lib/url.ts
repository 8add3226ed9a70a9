import { z } from 'zod';

/**
 * Web addresses people type: the online link of an appointment, the link of a portfolio product,
 * the link of a vacancy. Only `https:` and `http:` with a host are web addresses; `javascript:`,
 * `data:`, `vbscript:`, `file:` and the rest are refused. One rule for the forms, the mock
 * backend (it validates with these schemas) and every screen that turns a stored value into a
 * link (`safeWebUrl`; anything else is shown as text).
 */

export const WEB_URL_MAX = 1000;
const WEB_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'http:']);

/**
 * The address as a link target (normalised by the URL parser) when it is a web address:
 * http or https, a host, no user name or password in it (`https://werk.nl@example.org`);
 * otherwise null.
 */
export function safeWebUrl(value: string | null | undefined): string | null {
  if (!value || value.length > WEB_URL_MAX) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (!WEB_PROTOCOLS.has(url.protocol) || url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url.href;
}

/** A required web address (https or http). */
export const webUrlSchema = z
  .string()
  .trim()
  .max(WEB_URL_MAX, { error: 'validation.url.tooLong' })
  .refine((value) => safeWebUrl(value) !== null, { error: 'validation.url.web' })
  // for tools that read the contract: a URI whose scheme is http or https
  .meta({ format: 'uri', pattern: '^\\s*[Hh][Tt][Tt][Pp][Ss]?:', description: 'An http or https address; anything else (javascript:, data:, …) is refused.' });

/** A form field for a web address that may be left empty (''). */
export const optionalWebUrlFieldSchema = z
  .string()
  .trim()
  .max(WEB_URL_MAX, { error: 'validation.url.tooLong' })
  .refine((value) => value === '' || safeWebUrl(value) !== null, { error: 'validation.url.web' });

/** Schemes that run code or carry their own content when followed; never accepted, not even in a text field. */
const UNSAFE_SCHEMES: ReadonlySet<string> = new Set(['javascript', 'vbscript', 'livescript', 'data', 'file', 'blob', 'filesystem', 'jar', 'view-source', 'mhtml', 'ms-its']);

/**
 * For a field that takes "a link or a number" (the vacancy): text is fine, but what a browser
 * would read as a link must be a web address. A browser ignores spaces and control characters
 * in a scheme, so `java script:` counts too; `Vacature: 123` stays text.
 */
export function isUnsafeLink(value: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a browser drops from a scheme
  const compact = value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
  if (scheme === undefined) return false;
  if (scheme === 'http' || scheme === 'https') return safeWebUrl(value) === null;
  return UNSAFE_SCHEMES.has(scheme) || compact.startsWith(`${scheme}://`);
}

/** Adds the "a link must be a web address" rule to a text field's schema. */
export function textOrWebUrl(schema: z.ZodString): z.ZodString {
  return schema.refine((value) => !isUnsafeLink(value), { error: 'validation.url.webOrText' });
}

/** `mailto:` and `tel:` addresses, for a field that is for exactly that: null unless it is one. */
export function safeContactUrl(value: string | null | undefined): string | null {
  if (!value || value.length > WEB_URL_MAX) return null;
  const trimmed = value.trim();
  if (/^mailto:[^\s@/:?#]+@[^\s@/:?#]+\.[^\s@/:?#]+$/i.test(trimmed)) return trimmed;
  if (/^tel:\+?[0-9][0-9 ().-]{4,30}$/i.test(trimmed)) return trimmed;
  return null;
}

/** A required `mailto:` or `tel:` address. */
export const contactUrlSchema = z
  .string()
  .trim()
  .max(WEB_URL_MAX, { error: 'validation.url.tooLong' })
  .refine((value) => safeContactUrl(value) !== null, { error: 'validation.url.contact' });
