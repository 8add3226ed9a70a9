import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import sample from '@jsonresume/schema/sample.resume.json' with { type: 'json' };
import nlCvExchange from '#src/locales/nl/cvExchange.json' with { type: 'json' };
import { fromJsonResume } from './json-resume.ts';
import { importTexts } from './import-text.ts';

async function dutch() {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'nl', resources: { nl: { cvExchange: nlCvExchange } }, defaultNS: 'cvExchange', interpolation: { escapeValue: false } });
  const t = i18n.getFixedT('nl', 'cvExchange') as unknown as (key: string, values?: Record<string, unknown>) => string;
  return importTexts(t, (key) => i18n.exists(key), (message) => message);
}

let n = 0;
const newId = () => `id-${++n}`;

describe('the import report in words', () => {
  it('names every kept field of the official sample in Dutch, with its entry', async () => {
    const text = await dutch();
    const result = fromJsonResume({ ...sample, basics: { ...sample.basics, image: 'https://example.com/me.jpg' } }, newId);
    if (!result.ok) throw new Error('the sample is in order');
    const lines = result.report.kept.flatMap((k) => k.fields.map((f) => text.kept(k.place, f)));
    expect(lines).toEqual([
      'Over de werkgever bij je 1e baan (Pied Piper)',
      'Score bij je 1e opleiding (University of Oklahoma)',
      'Je rollen bij je 1e project (Miss Direction)',
      'Soort project bij je 1e project (Miss Direction)',
      'Het webadres van je foto',
      'Gegevens over het bestand',
    ]);
  });

  it('says "Ander veld" with the raw name for a field it does not know', async () => {
    const text = await dutch();
    expect(text.kept({ kind: 'entry', section: 'education', n: 2, name: '' }, 'score')).toBe('Score bij je 2e opleiding');
    expect(text.kept({ kind: 'entry', section: 'work', n: 1, name: 'Hooli' }, 'teamSize')).toBe('Ander veld bij je 1e baan (Hooli): teamSize');
    expect(text.kept({ kind: 'basics' }, 'pronouns')).toBe('Ander veld bij je persoonlijke gegevens: pronouns');
    expect(text.kept({ kind: 'file' }, '$schema')).toBe('De versie van het bestand');
  });

  it('names the section, not its JSON name, when a file has more than 200 entries', async () => {
    const text = await dutch();
    const result = fromJsonResume({ basics: { name: 'Jayden' }, work: Array.from({ length: 201 }, () => ({ position: 'Kok' })) }, newId);
    if (result.ok) throw new Error('more than 200 is refused');
    expect(result.problems.map(text.problem)).toEqual(['Het bestand: bij werkervaring staan meer dan 200 onderdelen.']);
  });
});
