import { z } from 'zod';
import type { LanguageCode } from './languages.ts';

type ZodLocale = { default: () => Parameters<typeof z.config>[0] };

/**
 * zod's built-in messages per language (our own schema messages are i18n keys), one chunk per
 * language so that only the chosen language is downloaded (and Dutch precached). English is part
 * of zod itself (its default): importing it lazily would make zod's core load that chunk.
 */
const zodLocales: Record<LanguageCode, () => Promise<ZodLocale>> = {
  nl: () => import('zod/v4/locales/nl.js'),
  en: () => Promise.resolve({ default: z.locales.en }),
  ar: () => import('zod/v4/locales/ar.js'),
  tr: () => import('zod/v4/locales/tr.js'),
  pl: () => import('zod/v4/locales/pl.js'),
  uk: () => import('zod/v4/locales/uk.js'),
};

let wanted: LanguageCode | null = null;

export async function applyZodLocale(code: LanguageCode): Promise<void> {
  wanted = code;
  const locale = await zodLocales[code]();
  // a later choice wins, whichever chunk arrives first
  if (wanted === code) z.config(locale.default());
}
