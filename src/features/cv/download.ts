import { toJsonResume } from './json-resume.ts';
import type { CvProfileInput, ResolvedCv } from './schemas.ts';

/** Offers a JSON document as a file download (works offline: nothing leaves the device). */
export function downloadJson(fileName: string, value: unknown): void {
  const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

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
  const profile: CvProfileInput = { personalia: cv.personalia, profileText: cv.profileText, entries: cv.entries, customSections: cv.customSections };
  return toJsonResume(profile, { language: cv.language, lastModified: cv.updatedAt });
}
