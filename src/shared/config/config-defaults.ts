import { languageCodes } from '#src/shared/i18n/languages.ts';
import { INDICATOR_DEFAULTS } from './indicator-defaults.ts';

/** The defaults of config.json's optional parts (no zod here: the shell imports them). */

/** The feature switches: a section switched off is absent from the navigation and its pages say it is not available. */
export const FEATURE_SWITCHES = ['vacancies', 'portfolio', 'messages'] as const;
export type FeatureSwitch = (typeof FEATURE_SWITCHES)[number];

/** What an optional part of config.json is when it is left out (config-schema.ts applies these). */
export const CONFIG_DEFAULTS = {
  api: { baseUrl: '/api' },
  oidc: {
    clients: { issuer: '/oidc/digid', clientId: 'werkmap' },
    employees: { issuer: '/oidc/medewerkers', clientId: 'werkmap' },
    scopes: ['openid', 'profile', 'offline_access', 'api'],
  },
  languages: languageCodes,
  features: { vacancies: true, portfolio: true, messages: true },
  theme: { light: {}, dark: {} },
  management: INDICATOR_DEFAULTS,
} as const;

