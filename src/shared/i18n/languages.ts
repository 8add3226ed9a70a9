/** The languages the app speaks. Dutch is the source of truth and is bundled. */
export const languages = [
  { code: 'nl', name: 'Nederlands', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'tr', name: 'Türkçe', dir: 'ltr' },
  { code: 'pl', name: 'Polski', dir: 'ltr' },
  { code: 'uk', name: 'Українська', dir: 'ltr' },
] as const;

export type LanguageCode = (typeof languages)[number]['code'];
export const defaultLanguage: LanguageCode = 'nl';
export const languageCodes = languages.map((l) => l.code) as LanguageCode[];

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (languageCodes as string[]).includes(value);
}

/** Namespaces: one for the shell plus one per feature. */
export const namespaces = ['common', 'account', 'home', 'coach', 'profile', 'sync', 'pages', 'intake', 'workFolder', 'cv', 'portfolio', 'messages', 'tasks', 'myData', 'vacancies', 'matching', 'notifications', 'management', 'portfolioKeep', 'vacancyPages', 'cvExchange'] as const;
export type Namespace = (typeof namespaces)[number];

/**
 * The namespaces only staff screens use (the e-coach's, the teamleider's): their Dutch texts are not
 * precached but cached at runtime with the staff screens, and warmed when such a person signs in
 * (vite.config.ts `staffChunksAtRuntime`, src/app/router.tsx `warmScreensFor`, src/app/warm-screens.ts; issue 15). A client
 * screen must never use them: it would have no texts offline.
 */
export const staffNamespaces = ['coach', 'management'] as const satisfies readonly Namespace[];

/**
 * The namespaces of rarely used client screens (the `onDemand` routes in src/app/router.tsx): the
 * portfolio's export and import; "Wat past bij mij?", why a search profile is what it is and the course
 * page; the CV's download and import (JSON Resume). Like the staff namespaces, their Dutch texts are not precached but
 * cached at runtime with those screens, and warmed with them for everyone signed in (issue 15).
 */
export const onDemandNamespaces = ['portfolioKeep', 'vacancyPages', 'cvExchange'] as const satisfies readonly Namespace[];
