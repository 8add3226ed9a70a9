import type { MyDataExport } from './schemas.ts';

/**
 * Turns the export into groups to show in plain words. Known collections get their own name and
 * the fields worth reading; any other collection (added later) still shows, with its record count.
 */
export type FieldKind = 'text' | 'date' | 'language';
export type DataGroup = {
  collection: string;
  known: boolean;
  /** Records in the group; `null` where there is one record by nature (who you are, your account). */
  count: number | null;
  fields: Array<{ field: string; value: string; kind: FieldKind }>;
};

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

/** One record by nature: a count ("1 gegeven") would say nothing. */
const SINGLE = new Set(['clients', 'profiles', 'users', 'intakeDrafts', 'norms']);

/** How a field is read: an ISO date as a date, a language code as the language's name. */
const KINDS: Record<string, FieldKind> = { birthDate: 'date', benefitApplicationDate: 'date', firstLanguage: 'language' };

/** The order on the page: who you are first, logs last, everything else in one group at the end. */
const ORDER = Object.keys(SHOWN);

export function groupsOf(data: MyDataExport): DataGroup[] {
  const known = ORDER.filter((collection) => (data.collections[collection]?.length ?? 0) > 0);
  const groups: DataGroup[] = known.map((collection) => {
    const records = data.collections[collection] ?? [];
    const first = records[0] ?? {};
    const fields = (SHOWN[collection] ?? [])
      .filter((field) => typeof first[field] === 'string' || typeof first[field] === 'number')
      .map((field) => ({ field, value: String(first[field]), kind: KINDS[field] ?? ('text' as const) }))
      .filter((entry) => entry.value !== '');
    return { collection, known: true, count: SINGLE.has(collection) ? null : records.length, fields };
  });
  // any other collection (added later, or not named here): one "Andere gegevens" group, not one per collection
  const others = Object.keys(data.collections).filter((collection) => !(collection in SHOWN));
  const count = others.reduce((sum, collection) => sum + (data.collections[collection]?.length ?? 0), 0);
  if (count > 0) groups.push({ collection: 'other', known: false, count, fields: [] });
  return groups;
}

/** A file name with the date, e.g. `mijn-gegevens-2026-11-23.json`. */
export function exportFileName(data: MyDataExport): string {
  return `mijn-gegevens-${data.exportedAt.slice(0, 10)}.json`;
}
