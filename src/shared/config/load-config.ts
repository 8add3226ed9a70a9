import { setAppConfig, type AppConfig } from './app-config.ts';
import { parseAppConfig } from './config-schema.ts';
import { applyTheme } from './theme.ts';
import { requestConfigFile } from './config-file.ts';

/**
 * Reads `/config.json` at start (src/app/boot.tsx, asked for by src/app/main.tsx): never from the HTTP cache (`no-store`); the
 * service worker answers it network-first and keeps the last copy, so the app also opens offline
 * (public/config-sw.js). Checked with the one schema; a file that does not pass is not used at
 * all: the person sees a plain Dutch message, the administrator the precise one in the console.
 */
export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; reason: 'unreachable' | 'invalid'; message: string };

export async function readAppConfig(fetchImpl: typeof fetch = fetch): Promise<ConfigResult> {
  let raw: unknown;
  try {
    const response = await requestConfigFile(fetchImpl);
    if (!response.ok) return { ok: false, reason: 'unreachable', message: `/config.json: the server answered ${response.status}` };
    try {
      raw = await response.json();
    } catch (error) {
      return { ok: false, reason: 'invalid', message: `/config.json is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
    }
  } catch (error) {
    return { ok: false, reason: 'unreachable', message: `/config.json could not be fetched: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = parseAppConfig(raw);
  return parsed.ok ? parsed : { ok: false, reason: 'invalid', message: parsed.message };
}

/** Reads, checks and applies the configuration (the theme included). */
export async function loadAppConfig(fetchImpl?: typeof fetch): Promise<ConfigResult> {
  const result = await readAppConfig(fetchImpl);
  if (result.ok) {
    setAppConfig(result.config);
    applyTheme(result.config.theme);
  } else {
    console.error(`Werkmap cannot start. ${result.message}`);
  }
  return result;
}
