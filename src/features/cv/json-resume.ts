import { z } from 'zod';
import { isPartialDate } from '#src/shared/lib/partial-date.ts';
import {
  blankEntry,
  cvProfileInputSchema,
  drivingLicenceSchema,
  languageLevelSchema,
  sortNewestFirst,
  type CvEntry,
  type CvProfileInput,
  type LanguageLevel,
  type SectionKey,
} from './schemas.ts';

/**
 * JSON Resume (https://jsonresume.org/schema, v1) both ways. Standard fields carry what they can;
 * everything Dutch or ours goes under `x-werkmap` (every JSON Resume object allows additional
 * properties): per entry its id, the portfolio item it came from and fields without a standard
 * place; in `basics` date of birth, photo choices and driving licences; in `meta` custom sections.
 * Pure functions: no I/O, no ajv (the schema check runs in the tests only).
 */

export const JSON_RESUME_SCHEMA = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';
export const X = 'x-werkmap';
/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

type Obj = Record<string, unknown>;
const clean = <T extends Obj>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '' && v !== null)) as T;

const FLUENCY: Record<LanguageLevel, { nl: string; en: string }> = {
  native: { nl: 'Moedertaal', en: 'Native speaker' },
  C2: { nl: 'C2 – uitstekend', en: 'C2 – proficient' },
  C1: { nl: 'C1 – zeer goed', en: 'C1 – advanced' },
  B2: { nl: 'B2 – goed', en: 'B2 – upper intermediate' },
  B1: { nl: 'B1 – redelijk', en: 'B1 – intermediate' },
  A2: { nl: 'A2 – basis', en: 'A2 – elementary' },
  A1: { nl: 'A1 – beginner', en: 'A1 – beginner' },
};

function entryExtras(e: CvEntry, also: Obj = {}): Obj {
  return clean({ id: e.id, sourcePortfolioItemId: e.sourcePortfolioItemId ?? undefined, ...also });
}

/** Our profile as a JSON Resume document (`language` picks the words for language levels). */
export function toJsonResume(profile: CvProfileInput, { language = 'nl' as 'nl' | 'en', lastModified }: { language?: 'nl' | 'en'; lastModified?: string } = {}) {
  const p = profile.personalia;
  const of = (section: SectionKey) => profile.entries.filter((e) => e.section === section);
  return {
    $schema: JSON_RESUME_SCHEMA,
    basics: clean({
      name: p.name,
      email: p.email,
      phone: p.phone,
      summary: profile.profileText,
      image: p.showPhoto && p.photo ? p.photo : undefined,
      location: p.town ? { city: p.town, countryCode: 'NL' } : undefined,
      [X]: clean({
        dateOfBirth: p.dateOfBirth ?? undefined,
        showDateOfBirth: p.showDateOfBirth,
        photo: p.photo ?? undefined,
        showPhoto: p.showPhoto,
        drivingLicences: p.drivingLicences,
      }),
    }),
    work: of('work').map((e) =>
      clean({ name: e.organisation, position: e.title, location: e.place, startDate: e.startDate, endDate: e.endDate, summary: e.description, [X]: entryExtras(e) }),
    ),
    education: of('education').map((e) =>
      clean({
        institution: e.organisation,
        area: e.title,
        startDate: e.startDate,
        endDate: e.endDate,
        [X]: entryExtras(e, { place: e.place || undefined, description: e.description || undefined, diploma: e.diploma ?? undefined }),
      }),
    ),
    certificates: of('course').map((e) =>
      clean({
        name: e.title,
        issuer: e.organisation,
        date: e.endDate ?? e.startDate,
        [X]: entryExtras(e, { startDate: e.startDate ?? undefined, endDate: e.endDate ?? undefined, place: e.place || undefined, description: e.description || undefined }),
      }),
    ),
    skills: of('skill').map((e) => clean({ name: e.title, level: e.description, [X]: entryExtras(e) })),
    languages: of('language').map((e) =>
      clean({ language: e.title, fluency: e.level ? FLUENCY[e.level][language] : e.description, [X]: entryExtras(e, { level: e.level ?? undefined, description: e.level ? e.description || undefined : undefined }) }),
    ),
    interests: of('interest').map((e) => clean({ name: e.title, [X]: entryExtras(e, { description: e.description || undefined }) })),
    references: of('reference').map((e) => clean({ name: e.title, reference: e.description, [X]: entryExtras(e, { organisation: e.organisation || undefined }) })),
    meta: clean({
      version: 'v1.0.0',
      lastModified,
      [X]: {
        format: 1,
        customSections: profile.customSections.map((s) => ({
          ...s,
          entries: of('custom')
            .filter((e) => e.customSectionId === s.id)
            .map((e) => clean({ id: e.id, title: e.title, organisation: e.organisation, place: e.place, startDate: e.startDate, endDate: e.endDate, description: e.description, sourcePortfolioItemId: e.sourcePortfolioItemId })),
        })),
      },
    }),
  };
}
export type JsonResume = ReturnType<typeof toJsonResume>;

