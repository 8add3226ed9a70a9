import { useSyncExternalStore } from 'react';
import type { AppConfig } from './config-schema.ts';
import { CONFIG_DEFAULTS, type FeatureSwitch } from './config-defaults.ts';

export type { AppConfig, FeatureSwitch };

/**
 * The municipality's run-time configuration (`/config.json`, read at start by
 * `loadAppConfig`, src/shared/config/load-config.ts): one build, configured and themed by the
 * municipality without a rebuild. This module holds no zod (it is part of the shell): the
 * schema that checks the file is config-schema.ts, loaded with the config.
 *
 * Until the file is read (unit tests, the build-time prerender), the defaults below apply.
 */

/** Used until config.json is read: the repository's own example municipality. */
const FALLBACK: AppConfig = {
  ...CONFIG_DEFAULTS,
  oidc: { ...CONFIG_DEFAULTS.oidc, scopes: [...CONFIG_DEFAULTS.oidc.scopes] },
  languages: [...CONFIG_DEFAULTS.languages],
  theme: { light: {}, dark: {} },
  municipality: { name: 'Gemeente Werkstad' },
};

let current: AppConfig = FALLBACK;
let loaded = false;
const listeners = new Set<() => void>();

/** The configuration in effect. */
export function appConfig(): AppConfig {
  return current;
}

/** Whether config.json has been read (false in the prerender and before start). */
export function appConfigLoaded(): boolean {
  return loaded;
}

export function setAppConfig(config: AppConfig): void {
  current = config;
  loaded = true;
  for (const listener of listeners) listener();
}

/** Back to the defaults (tests). */
export function resetAppConfig(): void {
  current = FALLBACK;
  loaded = false;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The configuration, re-rendering when it changes. While React hydrates the page prerendered at
 * build time it is the defaults the prerender had (the languages in the switch, …), so the markup
 * matches; the municipality's own values follow right after.
 */
export function useAppConfig(): AppConfig {
  return useSyncExternalStore(subscribe, appConfig, () => FALLBACK);
}

/**
 * The municipality, or null in the HTML prerendered at build time (decision 012): that page is the
 * same for every municipality and shows the name only once the app has read config.json, so the
 * first paint never waits for it and hydration finds the same markup.
 */
export function useMunicipality(): AppConfig['municipality'] | null {
  return useSyncExternalStore(subscribe, () => current.municipality, () => null);
}

export function isFeatureOn(feature: FeatureSwitch, config: AppConfig = current): boolean {
  return config.features[feature];
}
