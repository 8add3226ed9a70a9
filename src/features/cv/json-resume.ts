import { isPartialDate } from '#src/shared/lib/partial-date.ts';
import { safeWebUrl } from '#src/shared/lib/url.ts';
import {
  blankEntry,
  cvProfileInputSchema,
  drivingLicenceSchema,
  sectionKeys,
  type CvEntry,
  type CvProfileInput,
  type KeptFields,
  type LanguageLevel,
  type ProfileKept,
  type ProfileLink,
  type SectionKey,
} from './schemas.ts';

/**
 * JSON Resume (https://jsonresume.org/schema, v1) both ways, without losing a word: every field of
 * the schema is either shown on the CV or kept in the master profile (`kept`), and written back as
 * it came. Fields of other tools (the schema allows additional properties everywhere) are kept too.
 * What is ours and has no standard place goes under `x-werkmap`: per entry its id and such fields;
 * in `basics` date of birth, photo choices and driving licences; in `meta` the custom sections.
 * Normalisations (the README lists them): texts are trimmed; empty texts, lists and objects are left
 * out; `x-werkmap` is added; `$schema` is added when missing.
 * Pure functions: no I/O, no ajv (the schema check runs in the tests only).
 */

export const JSON_RESUME_SCHEMA = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';
export const X = 'x-werkmap';
/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 1024 * 1024;
const MAX_ITEMS = 200;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (isObj(v) && Object.keys(v).length === 0);
const clean = <T extends Obj>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => !isEmpty(v))) as T;

// ---------------------------------------------------------------------------
// The mapping: one table for both directions
// ---------------------------------------------------------------------------

type Kind = 'text' | 'date' | 'url' | 'lines';
/** Where a standard field goes: a field of our entry, or null (kept as it came). */
type FieldSpec = { kind: Kind; to: keyof CvEntry | null };

export const jsonSections = ['work', 'volunteer', 'education', 'certificates', 'awards', 'projects', 'publications', 'skills', 'languages', 'interests', 'references'] as const;
export type JsonSection = (typeof jsonSections)[number];

type SectionSpec = { section: Exclude<SectionKey, 'custom'>; title: string; name: readonly string[]; fields: Record<string, FieldSpec> };

const f = (kind: Kind, to: keyof CvEntry | null): FieldSpec => ({ kind, to });

/** Per JSON Resume section: our section, the field that is the entry's title (required), the fields naming it in messages, and every field. */
export const MAPPING: Record<JsonSection, SectionSpec> = {
  work: {
    section: 'work',
    title: 'position',
    name: ['name', 'position'],
    fields: { name: f('text', 'organisation'), position: f('text', 'title'), location: f('text', 'place'), url: f('url', 'url'), startDate: f('date', 'startDate'), endDate: f('date', 'endDate'), summary: f('text', 'description'), highlights: f('lines', 'highlights'), description: f('text', null) },
  },
  volunteer: {
    section: 'volunteer',
    title: 'position',
    name: ['organization', 'position'],
    // `location` is not in the schema for volunteer work; ours goes there (an additional property)
    fields: { organization: f('text', 'organisation'), position: f('text', 'title'), location: f('text', 'place'), url: f('url', 'url'), startDate: f('date', 'startDate'), endDate: f('date', 'endDate'), summary: f('text', 'description'), highlights: f('lines', 'highlights') },
  },
  education: {
    section: 'education',
    title: 'area',
    name: ['institution', 'area'],
    fields: { institution: f('text', 'organisation'), area: f('text', 'title'), studyType: f('text', 'studyType'), location: f('text', 'place'), url: f('url', 'url'), startDate: f('date', 'startDate'), endDate: f('date', 'endDate'), score: f('text', null), courses: f('lines', 'courses') },
  },
  certificates: {
    section: 'course',
    title: 'name',
    name: ['name', 'issuer'],
    fields: { name: f('text', 'title'), issuer: f('text', 'organisation'), date: f('date', 'endDate'), url: f('url', 'url') },
  },
  awards: {
    section: 'award',
    title: 'title',
    name: ['title', 'awarder'],
    fields: { title: f('text', 'title'), awarder: f('text', 'organisation'), date: f('date', 'endDate'), summary: f('text', 'description') },
  },
  projects: {
    section: 'project',
    title: 'name',
    name: ['name', 'entity'],
    fields: { name: f('text', 'title'), entity: f('text', 'organisation'), description: f('text', 'description'), highlights: f('lines', 'highlights'), keywords: f('lines', 'keywords'), startDate: f('date', 'startDate'), endDate: f('date', 'endDate'), url: f('url', 'url'), roles: f('lines', null), type: f('text', null) },
  },
  publications: {
    section: 'publication',
    title: 'name',
    name: ['name', 'publisher'],
    fields: { name: f('text', 'title'), publisher: f('text', 'organisation'), releaseDate: f('date', 'endDate'), url: f('url', 'url'), summary: f('text', 'description') },
  },
  skills: { section: 'skill', title: 'name', name: ['name'], fields: { name: f('text', 'title'), level: f('text', 'description'), keywords: f('lines', 'keywords') } },
  languages: { section: 'language', title: 'language', name: ['language'], fields: { language: f('text', 'title'), fluency: f('text', 'fluency') } },
  interests: { section: 'interest', title: 'name', name: ['name'], fields: { name: f('text', 'title'), keywords: f('lines', 'keywords') } },
  references: { section: 'reference', title: 'name', name: ['name'], fields: { name: f('text', 'title'), reference: f('text', 'description') } },
};

