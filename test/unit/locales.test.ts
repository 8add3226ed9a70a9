/**
 * Locale completeness.
 *
 * Dutch (src/locales/nl) is the source of truth. Every other folder under src/locales is a
 * translation and must have the same namespaces and the same keys, with the plural forms its
 * language needs (Intl.PluralRules), the same {{placeholders}} and no empty values.
 * A second check scans the source for literal t('key') calls and makes sure Dutch has those keys.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { namespaces } from '#src/shared/i18n/languages.ts';

// A string, not new URL(): under jsdom the global URL is not Node's.
const root = resolvePath(dirname(fileURLToPath(import.meta.url)), '../..');
const srcDir = join(root, 'src');
const localesDir = join(srcDir, 'locales');
const SOURCE = 'nl';
const DEFAULT_NS = 'common';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function languageFolders(): string[] {
  return readdirSync(localesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function namespaceFiles(lng: string): string[] {
  return readdirSync(join(localesDir, lng))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

function readNamespace(lng: string, ns: string): Json {
  return JSON.parse(readFileSync(join(localesDir, lng, `${ns}.json`), 'utf8')) as Json;
}

/** Leaf values by key path ("a.b.0.title"); array items are addressed by index. */
function flatten(value: Json, prefix = '', out = new Map<string, Json>()): Map<string, Json> {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    if (entries.length === 0) out.set(prefix, value);
    for (const [key, child] of entries) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

/** Splits flattened keys into plain keys and plural families (base path -> suffix -> value). */
function groupPlurals(flat: Map<string, Json>, pluralBases?: Set<string>) {
  const plain = new Map<string, Json>();
  const families = new Map<string, Map<string, Json>>();
  for (const [path, value] of flat) {
    const match = PLURAL_SUFFIX.exec(path);
    const base = match ? path.slice(0, match.index) : null;
    if (match && base !== null && (!pluralBases || pluralBases.has(base))) {
      const family = families.get(base) ?? new Map<string, Json>();
      family.set(match[1] as string, value);
      families.set(base, family);
    } else {
      plain.set(path, value);
    }
  }
  return { plain, families };
}

function pluralCategories(lng: string): string[] {
  return [...new Intl.PluralRules(lng).resolvedOptions().pluralCategories].sort();
}

/** Variable names in {{...}} placeholders ("{{count, number}}" -> "count"). */
function placeholders(value: Json | undefined): Set<string> {
  const names = new Set<string>();
  if (typeof value !== 'string') return names;
  for (const match of value.matchAll(/\{\{\s*([^},]+?)\s*(?:,[^}]*)?\}\}/g)) names.add(match[1] as string);
  return names;
}

function isEmpty(value: Json | undefined): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

const sourceNamespaces = namespaceFiles(SOURCE);
const sourceResources = Object.fromEntries(sourceNamespaces.map((ns) => [ns, readNamespace(SOURCE, ns)])) as Record<string, Json>;
const sourceGrouped = Object.fromEntries(
  sourceNamespaces.map((ns) => [ns, groupPlurals(flatten(sourceResources[ns] as Json))]),
) as Record<string, ReturnType<typeof groupPlurals>>;

describe(`source locale (${SOURCE})`, () => {
  it('has namespaces', () => {
    expect(sourceNamespaces.length).toBeGreaterThan(0);
  });

  it('lists every namespace in src/shared/i18n/languages.ts, so a chosen language is warmed whole for offline use', () => {
    expect([...namespaces].sort()).toEqual(sourceNamespaces);
  });

  it('has exactly _one and _other for every plural family, and no empty values', () => {
    const expected = pluralCategories(SOURCE);
    expect(expected).toEqual(['one', 'other']);
    const problems: string[] = [];
    for (const ns of sourceNamespaces) {
      const { plain, families } = sourceGrouped[ns] as ReturnType<typeof groupPlurals>;
      for (const [base, forms] of families) {
        const have = [...forms.keys()].sort();
        if (have.join() !== expected.join()) problems.push(`${ns}:${base} has plural forms [${have.join(', ')}], needs [${expected.join(', ')}]`);
      }
      for (const [path, value] of [...plain, ...[...families].flatMap(([base, forms]) => [...forms].map(([s, v]) => [`${base}_${s}`, v] as const))]) {
        if (isEmpty(value)) problems.push(`${ns}:${path} is empty or not a string`);
      }
    }
    expect(problems).toEqual([]);
  });
});

