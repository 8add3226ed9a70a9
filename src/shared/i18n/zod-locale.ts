import { z } from 'zod';
import type { LanguageCode } from './languages.ts';

/** zod's built-in messages per language (our own schema messages are i18n keys). */
const zodLocales: Record<LanguageCode, () => Parameters<typeof z.config>[0]> = {
  nl: () => z.locales.nl(),
  en: () => z.locales.en(),
  ar: () => z.locales.ar(),
  tr: () => z.locales.tr(),
  pl: () => z.locales.pl(),
  uk: () => z.locales.uk(),
};

export function applyZodLocale(code: LanguageCode): void {
  z.config(zodLocales[code]());
}
