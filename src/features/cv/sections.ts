import { sectionKeys, sortNewestFirst, type CvEntry, type SectionKey } from './schemas.ts';

/** Dutch URL parts per section (`/cv/gegevens/werkervaring`); custom sections are `eigen-<id>`. */
export const sectionSlugs: Record<Exclude<SectionKey, 'custom'>, string> = {
  work: 'werkervaring',
  volunteer: 'vrijwilligerswerk',
  education: 'opleidingen',
  course: 'cursussen',
  award: 'prijzen',
  project: 'projecten',
  publication: 'publicaties',
  skill: 'vaardigheden',
  language: 'talen',
  interest: 'interesses',
  reference: 'referenties',
};

export const standardSections = Object.keys(sectionSlugs) as Array<Exclude<SectionKey, 'custom'>>;

export type SectionRef = { section: SectionKey; customSectionId: string | null };

export function slugOf(ref: SectionRef): string {
  return ref.section === 'custom' ? `eigen-${ref.customSectionId ?? ''}` : sectionSlugs[ref.section];
}

export function sectionFromSlug(slug: string | undefined): SectionRef | null {
  if (!slug) return null;
  if (slug.startsWith('eigen-') && slug.length > 6) return { section: 'custom', customSectionId: slug.slice(6) };
  const found = standardSections.find((s) => sectionSlugs[s] === slug);
  return found ? { section: found, customSectionId: null } : null;
}

type Lists = ReadonlyArray<'highlights' | 'keywords' | 'courses'>;
type Shape = { organisation: boolean; place: boolean; dates: 'range' | 'single' | 'none'; diploma: boolean; level: boolean; url: boolean; studyType: boolean; lists: Lists };
const shape = (dates: Shape['dates'], has: Partial<Omit<Shape, 'dates'>> = {}): Shape => ({ organisation: false, place: false, diploma: false, level: false, url: false, studyType: false, lists: [], ...has, dates });

/** Which fields an entry of a section has. */
export const entryFields: Record<SectionKey, Shape> = {
  work: shape('range', { organisation: true, place: true, url: true, lists: ['highlights'] }),
  volunteer: shape('range', { organisation: true, place: true, url: true, lists: ['highlights'] }),
  education: shape('range', { organisation: true, place: true, diploma: true, url: true, studyType: true, lists: ['courses'] }),
  course: shape('single', { organisation: true, url: true }),
  award: shape('single', { organisation: true }),
  project: shape('range', { organisation: true, url: true, lists: ['highlights', 'keywords'] }),
  publication: shape('single', { organisation: true, url: true }),
  skill: shape('none', { lists: ['keywords'] }),
  language: shape('none', { level: true }),
  interest: shape('none', { lists: ['keywords'] }),
  reference: shape('none', { organisation: true }),
  custom: shape('range', { organisation: true, place: true }),
};

/** Puts a new entry at the end of its own section's block (the profile keeps sections together). */
export function insertGrouped<T extends { section: SectionKey; customSectionId: string | null }>(entries: readonly T[], entry: T): T[] {
  const rank = (e: T) => sectionKeys.indexOf(e.section);
  let at = entries.length;
  for (let i = entries.length - 1; i >= 0; i -= 1) {
    if (rank(entries[i]!) <= rank(entry)) {
      at = i + 1;
      break;
    }
    at = i;
  }
  return [...entries.slice(0, at), entry, ...entries.slice(at)];
}

/**
 * Adds an entry to the profile: dated sections put it where "newest first" says among the
 * section's entries (kept in the person's own order otherwise); others at the end of the section.
 */
export function insertEntry(entries: readonly CvEntry[], entry: CvEntry): CvEntry[] {
  if (entryFields[entry.section].dates === 'none') return insertGrouped(entries, entry);
  const same = entries.filter((e) => e.section === entry.section && e.customSectionId === entry.customSectionId);
  const rank = sortNewestFirst([...same, entry]).indexOf(entry);
  const before = same[rank];
  if (!before) return insertGrouped(entries, entry);
  const at = entries.indexOf(before);
  return [...entries.slice(0, at), entry, ...entries.slice(at)];
}
