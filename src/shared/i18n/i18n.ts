import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import nlCommon from '#src/locales/nl/common.json';
import nlAccount from '#src/locales/nl/account.json';
import nlHome from '#src/locales/nl/home.json';
import nlCoach from '#src/locales/nl/coach.json';
import nlProfile from '#src/locales/nl/profile.json';
import nlSync from '#src/locales/nl/sync.json';
import nlPages from '#src/locales/nl/pages.json';
import nlIntake from '#src/locales/nl/intake.json';
import nlWorkFolder from '#src/locales/nl/workFolder.json';
import { defaultLanguage, isLanguageCode, languageCodes, namespaces, type LanguageCode } from './languages.ts';

export const LANGUAGE_STORAGE_KEY = 'werkmap.language';

export const nlResources = {
  common: nlCommon,
  account: nlAccount,
  home: nlHome,
  coach: nlCoach,
  profile: nlProfile,
  sync: nlSync,
  pages: nlPages,
  intake: nlIntake,
  workFolder: nlWorkFolder,
} as const;

/** Other languages are loaded on demand (each JSON file is its own chunk, precached by the service worker). */
const lazyLocales = import.meta.glob<{ default: Record<string, unknown> }>(['../../locales/*/*.json', '!../../locales/nl/*.json']);

function savedLanguage(): LanguageCode {
  try {
    const saved = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguageCode(saved) ? saved : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}


function applyLanguage(lng: string): void {
  const code = isLanguageCode(lng) ? lng : defaultLanguage;
  if (typeof document !== 'undefined') {
    document.documentElement.lang = code;
    document.documentElement.dir = i18next.dir(code);
  }
  // zod's own messages follow the language; loaded lazily so zod stays off the boot path
  void import('./zod-locale.ts').then(({ applyZodLocale }) => applyZodLocale(isLanguageCode(i18next.language) ? i18next.language : code));
}

export async function initI18n(language: LanguageCode = savedLanguage()): Promise<typeof i18next> {
  if (i18next.isInitialized) {
    if (i18next.language !== language) await i18next.changeLanguage(language);
    return i18next;
  }
  i18next.on('languageChanged', applyLanguage);
  await i18next
    .use(initReactI18next)
    .use(
      resourcesToBackend(async (lng: string, ns: string) => {
        const load = lazyLocales[`../../locales/${lng}/${ns}.json`];
        if (!load) throw new Error(`no locale ${lng}/${ns}`);
        return (await load()).default;
      }),
    )
    .init({
      lng: language,
      fallbackLng: defaultLanguage,
      supportedLngs: languageCodes,
      load: 'languageOnly',
      ns: [...namespaces],
      defaultNS: 'common',
      resources: { nl: nlResources },
      partialBundledLanguages: true,
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: true },
    });
  applyLanguage(i18next.language);
  return i18next;
}

/** Change the language and remember the choice. */
export async function changeLanguage(language: LanguageCode): Promise<void> {
  await i18next.changeLanguage(language);
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // storage unavailable (private mode): the choice lasts for this visit
  }
}

export { i18next };