// ---------------------------------------------------------------------------
// Import: validate with zod (the parts we read), then map. All or nothing.
// ---------------------------------------------------------------------------

const str = z.string({ error: 'import.notText' }).optional();
const date = z.string({ error: 'import.notText' }).refine((v) => isPartialDate(v), { error: 'import.badDate' }).optional();
const extras = z.looseObject({}).optional();
const list = <S extends z.ZodType>(item: S) => z.array(item, { error: 'import.notList' }).max(200, { error: 'import.tooMany' }).optional();
const obj = <S extends z.ZodRawShape>(shape: S) => z.looseObject(shape, { error: 'import.notObject' });

export const jsonResumeImportSchema = obj({
  basics: obj({
    name: str,
    email: str,
    phone: str,
    summary: str,
    image: str,
    location: obj({ city: str }).optional(),
    [X]: extras,
  }).optional(),
  work: list(obj({ name: str, position: str, location: str, startDate: date, endDate: date, summary: str, description: str, highlights: z.array(z.string()).optional(), [X]: extras })),
  volunteer: list(obj({ organization: str, position: str, startDate: date, endDate: date, summary: str, [X]: extras })),
  education: list(obj({ institution: str, area: str, studyType: str, startDate: date, endDate: date, [X]: extras })),
  certificates: list(obj({ name: str, issuer: str, date: date, [X]: extras })),
  awards: list(obj({ title: str, awarder: str, date: date, summary: str, [X]: extras })),
  skills: list(obj({ name: str, level: str, keywords: z.array(z.string()).optional(), [X]: extras })),
  languages: list(obj({ language: str, fluency: str, [X]: extras })),
  interests: list(obj({ name: str, keywords: z.array(z.string()).optional(), [X]: extras })),
  references: list(obj({ name: str, reference: str, [X]: extras })),
  meta: obj({ [X]: extras }).optional(),
});

export type ImportProblem = { path: string; message: string };
export type ImportResult = { ok: true; profile: CvProfileInput } | { ok: false; problems: ImportProblem[] };

