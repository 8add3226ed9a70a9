/**
 * The Dutch texts of the staff-only namespaces are not precached (issue 15, decision 012): a client
 * screen that used one would have no texts offline. Every source file that names such a namespace
 * (`useTranslation('coach')`, `t('management:…')`, `handle: { namespaces: ['coach'] }`) must be a
 * staff screen's own: the coach and management features, or a route/page named coach-, team-,
 * beheer- or regisseur-.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { namespaces, onDemandNamespaces, staffNamespaces } from '#src/shared/i18n/languages.ts';

const root = resolvePath(dirname(fileURLToPath(import.meta.url)), '../..');
const srcDir = join(root, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'locales' ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const staffFile = /^src\/(?:features\/(?:coach|management)\/|features\/[\w-]+\/routes\/(?:coach|team|beheer|regisseur)-[\w-]+\.tsx$|features\/vacancies\/routes\/proposals-coach\.tsx$|app\/(?:coach-[\w-]+\.tsx|router\.tsx)$)/;
// a namespace named in a useTranslation() argument, a namespaces list or a `ns:key` text key
const uses = (code: string, ns: string) =>
  new RegExp(`useTranslation\\([^)]*['"]${ns}['"]|namespaces:\\s*\\[[^\\]]*['"]${ns}['"]|['"\`]${ns}:[\\w.]`).test(code);

/** Where a source file outside `allowed` (and the i18n set-up) uses one of `list`. */
function usedOutside(list: readonly string[], allowed: RegExp): string[] {
  return sources(srcDir)
    .map((path) => relative(root, path).split('\\').join('/'))
    .filter((path) => !allowed.test(path) && !path.startsWith('src/shared/i18n/'))
    .flatMap((path) => {
      // comments may name them (examples in the docs)
      const code = readFileSync(join(root, path), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      return list.filter((ns) => uses(code, ns)).map((ns) => `${path} uses ${ns}`);
    });
}

describe('staff-only namespaces', () => {
  it('are namespaces of the app', () => {
    for (const ns of staffNamespaces) expect(namespaces).toContain(ns);
  });

  it('are used only by staff screens', () => {
    expect(usedOutside(staffNamespaces, staffFile)).toEqual([]);
  });

  it('the rarely used client screens\' namespaces (not precached either) are used only by those screens', () => {
    for (const ns of onDemandNamespaces) expect(namespaces).toContain(ns);
    expect(usedOutside(onDemandNamespaces, /^src\/(?:features\/portfolio\/routes\/keep\.tsx|features\/vacancies\/routes\/(?:what-fits|why|course)\.tsx|features\/cv\/(?:routes\/exchange\.tsx|import-text\.ts)|app\/router\.tsx)$/)).toEqual([]);
  });

  it('the check sees a use', () => {
    expect(uses("const { t } = useTranslation(['coach', 'common']);", 'coach')).toBe(true);
    expect(uses("t('management:title')", 'management')).toBe(true);
    expect(uses("if (user.role === 'coach') return null;", 'coach')).toBe(false);
  });
});
