import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import sample from '@jsonresume/schema/sample.resume.json' with { type: 'json' };
import { cvToDocx, imageSize } from './docx.ts';
import { fromJsonResume } from './json-resume.ts';
import { cvOutline } from './outline.ts';
import { resolveCv, type Cv, type CvProfileInput } from './schemas.ts';

let n = 0;
const newId = () => `id-${++n}`;

function cvOf(profile: CvProfileInput, language: Cv['language'] = 'nl'): Cv {
  return {
    id: 'cv-1',
    clientId: 'client-1',
    title: 'Alles',
    templateId: 'klassiek',
    language,
    sharedWithCoach: false,
    profileText: null,
    items: profile.entries.map((e) => ({ entryId: e.id, text: null })),
    version: 1,
    createdAt: '2026-12-01T10:00:00Z',
    updatedAt: '2026-12-01T10:00:00Z',
  };
}

/** The text of the document's paragraphs, in order. */
async function paragraphs(blob: Blob): Promise<{ texts: string[]; styles: string }> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  const xml = strFromU8(files['word/document.xml']!);
  const texts = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')).filter(Boolean);
  return { texts, styles: strFromU8(files['word/styles.xml']!) };
}

const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");

describe('the Word file of a CV', () => {
  it('has every heading and entry of the print version, in the same order and language', async () => {
    const imported = fromJsonResume(sample, newId);
    if (!imported.ok) throw new Error('sample not imported');
    const cv = resolveCv(imported.profile, cvOf(imported.profile));
    const outline = cvOutline(cv);
    const { texts, styles } = await paragraphs(await cvToDocx(outline));
    const all = texts.map(unescape);
    // every section heading, and in the print version's order
    const headings = outline.sections.map((s) => s.title);
    expect(headings).toEqual(['Profiel', 'Werkervaring', 'Vrijwilligerswerk', 'Opleidingen', 'Prijzen en onderscheidingen', 'Projecten', 'Publicaties', 'Vaardigheden', 'Talen', 'Interesses', 'Referenties']);
    const at = headings.map((h) => all.indexOf(h));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // every entry: its title, lines, text and highlights
    for (const section of outline.sections) {
      for (const entry of section.entries) {
        if (entry.title) expect(all.some((t) => t.startsWith(entry.title))).toBe(true);
        for (const line of [...entry.lines, ...entry.bullets, ...entry.text.split('\n').filter(Boolean)]) expect(all.join('\n')).toContain(line);
      }
    }
    expect(all).toContain('Richard Hendriks');
    expect(all.join('\n')).toContain('Verenigde Staten');
    expect(all.join('\n')).toContain('moedertaal (Native speaker)');
    // the document's language, for spelling and screen readers
    expect(styles).toMatch(/<w:lang w:val="nl-NL"/);
  });

  it('speaks English for an English CV', async () => {
    const imported = fromJsonResume(sample, newId);
    if (!imported.ok) throw new Error('sample not imported');
    const outline = cvOutline(resolveCv(imported.profile, cvOf(imported.profile, 'en')));
    const { texts } = await paragraphs(await cvToDocx(outline));
    expect(texts).toContain('Work experience');
    expect(texts).toContain('Volunteer work');
    expect(texts).not.toContain('Werkervaring');
  });

  it('reads the size of a PNG and a JPEG photo', () => {
    const png = new Uint8Array(24);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 0, 200]);
    expect(imageSize(png)).toEqual({ width: 256, height: 200 });
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 1, 0xe0, 1, 0x40, 3, 0, 0]);
    expect(imageSize(jpeg)).toEqual({ width: 320, height: 480 });
  });
});