const jsonSectionOf = Object.fromEntries(jsonSections.map((j) => [MAPPING[j].section, j])) as Record<Exclude<SectionKey, 'custom'>, JsonSection>;

/** Entry fields that are never written as such (the section is the list; kept is spread back). */
const NOT_EXPORTED = new Set<keyof CvEntry>(['section', 'kept', 'customSectionId']);
const EMPTY_ENTRY = blankEntry('x', 'work');
const isDefault = (key: keyof CvEntry, value: unknown) => JSON.stringify(EMPTY_ENTRY[key]) === JSON.stringify(value);

const FLUENCY: Record<LanguageLevel, { nl: string; en: string }> = {
  native: { nl: 'Moedertaal', en: 'Native speaker' },
  C2: { nl: 'C2 – uitstekend', en: 'C2 – proficient' },
  C1: { nl: 'C1 – zeer goed', en: 'C1 – advanced' },
  B2: { nl: 'B2 – goed', en: 'B2 – upper intermediate' },
  B1: { nl: 'B1 – redelijk', en: 'B1 – intermediate' },
  A2: { nl: 'A2 – basis', en: 'A2 – elementary' },
  A1: { nl: 'A1 – beginner', en: 'A1 – beginner' },
};

// ---------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------

function entryToJson(e: CvEntry, language: 'nl' | 'en'): Obj {
  const spec = MAPPING[jsonSectionOf[e.section as Exclude<SectionKey, 'custom'>]];
  const out: Obj = { ...e.kept };
  const carried = new Set<keyof CvEntry>();
  for (const [key, field] of Object.entries(spec.fields)) {
    if (!field.to) continue;
    carried.add(field.to);
    out[key] = e[field.to];
  }
  const x: Obj = {};
  if (e.section === 'language' && !e.fluency) {
    // the fluency other tools read: the level in words, or the person's own explanation
    const made = e.level ? FLUENCY[e.level][language] : e.description;
    if (made) {
      out.fluency = made;
      x.fluencyMade = true;
    }
  }
  for (const key of Object.keys(e) as Array<keyof CvEntry>) {
    if (carried.has(key) || NOT_EXPORTED.has(key) || isDefault(key, e[key])) continue;
    x[key] = e[key];
  }
  x.id = e.id;
  return clean({ ...out, [X]: { ...(isObj(e.kept[X]) ? e.kept[X] : {}), ...x } });
}

