import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmLanguage, type LocaleLoaders } from './follow-language.ts';
import { languageCodes, namespaces } from './languages.ts';

/** A loader per language and namespace that records what was fetched; `failing` ones reject (offline). */
function loaders(failing: (key: string) => boolean = () => false) {
  const fetched: string[] = [];
  const all: LocaleLoaders = {};
  for (const lng of languageCodes) {
    for (const ns of namespaces) {
      const key = `./${lng}/${ns}.json`;
      all[key] = () => {
        fetched.push(key);
        return failing(key) ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve({ default: {} });
      };
    }
  }
  return { all, fetched };
}

function controlledByServiceWorker(controlled: boolean) {
  vi.stubGlobal('navigator', { ...navigator, serviceWorker: { controller: controlled ? {} : null } });
}

describe('warmLanguage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('fetches every text chunk of the chosen language through the service worker, and no other language', async () => {
    controlledByServiceWorker(true);
    const { all, fetched } = loaders();
    await warmLanguage('ar', all);
    expect(fetched.sort()).toEqual(namespaces.map((ns) => `./ar/${ns}.json`).sort());
  });

  it('does nothing for Dutch (precached) or without a service worker in control (nothing would be cached)', async () => {
    const { all, fetched } = loaders();
    controlledByServiceWorker(true);
    await warmLanguage('nl', all);
    controlledByServiceWorker(false);
    await warmLanguage('en', all);
    expect(fetched).toEqual([]);
  });

  it('fetches the rest when some chunks fail (offline halfway), without throwing', async () => {
    controlledByServiceWorker(true);
    const { all, fetched } = loaders((key) => key.endsWith('/cv.json'));
    await expect(warmLanguage('tr', all)).resolves.toBeUndefined();
    expect(fetched).toHaveLength(namespaces.length);
  });
});