const translations = languageFolders().filter((lng) => lng !== SOURCE);

describe('translations', () => {
  it('are discovered from the folders under src/locales', () => {
    expect(translations.length).toBeGreaterThan(0);
  });
});

for (const lng of translations) {
  describe(`locale ${lng}`, () => {
    const categories = pluralCategories(lng);

    it(`has the same namespace files as ${SOURCE}`, () => {
      const have = namespaceFiles(lng);
      const missing = sourceNamespaces.filter((ns) => !have.includes(ns)).map((ns) => `missing ${lng}/${ns}.json`);
      const extra = have.filter((ns) => !sourceNamespaces.includes(ns)).map((ns) => `extra ${lng}/${ns}.json (not in ${SOURCE})`);
      expect([...missing, ...extra]).toEqual([]);
    });

    for (const ns of sourceNamespaces) {
      it(`${ns}: same keys as ${SOURCE}, plural forms [${categories.join(', ')}], same placeholders, no empty values`, () => {
        if (!namespaceFiles(lng).includes(ns)) expect.fail(`missing ${lng}/${ns}.json`);
        const source = sourceGrouped[ns] as ReturnType<typeof groupPlurals>;
        const target = groupPlurals(flatten(readNamespace(lng, ns)), new Set(source.families.keys()));
        const problems: string[] = [];

        for (const [path, nlValue] of source.plain) {
          if (!target.plain.has(path)) {
            problems.push(`missing key ${path}`);
            continue;
          }
          const value = target.plain.get(path);
          if (isEmpty(value)) problems.push(`${path} is empty or not a string`);
          for (const name of placeholders(nlValue)) if (!placeholders(value).has(name)) problems.push(`${path} lacks {{${name}}}`);
          for (const name of placeholders(value)) if (!placeholders(nlValue).has(name)) problems.push(`${path} has unknown {{${name}}}`);
        }
        for (const path of target.plain.keys()) {
          if (!source.plain.has(path)) problems.push(`extra key ${path} (not in ${SOURCE})`);
        }

        for (const [base, nlForms] of source.families) {
          const forms = target.families.get(base);
          if (!forms) {
            problems.push(`missing plural family ${base}_{${categories.join(',')}}`);
            continue;
          }
          for (const category of categories) if (!forms.has(category)) problems.push(`missing plural form ${base}_${category}`);
          for (const suffix of forms.keys()) if (!categories.includes(suffix)) problems.push(`extra plural form ${base}_${suffix} (${lng} uses ${categories.join(', ')})`);

          // Placeholders used in every Dutch form are required in every form. Only {{count}} may be
          // left out in the zero/one/two forms (e.g. Arabic duals), but it is needed in few/many/other.
          const nlSets = [...nlForms.values()].map(placeholders);
          const required = [...(nlSets[0] ?? [])].filter((name) => nlSets.every((set) => set.has(name)));
          const allowed = new Set(nlSets.flatMap((set) => [...set]));
          for (const [suffix, value] of forms) {
            if (isEmpty(value)) problems.push(`${base}_${suffix} is empty or not a string`);
            const have = placeholders(value);
            for (const name of required) {
              if (name === 'count' && ['zero', 'one', 'two'].includes(suffix)) continue;
              if (!have.has(name)) problems.push(`${base}_${suffix} lacks {{${name}}}`);
            }
            for (const name of have) if (!allowed.has(name)) problems.push(`${base}_${suffix} has unknown {{${name}}}`);
          }
        }

        expect(problems, `${lng}/${ns}.json`).toEqual([]);
      });
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Keys used in the source

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'locales' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Finds a key the way i18next does: nested objects, keys that contain dots, plural families. */
function resolve(value: Json | undefined, segments: string[]): Json | undefined {
  if (segments.length === 0) return value;
  if (value === null || typeof value !== 'object') return undefined;
  const record = value as Record<string, Json>;
  for (let i = 1; i <= segments.length; i++) {
    const key = segments.slice(0, i).join('.');
    const rest = segments.slice(i);
    if (Object.hasOwn(record, key)) {
      const found = resolve(record[key], rest);
      if (found !== undefined) return found;
    }
    if (rest.length === 0 && (Object.hasOwn(record, `${key}_other`) || Object.hasOwn(record, `${key}_one`))) return record[`${key}_other`] ?? record[`${key}_one`];
  }
  return undefined;
}

interface Usage {
  file: string;
  line: number;
  ns: string;
  key: string;
}

const USE_TRANSLATION = /\buseTranslation\(\s*(?:(['"`])([\w-]+)\1|\[\s*(['"`])([\w-]+)\3[^\]]*\])?\s*(?:,\s*\{[^}]*?keyPrefix:\s*(['"`])([\w.-]+)\5[^}]*\})?/g;
// with the namespace in the options when it is the first thing there: t('key', { ns: 'messages' })
const T_CALL = /(?<![\w$.])(?:(?:i18n|i18next)\.)?t\(\s*(['"`])((?:(?!\1)[^\\\n])*)\1(?:\s*,\s*\{\s*ns:\s*(['"])([\w-]+)\3)?/g;
const LOOKS_LIKE_KEY = /^(?:[\w-]+:)?[\w-]+(?:\.[\w-]+)*$/;

const NAMED_ARGUMENT = /^useTranslation\(\s*([A-Za-z_$][\w$]*)\s*[,)]/;
const QUOTED = /(['"`])([\w-]+)\1/g;

/**
 * The namespaces of a `useTranslation(name)` whose argument is a variable, as the file declares
 * them: a constant (`const NAMESPACES = ['coach', 'tasks'] as const`: the first, as i18next takes
 * an array's first for keys without a namespace; or `const NS = 'tasks'`), or the type of a prop or
 * parameter (`ns: CalendarTextNamespace` with `type CalendarTextNamespace = 'messages' | 'home'`:
 * each of them, since the caller picks one; a shared component's keys must be in all). Null when
 * the file does not say.
 */
function declaredNamespaces(variable: string, text: string): string[] | null {
  const name = variable.replaceAll('$', '\\$');
  const constant = new RegExp(`\\bconst\\s+${name}\\s*=\\s*(\\[[^\\]]*\\]|(['"\`])[\\w-]+\\2)`).exec(text);
  if (constant) {
    const first = [...(constant[1] as string).matchAll(QUOTED)][0];
    return first ? [first[2] as string] : null;
  }
  const typed = new RegExp(`\\b${name}\\??\\s*:\\s*([A-Z]\\w*)`).exec(text);
  const union = typed && new RegExp(`\\btype\\s+${typed[1]}\\s*=\\s*((?:\\s*\\|?\\s*(['"])[\\w-]+\\2)+)`).exec(text);
  return union ? [...(union[1] as string).matchAll(QUOTED)].map((m) => m[2] as string) : null;
}

/** Every t('key') of the source with its namespace; and the useTranslation(variable) calls whose namespaces are not known. */
function keyUsages(): { usages: Usage[]; unknown: string[] } {
  const usages: Usage[] = [];
  const unknown: string[] = [];
  for (const path of sourceFiles(srcDir)) {
    const text = readFileSync(path, 'utf8');
    const file = relative(root, path);
    const hooks = [...text.matchAll(USE_TRANSLATION)].map((m) => {
      const variable = NAMED_ARGUMENT.exec(text.slice(m.index, m.index + 100))?.[1];
      const declared = variable ? declaredNamespaces(variable, text) : null;
      if (variable && !declared) unknown.push(`${file}:${text.slice(0, m.index).split('\n').length}  useTranslation(${variable})`);
      return { index: m.index, ns: declared ?? [m[2] ?? m[4] ?? DEFAULT_NS], keyPrefix: m[6] ?? '' };
    });
    for (const match of text.matchAll(T_CALL)) {
      const literal = match[2] as string;
      if (literal.includes('${') || !LOOKS_LIKE_KEY.test(literal)) continue;
      // The nearest useTranslation() above the call decides the namespace; else the first one in the file.
      const hook = hooks.filter((h) => h.index < match.index).at(-1) ?? hooks[0];
      const colon = literal.indexOf(':');
      const bare = colon >= 0 ? literal.slice(colon + 1) : literal;
      const key = colon < 0 && hook?.keyPrefix ? `${hook.keyPrefix}.${bare}` : bare;
      const line = text.slice(0, match.index).split('\n').length;
      const named = colon >= 0 ? literal.slice(0, colon) : match[4];
      for (const ns of named ? [named] : (hook?.ns ?? [DEFAULT_NS])) usages.push({ file, line, ns, key });
    }
  }
  return { usages, unknown };
}

/**
 * Issue 20's vocabulary: where the Dutch says "cliënt" (the coach's screens), each translation
 * uses its own word for a client too, not "job seeker" or "customer" (the meaning stays one).
 */
const CLIENT_WORD: Record<string, RegExp> = { en: /client/i, pl: /klien/i, tr: /danışan/i, uk: /клієнт/i, ar: /عميل|عملاء|عملائ/ };

describe('the word for the person on the coach’s screens', () => {
  it('is the language’s word for a client wherever the Dutch says cliënt', () => {
    const wrong: string[] = [];
    for (const ns of sourceNamespaces) {
      const dutch = flatten(readNamespace(SOURCE, ns));
      for (const lng of translations.filter((l) => CLIENT_WORD[l])) {
        const theirs = flatten(readNamespace(lng, ns));
        for (const [key, value] of dutch) {
          if (typeof value !== 'string' || !/cliënt/i.test(value)) continue;
          const text = theirs.get(key);
          if (typeof text === 'string' && !CLIENT_WORD[lng]!.test(text)) wrong.push(`${lng}/${ns}.json ${key}: ${text}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe(`keys used in src/ exist in ${SOURCE}`, () => {
  const { usages, unknown } = keyUsages();

  it('finds t() calls in the source (the scanner works)', () => {
    expect(usages.length).toBeGreaterThan(20);
    expect(usages.some((u) => u.ns !== DEFAULT_NS)).toBe(true);
  });

  it('knows the namespaces of a shared component (useTranslation with a variable): every one the file declares', () => {
    expect(unknown, 'useTranslation(variable) without a constant or a union type of namespaces in the same file').toEqual([]);
    const calendar = usages.filter((u) => u.file.endsWith('add-to-calendar.tsx') && u.key === 'calendar.hint').map((u) => u.ns);
    expect(calendar.sort()).toEqual(['home', 'messages', 'tasks', 'vacancies']);
    expect(declaredNamespaces('NAMESPACES', "const NAMESPACES = ['coach', 'messages'] as const;")).toEqual(['coach']);
    expect(declaredNamespaces('ns', "type Ns = 'a' | 'b';\nfunction X({ ns }: { ns: Ns }) {}")).toEqual(['a', 'b']);
    expect(declaredNamespaces('ns', 'function X({ ns }: { ns: string }) {}')).toBeNull();
  });

  it(`every literal t('key') has a ${SOURCE} translation`, () => {
    const missing = usages
      .filter(({ ns, key }) => !sourceNamespaces.includes(ns) || resolve(sourceResources[ns], key.split('.')) === undefined)
      .map(({ file, line, ns, key }) =>
        sourceNamespaces.includes(ns) ? `${file}:${line}  ${ns}:${key}` : `${file}:${line}  ${ns}:${key} (no namespace file ${SOURCE}/${ns}.json)`,
      );
    expect(missing, `keys used in src/ but missing from src/locales/${SOURCE}`).toEqual([]);
  });
});
