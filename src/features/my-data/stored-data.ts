import type { MyDataExport } from './schemas.ts';

/**
 * Turns the export into groups to show in plain words. Known collections get their own name and
 * the fields worth reading; any other collection (added later) still shows, with its record count.
 */
export type DataGroup = { collection: string; known: boolean; count: number; fields: Array<{ field: string; value: string }> };

/** Per known collection: the fields shown on the page (the JSON download has everything). */
const SHOWN: Record<string, string[]> = {
  clients: ['name', 'birthDate', 'town', 'firstLanguage'],
  profiles: ['preferredName', 'phone', 'email', 'town', 'benefitApplicationDate'],
  users: [],
  authorisations: [],
  intakeDrafts: [],
  intakeSubmissions: [],
  activities: [],
  submissions: [],
  norms: [],
  proofUploads: [],
  messages: [],
  tasks: [],
  changeLog: [],
  accessLog: [],
};

/** The order on the page: who you are first, logs last. */
const ORDER = Object.keys(SHOWN);

export function groupsOf(data: MyDataExport): DataGroup[] {
  const names = Object.keys(data.collections).sort((a, b) => {
    const ia = ORDER.indexOf(a);
    const ib = ORDER.indexOf(b);
    return (ia === -1 ? ORDER.length : ia) - (ib === -1 ? ORDER.length : ib) || a.localeCompare(b);
  });
  return names.map((collection) => {
    const records = data.collections[collection] ?? [];
    const first = records[0] ?? {};
    const fields = (SHOWN[collection] ?? [])
      .filter((field) => typeof first[field] === 'string' || typeof first[field] === 'number')
      .map((field) => ({ field, value: String(first[field]) }))
      .filter((entry) => entry.value !== '');
    return { collection, known: collection in SHOWN, count: records.length, fields };
  });
}

/** A file name with the date, e.g. `mijn-gegevens-2026-11-23.json`. */
export function exportFileName(data: MyDataExport): string {
  return `mijn-gegevens-${data.exportedAt.slice(0, 10)}.json`;
}
