import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import schema from '@jsonresume/schema/schema.json' with { type: 'json' };
import sample from '@jsonresume/schema/sample.resume.json' with { type: 'json' };
import careerChanger from '@jsonresume/schema/examples/career-changer.resume.json' with { type: 'json' };
import newGrad from '@jsonresume/schema/examples/new-grad.resume.json' with { type: 'json' };
import seniorEngineer from '@jsonresume/schema/examples/senior-engineer.resume.json' with { type: 'json' };
import { X, combineProfiles, fromJsonResume, readJsonResumeFile, toJsonResume, MAX_IMPORT_BYTES, type ImportResult } from './json-resume.ts';
import { sampleProfile } from './fixtures.ts';

function validator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
  ajv.addFormat('uri', (v: string) => URL.canParse(v));
  return ajv.compile(schema);
}

let n = 0;
const newId = () => `new-${++n}`;
const clone = <T,>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** The normalisations the README lists: texts trimmed; empty texts, lists and objects left out; x-werkmap added. */
function normalised(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(normalised);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === X) continue;
      const n = normalised(v);
      if (n === '' || (Array.isArray(n) && n.length === 0) || (n && typeof n === 'object' && !Array.isArray(n) && Object.keys(n).length === 0)) continue;
      out[k] = n;
    }
    return out;
  }
  return value;
}

