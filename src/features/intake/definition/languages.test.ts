import { describe, expect, it } from 'vitest';
import { languageCodes } from '#src/shared/i18n/languages.ts';
import entreeV1 from './data/entree-v1.json' with { type: 'json' };
import participationV1 from './data/participation-v1.json' with { type: 'json' };
import { validateDefinition } from './engine.ts';

type Texts = Array<{ path: string; text: Record<string, unknown> }>;

/** Every localized text in a definition (an object with a Dutch text), with where it is. */
function texts(value: unknown, path = '', out: Texts = []): Texts {
  if (Array.isArray(value)) value.forEach((v, i) => texts(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.nl === 'string') out.push({ path, text: record });
    else for (const [key, v] of Object.entries(record)) texts(v, path ? `${path}.${key}` : key, out);
  }
  return out;
}

const DEFINITIONS = { entreeV1, participationV1 } as const;

describe.each(Object.entries(DEFINITIONS))('%s in every language', (_name, definition) => {
  const all = texts(definition);

  it('has question texts, options, help and section titles', () => {
    expect(all.length).toBeGreaterThan(90);
  });

  it('has every text in all six languages, none left empty', () => {
    const missing = all.flatMap(({ path, text }) =>
      languageCodes.filter((lng) => typeof text[lng] !== 'string' || (text[lng] as string).trim() === '').map((lng) => `${path}.${lng}`),
    );
    expect(missing).toEqual([]);
  });

  it('has no language left in Dutch', () => {
    const untranslated = all.flatMap(({ path, text }) => languageCodes.filter((lng) => lng !== 'nl' && text[lng] === text.nl).map((lng) => `${path}.${lng}`));
    expect(untranslated).toEqual([]);
  });

  it('writes Arabic in Arabic script and Ukrainian in Cyrillic', () => {
    for (const { path, text } of all) {
      expect(text.ar, path).toMatch(/[\u0600-\u06FF]/);
      expect(text.uk, path).toMatch(/[\u0400-\u04FF]/);
    }
  });

  it('is refused as a whole when one language misses one text', () => {
    const broken = structuredClone(definition) as { sections: Array<{ questions: Array<{ text: Record<string, string> }> }> };
    delete broken.sections[0]!.questions[0]!.text.pl;
    const check = validateDefinition(broken);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.errors.join('\n')).toMatch(/pl/);
  });
});