const pathOf = (path: readonly PropertyKey[]) =>
  path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part + 1}]` : out ? `${out}.${String(part)}` : String(part)), '');

function guessLevel(fluency: string | undefined): LanguageLevel | null {
  if (!fluency) return null;
  const cefr = /\b([ABC][12])\b/i.exec(fluency);
  if (cefr) return cefr[1]!.toUpperCase() as LanguageLevel;
  if (/moedertaal|native|mother/i.test(fluency)) return 'native';
  return null;
}

const s = (v: unknown) => (typeof v === 'string' ? v : '');
const d = (v: unknown) => (typeof v === 'string' && isPartialDate(v) ? v : null);

/**
 * Reads a JSON Resume document (already parsed JSON) into our profile, or says what is wrong.
 * `newId` makes ids for entries that did not come from us. Nothing is partly imported.
 */
export function fromJsonResume(raw: unknown, newId: () => string): ImportResult {
  const parsed = jsonResumeImportSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.slice(0, 10).map((i) => ({ path: pathOf(i.path), message: i.message.startsWith('import.') ? i.message : 'import.invalid' })) };
  }
  const doc = parsed.data;
  const ids = new Set<string>();
  const idOf = (x: Obj | undefined) => {
    const own = typeof x?.id === 'string' && /^[A-Za-z0-9_-]{1,100}$/.test(x.id) && !ids.has(x.id) ? x.id : newId();
    ids.add(own);
    return own;
  };
  const entry = (section: SectionKey, x: Obj | undefined, fields: Partial<CvEntry>): CvEntry => ({
    ...blankEntry(idOf(x), section),
    sourcePortfolioItemId: typeof x?.sourcePortfolioItemId === 'string' ? x.sourcePortfolioItemId : null,
    ...fields,
  });
  const entries: CvEntry[] = [];
  for (const w of doc.work ?? []) {
    const x = w[X];
    const description = w.summary ?? [w.description, ...(w.highlights ?? [])].filter(Boolean).join('\n');
    entries.push(entry('work', x, { title: s(w.position) || s(w.name), organisation: s(w.name), place: s(w.location), startDate: d(w.startDate), endDate: d(w.endDate), description }));
  }
  for (const v of doc.volunteer ?? []) {
    entries.push(entry('work', v[X], { title: s(v.position) || s(v.organization), organisation: s(v.organization), startDate: d(v.startDate), endDate: d(v.endDate), description: s(v.summary) }));
  }
  for (const e of doc.education ?? []) {
    const x = e[X];
    const title = [e.studyType, e.area].filter(Boolean).join(' ') || s(e.institution);
    entries.push(
      entry('education', x, {
        title: x && 'diploma' in x ? s(e.area) || title : title,
        organisation: s(e.institution),
        place: s(x?.place),
        startDate: d(e.startDate),
        endDate: d(e.endDate),
        description: s(x?.description),
        diploma: typeof x?.diploma === 'boolean' ? x.diploma : null,
      }),
    );
  }
  for (const c of doc.certificates ?? []) {
    const x = c[X];
    const dates = x ? { startDate: d(x.startDate), endDate: d(x.endDate) } : { startDate: null, endDate: d(c.date) };
    entries.push(entry('course', x, { title: s(c.name), organisation: s(c.issuer), ...dates, place: s(x?.place), description: s(x?.description) }));
  }
  for (const a of doc.awards ?? []) {
    entries.push(entry('course', a[X], { title: s(a.title), organisation: s(a.awarder), endDate: d(a.date), description: s(a.summary) }));
  }
  for (const k of doc.skills ?? []) {
    entries.push(entry('skill', k[X], { title: s(k.name), description: [k.level, (k.keywords ?? []).join(', ')].filter(Boolean).join(' – ') }));
  }
  for (const l of doc.languages ?? []) {
    const x = l[X];
    const own = languageLevelSchema.safeParse(x?.level);
    if (x) {
      entries.push(entry('language', x, { title: s(l.language), level: own.success ? own.data : null, description: own.success ? s(x.description) : s(l.fluency) }));
    } else {
      const level = guessLevel(l.fluency);
      entries.push(entry('language', x, { title: s(l.language), level, description: level ? '' : s(l.fluency) }));
    }
  }
  for (const i of doc.interests ?? []) {
    entries.push(entry('interest', i[X], { title: s(i.name), description: s(i[X]?.description) || (i.keywords ?? []).join(', ') }));
  }
  for (const r of doc.references ?? []) {
    entries.push(entry('reference', r[X], { title: s(r.name), organisation: s(r[X]?.organisation), description: s(r.reference) }));
  }
  const customSections: CvProfileInput['customSections'] = [];
  const rawSections = doc.meta?.[X]?.customSections;
  if (Array.isArray(rawSections)) {
    for (const rawSection of rawSections as Obj[]) {
      const id = idOf(rawSection);
      customSections.push({ id, title: s(rawSection.title) });
      for (const e of Array.isArray(rawSection.entries) ? (rawSection.entries as Obj[]) : []) {
        entries.push(
          entry('custom', e, {
            title: s(e.title),
            organisation: s(e.organisation),
            place: s(e.place),
            startDate: d(e.startDate),
            endDate: d(e.endDate),
            description: s(e.description),
            customSectionId: id,
          }),
        );
      }
    }
  }
  const b = doc.basics;
  const bx = b?.[X];
  const licences = Array.isArray(bx?.drivingLicences) ? bx.drivingLicences.filter((v) => drivingLicenceSchema.safeParse(v).success) : [];
  const photo = s(bx?.photo) || (typeof b?.image === 'string' && b.image.startsWith('data:image/') ? b.image : '');
  const candidate = {
    personalia: {
      name: s(b?.name),
      town: s(b?.location?.city),
      phone: s(b?.phone),
      email: s(b?.email),
      dateOfBirth: typeof bx?.dateOfBirth === 'string' ? bx.dateOfBirth : null,
      showDateOfBirth: bx?.showDateOfBirth === true,
      photo: photo || null,
      showPhoto: bx?.showPhoto === true || (!bx && Boolean(photo)),
      drivingLicences: licences,
    },
    profileText: s(b?.summary),
    entries: hasOwnOrder(doc) ? entries : sortBySection(entries),
    customSections,
  };
  // our own rules last (lengths, e-mail, phone, dates): a single problem refuses the whole file
  const checked = cvProfileInputSchema.safeParse(candidate);
  if (!checked.success) {
    return { ok: false, problems: checked.error.issues.slice(0, 10).map((i) => ({ path: describePath(candidate, i.path), message: i.message.startsWith('validation.') ? i.message : 'import.invalid' })) };
  }
  return { ok: true, profile: checked.data };
}

/** Files from us keep their order; others are put newest first per section. */
function hasOwnOrder(doc: z.infer<typeof jsonResumeImportSchema>) {
  return Boolean(doc.meta?.[X]);
}

function sortBySection(entries: CvEntry[]): CvEntry[] {
  const dated = new Set<SectionKey>(['work', 'education', 'course']);
  const out: CvEntry[] = [];
  for (const section of new Set(entries.map((e) => e.section))) {
    const list = entries.filter((e) => e.section === section);
    out.push(...(dated.has(section) ? sortNewestFirst(list) : list));
  }
  return out;
}

function describePath(candidate: { entries: CvEntry[] }, path: readonly PropertyKey[]): string {
  if (path[0] === 'entries' && typeof path[1] === 'number') {
    const e = candidate.entries[path[1]];
    return e ? `${e.section}: ${e.title || '?'} (${path.slice(2).map(String).join('.')})` : 'entries';
  }
  return path.map(String).join('.');
}

/** Reads a chosen file: size limit first, then JSON, then the mapping. */
export async function readJsonResumeFile(file: Pick<File, 'size' | 'text'>, newId: () => string): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, problems: [{ path: '', message: 'import.tooBig' }] };
  let raw: unknown;
  try {
    raw = JSON.parse(await file.text());
  } catch {
    return { ok: false, problems: [{ path: '', message: 'import.notJson' }] };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, problems: [{ path: '', message: 'import.notObject' }] };
  return fromJsonResume(raw, newId);
}