function imported(doc: unknown) {
  const result = fromJsonResume(clone(doc), newId);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

describe('JSON Resume export', () => {
  it('validates against the official schema (also with photo and date of birth shown)', () => {
    const validate = validator();
    const profile = sampleProfile();
    expect(validate(toJsonResume(profile, { lastModified: '2026-11-23T10:00:00Z' })), JSON.stringify(validate.errors)).toBe(true);
    profile.personalia.showPhoto = true;
    profile.personalia.photo = 'data:image/jpeg;base64,AAAA';
    profile.personalia.showDateOfBirth = true;
    expect(validate(toJsonResume(profile, { language: 'en' })), JSON.stringify(validate.errors)).toBe(true);
  });

  it('puts standard fields where other tools read them and extras under x-werkmap', () => {
    const doc = toJsonResume(sampleProfile());
    expect(doc.basics).toMatchObject({ name: 'Anna de Vries', location: { city: 'Groningen' }, 'x-werkmap': { drivingLicences: ['B', 'AM'] } });
    expect(doc.basics).not.toHaveProperty('image');
    // no country made up: the profile does not say one
    expect(doc.basics.location).not.toHaveProperty('countryCode');
    expect(doc.work![0]).toMatchObject({ name: 'Restaurant De Smaak', position: 'Kok', startDate: '2021-03' });
    expect(doc.work![0]).not.toHaveProperty('endDate');
    expect(doc.languages!.map((l) => l.fluency)).toEqual(['Moedertaal', 'B2 – goed', 'Goed verstaan']);
    expect(doc.certificates![0]).toMatchObject({ name: 'Sociale Hygiëne', issuer: 'SVH', date: '2022-05-01' });
    expect(JSON.stringify(doc)).not.toMatch(/bsn/i);
  });
});

describe('JSON Resume round trips', () => {
  it('profile → JSON Resume → profile is lossless', () => {
    const profile = sampleProfile();
    const back = fromJsonResume(clone(toJsonResume(profile)), newId);
    expect(back).toMatchObject({ ok: true, profile });
  });

  it.each([
    ['the official sample', sample],
    ['career changer', careerChanger],
    ['new grad', newGrad],
    ['senior engineer', seniorEngineer],
  ])('%s: export(import(x)) is x apart from the normalisations, and valid', (_name, doc) => {
    const first = imported(doc);
    const exported = clone(toJsonResume(first.profile));
    const validate = validator();
    expect(validate(exported), JSON.stringify(validate.errors)).toBe(true);
    expect(normalised(exported)).toEqual(normalised(doc));
    // and a second pass changes nothing
    expect(fromJsonResume(exported, newId)).toEqual({ ok: true, profile: first.profile, report: first.report });
  });

  it('keeps meaning: volunteer work, awards, study type, keywords, fluency and the country stay what they were', () => {
    const { profile } = imported(sample);
    const of = (section: string) => profile.entries.filter((e) => e.section === section);
    expect(of('volunteer').map((e) => [e.title, e.organisation])).toEqual([['Teacher', 'CoderDojo']]);
    expect(of('work')).toHaveLength(1);
    expect(of('award').map((e) => [e.title, e.organisation, e.endDate])).toEqual([['Digital Compression Pioneer Award', 'Techcrunch', '2014-11-01']]);
    expect(of('course')).toHaveLength(0);
    expect(of('education').map((e) => [e.studyType, e.title, e.courses])).toEqual([['Bachelor', 'Information Technology', ['DB1101 - Basic SQL', 'CS2011 - Java Introduction']]]);
    expect(of('skill').map((e) => [e.title, e.description, e.keywords])).toEqual([
      ['Web Development', 'Master', ['HTML', 'CSS', 'Javascript']],
      ['Compression', 'Master', ['Mpeg', 'MP4', 'GIF']],
    ]);
    expect(of('language').map((e) => [e.title, e.level, e.fluency])).toEqual([['English', 'native', 'Native speaker']]);
    expect(of('work')[0]!.highlights).toEqual(sample.work[0]!.highlights);
    expect(profile.personalia).toMatchObject({ label: 'Programmer', website: 'http://richardhendricks.example.com', town: 'San Francisco', countryCode: 'US', region: 'California', postalCode: 'CA 94115' });
    expect(profile.personalia.profiles.map((p) => p.network)).toEqual(['Twitter', 'SoundCloud']);
    expect(toJsonResume(profile).basics.location).toEqual(sample.basics.location);
  });
});

describe('the import report', () => {
  it('counts per section and lists what is kept but not shown', () => {
    const { report } = imported(sample);
    expect(report.counts).toEqual([
      { section: 'work', count: 1 },
      { section: 'volunteer', count: 1 },
      { section: 'education', count: 1 },
      { section: 'award', count: 1 },
      { section: 'project', count: 1 },
      { section: 'publication', count: 1 },
      { section: 'skill', count: 2 },
      { section: 'language', count: 1 },
      { section: 'interest', count: 1 },
      { section: 'reference', count: 1 },
    ]);
    expect(report.kept).toEqual([
      { place: { kind: 'entry', section: 'work', n: 1, name: 'Pied Piper' }, fields: ['description'] },
      { place: { kind: 'entry', section: 'education', n: 1, name: 'University of Oklahoma' }, fields: ['score'] },
      { place: { kind: 'entry', section: 'projects', n: 1, name: 'Miss Direction' }, fields: ['roles', 'type'] },
      { place: { kind: 'file' }, fields: ['meta'] },
    ]);
    expect(report.drafts).toEqual([]);
  });

  it('keeps fields of other tools as they came', () => {
    const doc = clone(sample) as Record<string, unknown> & typeof sample;
    Object.assign(doc.work[0]!, { teamSize: 4, tags: ['remote'] });
    Object.assign(doc, { certificatesExtra: { a: 1 } });
    const { profile, report } = imported(doc);
    expect(normalised(toJsonResume(profile))).toEqual(normalised(doc));
    expect(report.kept[0]!.fields).toEqual(['description', 'teamSize', 'tags']);
  });
});

describe('problems in a file', () => {
  const twoJobs = () => ({
    basics: { name: 'Richard Hendriks' },
    work: [
      { name: 'Hooli', position: 'Developer', startDate: '2012-01' },
      { name: 'Pied Piper', position: 'CEO', startDate: '2013-12-021', url: 'javascript:alert(1)' },
    ],
    skills: [{ name: 'Compression', keywords: 'Mpeg' }],
    languages: 'English',
  });

  it('lists every problem at once, naming the entry and the field', () => {
    const result = fromJsonResume(twoJobs(), newId);
    expect(result).toEqual({
      ok: false,
      problems: [
        { code: 'badDate', place: { kind: 'entry', section: 'work', n: 2, name: 'Pied Piper' }, field: 'startDate', value: '2013-12-021' },
        { code: 'badUrl', place: { kind: 'entry', section: 'work', n: 2, name: 'Pied Piper' }, field: 'url', value: 'javascript:alert(1)' },
        { code: 'notList', place: { kind: 'entry', section: 'skills', n: 1, name: 'Compression' }, field: 'keywords', value: undefined },
        { code: 'notList', place: { kind: 'file' }, field: 'languages' },
      ],
    } satisfies ImportResult);
  });

  it('takes an entry without its required field in as a draft, and says so', () => {
    const doc = twoJobs();
    doc.work[1] = { name: 'Pied Piper', position: '', startDate: '2013-12' } as (typeof doc.work)[number];
    doc.skills = [];
    delete (doc as Partial<typeof doc>).languages;
    const result = imported(doc);
    const draft = result.profile.entries.find((e) => e.organisation === 'Pied Piper');
    expect(draft).toMatchObject({ draft: true, title: '' });
    expect(result.report.drafts).toEqual([{ place: { kind: 'entry', section: 'work', n: 2, name: 'Pied Piper' }, field: 'position' }]);
    // and it goes out as it came in
    expect(normalised(toJsonResume(result.profile).work)).toEqual(normalised(doc.work));
  });

  it('names the entry for our own rules too (too long, e-mail), and a missing name', () => {
    const result = fromJsonResume({ basics: { email: 'geen-mail' }, skills: [{ name: 'x'.repeat(500) }] }, newId);
    expect(result).toMatchObject({
      ok: false,
      problems: [
        { code: 'rule', place: { kind: 'basics' }, field: 'name', message: 'validation.cv.name.required' },
        { code: 'rule', place: { kind: 'basics' }, field: 'email', message: 'validation.email.invalid' },
        { code: 'rule', place: { kind: 'entry', section: 'skills', n: 1 }, field: 'name', message: 'validation.cv.title.tooLong' },
      ],
    });
  });

  it('refuses files over 1 MiB without reading them, and text that is not JSON', async () => {
    const big = { size: MAX_IMPORT_BYTES + 1, text: () => Promise.reject(new Error('must not read')) };
    expect(await readJsonResumeFile(big, newId)).toEqual({ ok: false, problems: [{ code: 'tooBig', place: { kind: 'file' } }] });
    expect(await readJsonResumeFile({ size: 5, text: async () => '{nope' }, newId)).toEqual({ ok: false, problems: [{ code: 'notJson', place: { kind: 'file' } }] });
    expect(await readJsonResumeFile({ size: 2, text: async () => '[]' }, newId)).toEqual({ ok: false, problems: [{ code: 'notObject', place: { kind: 'file' } }] });
  });

  it('keeps markup as plain text', () => {
    const result = fromJsonResume({ basics: { name: '<img src=x onerror=alert(1)>' } }, newId);
    expect(result.ok && result.profile.personalia.name).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('add or replace', () => {
  it('replace takes the file; add keeps what is there and adds the entries per section', () => {
    const current = sampleProfile();
    const { profile: file } = imported(sample);
    expect(combineProfiles(current, file, 'replace', newId)).toBe(file);
    const added = combineProfiles(current, file, 'add', newId);
    expect(added.personalia.name).toBe('Anna de Vries');
    expect(added.personalia.label).toBe('Programmer');
    expect(added.profileText).toBe(current.profileText);
    expect(added.entries).toHaveLength(current.entries.length + file.entries.length);
    expect(added.entries.filter((e) => e.section === 'work').map((e) => e.title)).toEqual(['Kok', 'Afwasser', 'CEO/President']);
    expect(new Set(added.entries.map((e) => e.id)).size).toBe(added.entries.length);
    // the sections stay together, in the CV's order
    const order = added.entries.map((e) => e.section);
    expect(order.indexOf('volunteer')).toBeGreaterThan(order.lastIndexOf('work'));
    expect(order.indexOf('education')).toBeGreaterThan(order.lastIndexOf('volunteer'));
  });

  it('add with the same file twice makes new ids, never a duplicate', () => {
    const { profile } = imported(toJsonResume(sampleProfile()));
    const twice = combineProfiles(sampleProfile(), profile, 'add', newId);
    expect(new Set(twice.entries.map((e) => e.id)).size).toBe(twice.entries.length);
    expect(twice.customSections).toHaveLength(2);
    expect(twice.entries.filter((e) => e.section === 'custom').map((e) => e.customSectionId)).toEqual(twice.customSections.map((s) => s.id));
  });
});