/** Our profile as a JSON Resume document (`language` picks the words for language levels). */
export function toJsonResume(profile: CvProfileInput, { language = 'nl' as 'nl' | 'en', lastModified }: { language?: 'nl' | 'en'; lastModified?: string } = {}) {
  const p = profile.personalia;
  const kept = profile.kept;
  const sections = Object.fromEntries(
    jsonSections.map((j) => [j, profile.entries.filter((e) => e.section === MAPPING[j].section).map((e) => entryToJson(e, language))]),
  ) as Record<JsonSection, Obj[]>;
  const { meta: keptMeta, ...root } = kept.root ?? {};
  return {
    $schema: JSON_RESUME_SCHEMA,
    ...root,
    basics: clean({
      ...kept.basics,
      name: p.name,
      label: p.label,
      image: p.showPhoto && p.photo ? p.photo : p.imageUrl,
      email: p.email,
      phone: p.phone,
      url: p.website,
      summary: profile.profileText,
      location: clean({ ...kept.location, address: p.address, postalCode: p.postalCode, city: p.town, countryCode: p.countryCode, region: p.region }),
      profiles: p.profiles.map((l) => clean({ ...l.kept, network: l.network, username: l.username, url: l.url })),
      [X]: clean({
        dateOfBirth: p.dateOfBirth ?? undefined,
        showDateOfBirth: p.showDateOfBirth,
        photo: p.photo ?? undefined,
        showPhoto: p.showPhoto,
        drivingLicences: p.drivingLicences,
      }),
    }),
    ...clean(sections),
    meta: {
      ...(isObj(keptMeta) ? keptMeta : clean({ version: 'v1.0.0', lastModified })),
      [X]: {
        format: 2,
        ...(isObj(keptMeta) ? {} : { metaMade: true }),
        customSections: profile.customSections.map((s) => ({
          ...s,
          entries: profile.entries
            .filter((e) => e.section === 'custom' && e.customSectionId === s.id)
            .map((e) => clean({ id: e.id, title: e.title, organisation: e.organisation, place: e.place, startDate: e.startDate, endDate: e.endDate, description: e.description, sourcePortfolioItemId: e.sourcePortfolioItemId })),
        })),
      },
    },
  };
}
export type JsonResume = ReturnType<typeof toJsonResume>;

// ---------------------------------------------------------------------------
// Import: check every value against the official schema, say all that is wrong at once, naming
// the entry; an entry without its required field comes in as a draft ("Vul dit aan").
// ---------------------------------------------------------------------------

/** Where a problem is: the file, the personal details, or the n-th entry (from 1) of a section. */
export type ProblemPlace = { kind: 'file' } | { kind: 'basics' } | { kind: 'entry'; section: JsonSection | 'profiles' | 'custom'; n: number; name: string };
export type ProblemCode = 'notText' | 'notList' | 'notObject' | 'badDate' | 'badUrl' | 'tooMany' | 'rule' | 'tooBig' | 'notJson';
/** One problem; `field` is the JSON Resume field name, `message` (code 'rule') an i18n key of our own rules. */
export type ImportProblem = { code: ProblemCode; place: ProblemPlace; field?: string; value?: string; message?: string };

export type ImportReport = {
  /** Entries taken over, per section (in the CV's order). */
  counts: Array<{ section: SectionKey; count: number }>;
  /** Kept in the profile, not shown on a CV: per place, the field names. */
  kept: Array<{ place: ProblemPlace; fields: string[] }>;
  /** Entries that came in as drafts: which required field was missing. */
  drafts: Array<{ place: ProblemPlace; field: string }>;
};
export type ImportResult = { ok: true; profile: CvProfileInput; report: ImportReport } | { ok: false; problems: ImportProblem[] };

const FILE: ProblemPlace = { kind: 'file' };
const BASICS: ProblemPlace = { kind: 'basics' };

function guessLevel(fluency: string): LanguageLevel | null {
  const cefr = /\b([ABC][12])\b/i.exec(fluency);
  if (cefr) return cefr[1]!.toUpperCase() as LanguageLevel;
  if (/moedertaal|native|mother/i.test(fluency)) return 'native';
  return null;
}

class Reader {
  problems: ImportProblem[] = [];
  report: ImportReport = { counts: [], kept: [], drafts: [] };

  /** A standard field's value, or undefined (absent or wrong: then a problem). */
  read(value: unknown, kind: Kind, place: ProblemPlace, field: string): unknown {
    if (value === undefined) return undefined;
    const problem = (code: ProblemCode, v?: unknown) => {
      this.problems.push({ code, place, field, value: typeof v === 'string' ? v : undefined });
      return undefined;
    };
    if (kind === 'lines') {
      if (!Array.isArray(value)) return problem('notList');
      if (value.some((v) => typeof v !== 'string')) return problem('notText');
      return value.map((v: string) => v.trim());
    }
    if (typeof value !== 'string') return problem('notText');
    const text = value.trim();
    if (kind === 'date' && text === '') return undefined;
    if (kind === 'date' && !isPartialDate(text)) return problem('badDate', value);
    if (kind === 'url' && text !== '' && !safeWebUrl(text)) return problem('badUrl', value);
    return text;
  }

