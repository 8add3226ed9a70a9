import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
// The shell's Dutch texts are bundled; every other namespace (and every other language) is its own
// chunk, loaded when a screen needs it. The service worker precaches the Dutch chunks; another
// language's chunks are cached at runtime, all of them at once when that language is chosen (see
// follow-language.ts and docs/decisions/007-precache-per-language.md).
import nlCommon from '#src/locales/nl/common.json';
import nlAccount from '#src/locales/nl/account.json';
import nlSync from '#src/locales/nl/sync.json';
import type nlHome from '#src/locales/nl/home.json';
import type nlCoach from '#src/locales/nl/coach.json';
import type nlProfile from '#src/locales/nl/profile.json';
import type nlPages from '#src/locales/nl/pages.json';
import type nlIntake from '#src/locales/nl/intake.json';
import type nlWorkFolder from '#src/locales/nl/workFolder.json';
import type nlCv from '#src/locales/nl/cv.json';
import type nlMessages from '#src/locales/nl/messages.json';
import type nlTasks from '#src/locales/nl/tasks.json';
import type nlPortfolio from '#src/locales/nl/portfolio.json';
import type nlMyData from '#src/locales/nl/myData.json';
import type nlVacancies from '#src/locales/nl/vacancies.json';
import type nlMatching from '#src/locales/nl/matching.json';
import type nlNotifications from '#src/locales/nl/notifications.json';
import type nlManagement from '#src/locales/nl/management.json';
import type nlPortfolioKeep from '#src/locales/nl/portfolioKeep.json';
import type nlVacancyPages from '#src/locales/nl/vacancyPages.json';
import type nlCvExchange from '#src/locales/nl/cvExchange.json';
import { checkConnection } from '#src/shared/api/connectivity.ts';
import { LANGUAGE_CACHE } from '#src/shared/offline/app-caches.ts';
import { defaultLanguage, isLanguageCode, languageCodes, type LanguageCode } from './languages.ts';
import { appConfig } from '#src/shared/config/app-config.ts';

export const LANGUAGE_STORAGE_KEY = 'werkmap.language';

/** The shape of all Dutch texts (the source of truth), for typed keys. */
export type NlResources = {
  common: typeof nlCommon;
  account: typeof nlAccount;
  home: typeof nlHome;
  coach: typeof nlCoach;
  profile: typeof nlProfile;
  sync: typeof nlSync;
  pages: typeof nlPages;
  intake: typeof nlIntake;
  workFolder: typeof nlWorkFolder;
  cv: typeof nlCv;
  messages: typeof nlMessages;
  tasks: typeof nlTasks;
  portfolio: typeof nlPortfolio;
  myData: typeof nlMyData;
  vacancies: typeof nlVacancies;
  matching: typeof nlMatching;
  notifications: typeof nlNotifications;
  management: typeof nlManagement;
  portfolioKeep: typeof nlPortfolioKeep;
  vacancyPages: typeof nlVacancyPages;
  cvExchange: typeof nlCvExchange;
};

/** What the shell needs before its first screen. */
const bundledNamespaces = ['common', 'account', 'sync'] as const;
const bundledNl = { common: nlCommon, account: nlAccount, sync: nlSync };

// keyed `./<lng>/<ns>.json` (short keys: this map is part of the first download)
const lazyLocales = import.meta.glob<{ default: Record<string, unknown> }>(['./*/*.json', '!./nl/common.json', '!./nl/account.json', '!./nl/sync.json'], {
  base: '../../locales',
});

function savedLanguage(): LanguageCode {
  try {
    const saved = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    // a language the municipality no longer offers (config.json) falls back to Dutch
    return isLanguageCode(saved) && appConfig().languages.includes(saved) ? saved : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

/**
 * Starts loading these namespaces' texts in the language saved on this device (and Dutch, the
 * fallback) before the configuration is read and i18next runs: a screen's texts gate its first
 * render (issue 15). i18next loads the same modules later (the browser loads a module once); a
 * language the configuration no longer offers costs one unused download.
 */
export function preloadTexts(namespaces: readonly string[]): void {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    // no storage: Dutch
  }
  const language = isLanguageCode(saved) ? saved : defaultLanguage;
  for (const lng of new Set([language, defaultLanguage])) for (const ns of namespaces) void lazyLocales[`./${lng}/${ns}.json`]?.().catch(() => undefined);
}

function applyLanguage(lng: string): void {
  const code = isLanguageCode(lng) ? lng : defaultLanguage;
  if (typeof document !== 'undefined') {
    document.documentElement.lang = code;
    document.documentElement.dir = i18next.dir(code);
  }
  // zod's own messages and warming the language's texts for offline use: lazily, off the boot path
  void import('./follow-language.ts').then((follow) => follow.followLanguage(code, lazyLocales));
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
        const load = lazyLocales[`./${lng}/${ns}.json`];
        if (!load) throw new Error(`no locale ${lng}/${ns}`);
        return (await load()).default;
      }),
    )
    .init({
      lng: language,
      fallbackLng: defaultLanguage,
      supportedLngs: languageCodes,
      load: 'languageOnly',
      ns: [...bundledNamespaces],
      defaultNS: 'common',
      resources: { nl: bundledNl },
      partialBundledLanguages: true,
      interpolation: { escapeValue: false },
      // A text whose {{variable}} the code did not pass showed "{{done}} van 4" to coaches: in
      // development and tests that is an error, in production the text shows as before.
      ...(import.meta.env.DEV || import.meta.env.MODE === 'test'
        ? {
            missingInterpolationHandler: (text: string, match: RegExpExecArray) => {
              throw new Error(`i18n: no value for ${match[0]} in "${text}"`);
            },
          }
        : {}),
      returnNull: false,
      react: { useSuspense: true },
    });
  applyLanguage(i18next.language);
  return i18next;
}

/**
 * Change the language and remember the choice. Resolves to false, changing nothing, when that
 * language's texts cannot be loaded: offline, on a device where it was never chosen before (only
 * Dutch comes with the app; see follow-language.ts).
 */
export async function changeLanguage(language: LanguageCode): Promise<boolean> {
  const load = lazyLocales[`./${language}/common.json`];
  // The browser remembers a failed import() for the rest of the page's life (the same choice would
  // fail again once back online): try only when the texts can come, from the device or over a
  // connection that answers now.
  if (load && !(await languageOnDevice(language)) && !(await checkConnection())) return false;
  try {
    await load?.();
  } catch {
    return false;
  }
  await i18next.changeLanguage(language);
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // storage unavailable (private mode): the choice lasts for this visit
  }
  return true;
}

/** Whether this language's texts were cached on this device (see follow-language.ts); Dutch always is. */
async function languageOnDevice(language: LanguageCode): Promise<boolean> {
  if (language === defaultLanguage) return true;
  if (typeof caches === 'undefined') return false;
  try {
    if (!(await caches.has(LANGUAGE_CACHE))) return false;
    const cached = await (await caches.open(LANGUAGE_CACHE)).keys();
    return cached.some((request) => new URL(request.url).pathname.includes(`/assets/${language}/`));
  } catch {
    return false;
  }
}

export { i18next };
