import { toJsonResume } from './json-resume.ts';
import type { CvProfileInput, ResolvedCv } from './schemas.ts';

/** A safe file name from a title: letters, digits and dashes. */
export function fileNameOf(title: string, suffix = 'json'): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'cv'}.${suffix}`;
}

/** One CV as JSON Resume: only its entries, with the tailored texts, personalia as chosen. */
export function resolvedToJsonResume(cv: ResolvedCv) {
  const profile: CvProfileInput = { personalia: cv.personalia, profileText: cv.profileText, entries: cv.entries, customSections: cv.customSections, kept: {} };
  return toJsonResume(profile, { language: cv.language, lastModified: cv.updatedAt });
}