  /** A list of objects; wrong shapes are problems. */
  list(value: unknown, place: (n: number) => ProblemPlace, field: string): Obj[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.problems.push({ code: 'notList', place: FILE, field });
      return [];
    }
    if (value.length > MAX_ITEMS) this.problems.push({ code: 'tooMany', place: FILE, field });
    return value.slice(0, MAX_ITEMS).filter((item, i) => {
      if (isObj(item)) return true;
      this.problems.push({ code: 'notObject', place: place(i + 1) });
      return false;
    });
  }

  object(value: unknown, place: ProblemPlace, field: string): Obj {
    if (value === undefined) return {};
    if (isObj(value)) return value;
    this.problems.push({ code: 'notObject', place, field });
    return {};
  }

  keep(place: ProblemPlace, kept: KeptFields) {
    const fields = Object.keys(kept).filter((k) => k !== X && !isEmpty(kept[k]));
    if (fields.length > 0) this.report.kept.push({ place, fields });
  }
}

const nameOf = (item: Obj, keys: readonly string[]) => keys.map((k) => item[k]).find((v): v is string => typeof v === 'string' && v.trim() !== '')?.trim() ?? '';

/**
 * Reads a JSON Resume document (already parsed JSON) into our profile and a report of what came
 * in, or lists every problem. `newId` makes ids for entries that did not come from us.
 */
