import { applyZodLocale } from './zod-locale.ts';
import { defaultLanguage, namespaces, type LanguageCode } from './languages.ts';

/** The lazy text chunks, keyed `./<lng>/<ns>.json` (from i18n.ts's import.meta.glob). */
export type LocaleLoaders = Record<string, () => Promise<unknown>>;

/**
 * What follows a change of language, off the boot path (this module is loaded lazily): zod's own
 * messages in that language, and every text chunk of it warmed into the cache (see warmLanguage).
 * Offline without a chunk, zod keeps the messages it had and a screen falls back to Dutch.
 */
export function followLanguage(language: LanguageCode, loaders: LocaleLoaders): void {
  applyZodLocale(language).catch(() => undefined);
  // a moment after the first screen, which needs the network more
  setTimeout(() => void warmLanguage(language, loaders), 1_000);
}

/**
 * Fetches every text chunk of a language through the service worker, which caches them (a runtime
 * cache: only Dutch is precached), so that every screen opens offline in that language, not only
 * those seen so far. Runs whenever the language is applied: when chosen, and at each start (after
 * an update the new build's chunks have new names). Only when a service worker controls the page:
 * without one the fetches would not reach Cache Storage (the next controlled start warms it then).
 * Failures are harmless: a screen loads its texts again when it needs them.
 */
export async function warmLanguage(language: LanguageCode, loaders: LocaleLoaders): Promise<void> {
  if (language === defaultLanguage || typeof navigator === 'undefined' || !navigator.serviceWorker?.controller) return;
  await Promise.allSettled(namespaces.map((ns) => loaders[`./${language}/${ns}.json`]?.()));
}
