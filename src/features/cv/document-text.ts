import { formatPartialDate as formatPartial } from '#src/shared/lib/partial-date.ts';
import type { CvLanguage, LanguageLevel, SectionKey } from './schemas.ts';

/**
 * The words printed ON a CV, in the CV's own language (Dutch or English), whatever language the
 * app is shown in: an English CV is its own CV with English headings. These are document content,
 * not interface text, so they live here and not in the locale files.
 */
export type DocumentText = {
  sections: Record<Exclude<SectionKey, 'custom'>, string> & { profile: string; personal: string };
  present: string;
  drivingLicence: string;
  dateOfBirth: string;
  diploma: { yes: string; no: string };
  keywords: string;
  courses: string;
  levels: Record<LanguageLevel, string>;
  photoAlt: (name: string) => string;
};

export const documentText: Record<CvLanguage, DocumentText> = {
  nl: {
    sections: {
      personal: 'Personalia',
      profile: 'Profiel',
      work: 'Werkervaring',
      volunteer: 'Vrijwilligerswerk',
      education: 'Opleidingen',
      course: 'Cursussen en certificaten',
      award: 'Prijzen en onderscheidingen',
      project: 'Projecten',
      publication: 'Publicaties',
      skill: 'Vaardigheden',
      language: 'Talen',
      interest: 'Interesses',
      reference: 'Referenties',
    },
    present: 'heden',
    drivingLicence: 'Rijbewijs',
    dateOfBirth: 'Geboortedatum',
    diploma: { yes: 'Diploma behaald', no: 'Geen diploma' },
    keywords: 'Trefwoorden',
    courses: 'Vakken',
    levels: { native: 'moedertaal', C2: 'C2 (uitstekend)', C1: 'C1 (zeer goed)', B2: 'B2 (goed)', B1: 'B1 (redelijk)', A2: 'A2 (basis)', A1: 'A1 (beginner)' },
    photoAlt: (name) => `Foto van ${name}`,
  },
  en: {
    sections: {
      personal: 'Personal details',
      profile: 'Profile',
      work: 'Work experience',
      volunteer: 'Volunteer work',
      education: 'Education',
      course: 'Courses and certificates',
      award: 'Awards',
      project: 'Projects',
      publication: 'Publications',
      skill: 'Skills',
      language: 'Languages',
      interest: 'Interests',
      reference: 'References',
    },
    present: 'present',
    drivingLicence: 'Driving licence',
    dateOfBirth: 'Date of birth',
    diploma: { yes: 'Diploma obtained', no: 'No diploma' },
    keywords: 'Keywords',
    courses: 'Courses',
    levels: { native: 'native speaker', C2: 'C2 (proficient)', C1: 'C1 (advanced)', B2: 'B2 (upper intermediate)', B1: 'B1 (intermediate)', A2: 'A2 (elementary)', A1: 'A1 (beginner)' },
    photoAlt: (name) => `Photo of ${name}`,
  },
};

const LOCALE: Record<CvLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };

/** '2019' → 2019; '2019-04' → apr 2019 / Apr 2019; a full date in the CV's language. */
export function formatPartialDate(value: string, language: CvLanguage): string {
  return formatPartial(value, LOCALE[language]);
}

/** The period of an entry: "april 2019 – heden", "2016 – 2019", or one date. */
export function formatPeriod(start: string | null, end: string | null, language: CvLanguage, running: boolean): string {
  const s = start ? formatPartialDate(start, language) : '';
  const e = end ? formatPartialDate(end, language) : running && start ? documentText[language].present : '';
  if (s && e) return `${s} – ${e}`;
  return s || e;
}