export function fromJsonResume(raw: unknown, newId: () => string): ImportResult {
  const r = new Reader();
  if (!isObj(raw)) return { ok: false, problems: [{ code: 'notObject', place: FILE }] };
  const ids = new Set<string>();
  const idOf = (x: unknown) => {
    const own = isObj(x) && typeof x.id === 'string' && /^[A-Za-z0-9_-]{1,100}$/.test(x.id) && !ids.has(x.id) ? x.id : newId();
    ids.add(own);
    return own;
  };
  const entries: CvEntry[] = [];
  const origin = new Map<string, ProblemPlace>();

  for (const j of jsonSections) {
    const spec = MAPPING[j];
    const placeOf = (n: number, item: Obj = {}): ProblemPlace => ({ kind: 'entry', section: j, n, name: nameOf(item, spec.name) });
    const items = r.list(raw[j], (n) => placeOf(n), j);
    items.forEach((item, i) => {
      const place = placeOf(i + 1, item);
      const x = isObj(item[X]) ? item[X] : undefined;
      const entry: CvEntry = { ...blankEntry(idOf(x), spec.section) };
      const kept: KeptFields = {};
      for (const [key, value] of Object.entries(item)) {
        if (key === X) continue;
        const field = spec.fields[key];
        if (!field) {
          kept[key] = value;
          continue;
        }
        const read = r.read(value, field.kind, place, key);
        if (read === undefined) continue;
        if (field.to) Object.assign(entry, { [field.to]: read });
        else kept[key] = read;
      }
      // our own fields back from x-werkmap (checked by our schema below)
      if (x) {
        for (const [key, value] of Object.entries(x)) {
          if (key in EMPTY_ENTRY && !NOT_EXPORTED.has(key as keyof CvEntry) && key !== 'id') Object.assign(entry, { [key]: value });
        }
        const own = Object.fromEntries(Object.entries(x).filter(([key]) => !(key in EMPTY_ENTRY) && key !== 'fluencyMade'));
        if (Object.keys(own).length > 0) kept[X] = own;
      }
      if (spec.section === 'language') {
        if (x?.fluencyMade === true) entry.fluency = '';
        else if (!x || !('level' in x)) entry.level = guessLevel(entry.fluency);
      }
      if (!entry.title && !entry.draft) {
        entry.draft = true;
        r.report.drafts.push({ place, field: spec.title });
      }
      entry.kept = kept;
      r.keep(place, kept);
      origin.set(entry.id, place);
      entries.push(entry);
    });
  }

  // custom sections (ours)
  const meta = r.object(raw.meta, FILE, 'meta');
  const mx = isObj(meta[X]) ? meta[X] : {};
  const customSections: CvProfileInput['customSections'] = [];
  const rawSections = Array.isArray(mx.customSections) ? mx.customSections.filter(isObj) : [];
  for (const rawSection of rawSections) {
    const id = idOf(rawSection);
    customSections.push({ id, title: typeof rawSection.title === 'string' ? rawSection.title : '' });
    const list = Array.isArray(rawSection.entries) ? rawSection.entries.filter(isObj) : [];
    list.forEach((e, i) => {
      const entry: CvEntry = { ...blankEntry(idOf(e), 'custom', id) };
      for (const key of ['title', 'organisation', 'place', 'startDate', 'endDate', 'description', 'sourcePortfolioItemId'] as const) {
        if (e[key] !== undefined) Object.assign(entry, { [key]: e[key] });
      }
      origin.set(entry.id, { kind: 'entry', section: 'custom', n: i + 1, name: nameOf(e, ['title']) });
      entries.push(entry);
    });
  }

  // basics
  const b = r.object(raw.basics, FILE, 'basics');
  const bx = isObj(b[X]) ? b[X] : {};
  const text = (key: string, kind: Kind = 'text', from: Obj = b, place: ProblemPlace = BASICS) => (r.read(from[key], kind, place, key) as string | undefined) ?? '';
  const location = r.object(b.location, BASICS, 'location');
  const image = text('image');
  const dataImage = image.startsWith('data:image/');
  const profiles: ProfileLink[] = r.list(b.profiles, (n) => ({ kind: 'entry', section: 'profiles', n, name: '' }), 'profiles').map((item, i) => {
    const place: ProblemPlace = { kind: 'entry', section: 'profiles', n: i + 1, name: nameOf(item, ['network', 'username']) };
    const { network, username, url, ...rest } = item;
    r.keep(place, rest);
    return { network: text('network', 'text', { network }, place), username: text('username', 'text', { username }, place), url: text('url', 'url', { url }, place), kept: rest };
  });
  const photo = (typeof bx.photo === 'string' ? bx.photo : '') || (dataImage ? image : '');
  const name = text('name');
  const personalia = {
    name,
    label: text('label'),
    town: text('city', 'text', location),
    address: text('address', 'text', location),
    postalCode: text('postalCode', 'text', location),
    region: text('region', 'text', location),
    countryCode: text('countryCode', 'text', location),
    phone: text('phone'),
    email: text('email'),
    website: text('url', 'url'),
    imageUrl: dataImage ? '' : image,
    profiles,
    dateOfBirth: typeof bx.dateOfBirth === 'string' ? bx.dateOfBirth : null,
    showDateOfBirth: bx.showDateOfBirth === true,
    photo: photo || null,
    showPhoto: bx.showPhoto === true || (!isObj(b[X]) && dataImage),
    drivingLicences: Array.isArray(bx.drivingLicences) ? bx.drivingLicences.filter((v) => drivingLicenceSchema.safeParse(v).success) : [],
  };
  const STANDARD_BASICS = new Set(['name', 'label', 'image', 'email', 'phone', 'url', 'summary', 'location', 'profiles', X]);
  const STANDARD_LOCATION = new Set(['address', 'postalCode', 'city', 'countryCode', 'region']);
  const STANDARD_ROOT = new Set(['$schema', 'basics', ...jsonSections]);
  const keptBasics = Object.fromEntries(Object.entries(b).filter(([k]) => !STANDARD_BASICS.has(k)));
  const keptLocation = Object.fromEntries(Object.entries(location).filter(([k]) => !STANDARD_LOCATION.has(k)));
  const { [X]: _ours, ...keptMeta } = meta;
  const keptRoot: KeptFields = Object.fromEntries(Object.entries(raw).filter(([k]) => !STANDARD_ROOT.has(k) && k !== 'meta'));
  if (raw.$schema !== undefined && raw.$schema !== JSON_RESUME_SCHEMA) keptRoot.$schema = raw.$schema;
  // a meta we made is made again on export; another tool's is kept as it came
  if (raw.meta !== undefined && mx.metaMade !== true) keptRoot.meta = keptMeta;
  if (!dataImage && image) r.report.kept.push({ place: BASICS, fields: ['image'] });
  r.keep(BASICS, { ...keptBasics, ...keptLocation });
  r.keep(FILE, keptRoot);
  const kept: ProfileKept = clean({ root: keptRoot, basics: keptBasics, location: keptLocation });

  const candidate = { personalia, profileText: text('summary'), entries, customSections, kept };
  // our own rules last (lengths, e-mail, phone): each problem named by its entry
  const checked = cvProfileInputSchema.safeParse(candidate);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const [top, index, field] = issue.path;
      const place = top === 'entries' && typeof index === 'number' ? (origin.get(entries[index]?.id ?? '') ?? FILE) : top === 'personalia' || top === 'profileText' ? BASICS : FILE;
      const jsonField = top === 'entries' && typeof index === 'number' ? jsonFieldOf(entries[index]!, String(field)) : top === 'profileText' ? 'summary' : String(index ?? top);
      r.problems.push({ code: 'rule', place, field: jsonField, message: issue.message.startsWith('validation.') ? issue.message : 'import.invalid' });
    }
  }
  if (r.problems.length > 0 || !checked.success) return { ok: false, problems: r.problems };
  const counts = sectionKeys.map((section) => ({ section, count: checked.data.entries.filter((e) => e.section === section).length })).filter((c) => c.count > 0);
  return { ok: true, profile: checked.data, report: { ...r.report, counts } };
}

