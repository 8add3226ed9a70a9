import { documentText, formatPartialDate, formatPeriod } from './document-text.ts';
import { sectionKeys, type CvEntry, type ResolvedCv, type SectionKey } from './schemas.ts';
import { countryName } from './countries.ts';

/**
 * A CV as the reader gets it — the words, order and headings, in the CV's language — made once
 * and drawn twice: as HTML for the screen and print (`CvDocument`) and as a Word file (`docx.ts`),
 * so both always say the same.
 */
export type OutlineEntry = {
  id: string;
  /** "april 2019 – heden", or ''. */
  period: string;
  title: string;
  /** Languages: the level, with the fluency as written ("moedertaal (Native speaker)"). */
  level: string;
  /** Smaller lines under the title: where, diploma, keywords, courses, a web address. */
  lines: string[];
  text: string;
  /** Highlights. */
  bullets: string[];
};
export type OutlineSection = { key: string; section: SectionKey | 'profile'; title: string; entries: OutlineEntry[] };
export type CvOutline = {
  language: ResolvedCv['language'];
  templateId: ResolvedCv['templateId'];
  name: string;
  label: string;
  contact: string[];
  facts: Array<{ term: string; value: string }>;
  photo: string | null;
  photoAlt: string;
  sections: OutlineSection[];
};

const DATED = new Set<SectionKey>(['work', 'volunteer', 'education', 'course', 'award', 'project', 'publication', 'custom']);
const RUNNING = new Set<SectionKey>(['work', 'volunteer', 'education', 'project']);

function outlineEntry(entry: CvEntry, language: ResolvedCv['language']): OutlineEntry {
  const text = documentText[language];
  const list = (label: string, values: readonly string[]) => (values.length > 0 ? `${label}: ${values.join(', ')}` : '');
  const title = [entry.studyType, entry.title].filter(Boolean).join(' – ') || entry.organisation;
  const level = entry.section === 'language' ? [entry.level ? text.levels[entry.level] : '', entry.fluency && entry.level ? `(${entry.fluency})` : entry.fluency].filter(Boolean).join(' ') : '';
  const lines = [
    [entry.organisation, entry.place].filter(Boolean).join(', '),
    entry.section === 'education' && entry.diploma !== null ? (entry.diploma ? text.diploma.yes : text.diploma.no) : '',
    list(text.keywords, entry.keywords),
    list(text.courses, entry.courses),
    entry.url,
  ];
  return {
    id: entry.id,
    period: DATED.has(entry.section) ? formatPeriod(entry.startDate, entry.endDate, language, RUNNING.has(entry.section)) : '',
    title,
    level,
    lines: lines.filter((l) => l && l !== title),
    text: entry.description,
    bullets: entry.highlights,
  };
}

export function cvOutline(cv: ResolvedCv): CvOutline {
  const text = documentText[cv.language];
  const p = cv.personalia;
  const sections: OutlineSection[] = [];
  if (cv.profileText) {
    sections.push({ key: 'profile', section: 'profile', title: text.sections.profile, entries: [{ id: 'profile', period: '', title: '', level: '', lines: [], text: cv.profileText, bullets: [] }] });
  }
  const add = (key: string, section: SectionKey, title: string, entries: CvEntry[]) => {
    if (entries.length > 0) sections.push({ key, section, title, entries: entries.map((e) => outlineEntry(e, cv.language)) });
  };
  for (const section of sectionKeys) {
    if (section === 'custom') {
      for (const custom of cv.customSections) add(custom.id, section, custom.title, cv.entries.filter((e) => e.section === 'custom' && e.customSectionId === custom.id));
    } else {
      add(section, section, text.sections[section], cv.entries.filter((e) => e.section === section));
    }
  }
  const facts = [
    p.drivingLicences.length > 0 ? { term: text.drivingLicence, value: p.drivingLicences.join(', ') } : null,
    p.dateOfBirth ? { term: text.dateOfBirth, value: formatPartialDate(p.dateOfBirth, cv.language) } : null,
  ].filter((f) => f !== null);
  return {
    language: cv.language,
    templateId: cv.templateId,
    name: p.name,
    label: p.label,
    contact: [
      p.address,
      [p.postalCode, p.town].filter(Boolean).join(' '),
      p.region,
      countryName(p.countryCode, cv.language),
      p.phone,
      p.email,
      p.website,
      ...p.profiles.map((l) => [l.network, l.username || l.url].filter(Boolean).join(': ')),
    ].filter(Boolean),
    facts,
    photo: p.photo,
    photoAlt: text.photoAlt(p.name),
    sections,
  };
}
