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
export const namespaces = ['common', 'account', 'home', 'coach', 'profile', 'sync', 'pages', 'intake', 'workFolder', 'cv', 'portfolio', 'messages', 'tasks', 'myData', 'vacancies', 'matching', 'notifications', 'management'] as const;
export type Namespace = (typeof namespaces)[number];