/** The JSON Resume name of one of our fields in an entry (for messages). */
function jsonFieldOf(entry: CvEntry, field: string): string {
  if (entry.section === 'custom') return field;
  const spec = MAPPING[jsonSectionOf[entry.section]];
  return Object.entries(spec.fields).find(([, s]) => s.to === field)?.[0] ?? field;
}

/** Reads a chosen file: size limit first, then JSON, then the mapping. */
export async function readJsonResumeFile(file: Pick<File, 'size' | 'text'>, newId: () => string): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, problems: [{ code: 'tooBig', place: FILE }] };
  let raw: unknown;
  try {
    raw = JSON.parse(await file.text());
  } catch {
    return { ok: false, problems: [{ code: 'notJson', place: FILE }] };
  }
  return fromJsonResume(raw, newId);
}

// ---------------------------------------------------------------------------
// Add or replace
// ---------------------------------------------------------------------------

/**
 * What the profile becomes: `replace` takes the file as it is; `add` keeps everything there is,
 * adds the file's entries after the existing ones of each section, and fills only empty personal
 * details (the person's own name, text and details win).
 */
export function combineProfiles(current: CvProfileInput, imported: CvProfileInput, mode: 'add' | 'replace', newId: () => string): CvProfileInput {
  if (mode === 'replace') return imported;
  const taken = new Set(current.entries.map((e) => e.id).concat(current.customSections.map((s) => s.id)));
  const fresh = (id: string) => (taken.has(id) ? newId() : id);
  const sectionIds = new Map(imported.customSections.map((s) => [s.id, fresh(s.id)]));
  const added = imported.entries.map((e) => ({ ...e, id: fresh(e.id), customSectionId: e.customSectionId === null ? null : (sectionIds.get(e.customSectionId) ?? null) }));
  const rank = (e: CvEntry) => sectionKeys.indexOf(e.section);
  const entries = [...current.entries, ...added].map((e, i) => ({ e, i })).sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i).map(({ e }) => e);
  const personalia = { ...current.personalia };
  for (const key of Object.keys(personalia) as Array<keyof typeof personalia>) {
    if (isEmpty(personalia[key]) && !isEmpty(imported.personalia[key])) Object.assign(personalia, { [key]: imported.personalia[key] });
  }
  return {
    personalia,
    profileText: current.profileText || imported.profileText,
    entries,
    customSections: [...current.customSections, ...imported.customSections.map((s) => ({ ...s, id: sectionIds.get(s.id)! }))],
    kept: {
      root: { ...imported.kept.root, ...current.kept.root },
      basics: { ...imported.kept.basics, ...current.kept.basics },
      location: { ...imported.kept.location, ...current.kept.location },
    },
  };
}
