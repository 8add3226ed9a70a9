import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import schema from '@jsonresume/schema/schema.json' with { type: 'json' };
import sample from '@jsonresume/schema/sample.resume.json' with { type: 'json' };
import { fromJsonResume, readJsonResumeFile, toJsonResume, MAX_IMPORT_BYTES } from './json-resume.ts';
import { sampleProfile } from './fixtures.ts';

function validator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
  ajv.addFormat('uri', (v: string) => URL.canParse(v));
  return ajv.compile(schema);
}

let n = 0;
const newId = () => `new-${++n}`;

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
    expect(doc.work[0]).toMatchObject({ name: 'Restaurant De Smaak', position: 'Kok', startDate: '2021-03' });
    expect(doc.work[0]).not.toHaveProperty('endDate');
    expect(doc.languages.map((l) => l.fluency)).toEqual(['Moedertaal', 'B2 – goed', 'Goed verstaan']);
    expect(doc.certificates[0]).toMatchObject({ name: 'Sociale Hygiëne', issuer: 'SVH', date: '2022-05-01' });
    expect(JSON.stringify(doc)).not.toMatch(/bsn/i);
  });
});

describe('JSON Resume round trips', () => {
  it('profile → JSON Resume → profile is lossless', () => {
    const profile = sampleProfile();
    const back = fromJsonResume(JSON.parse(JSON.stringify(toJsonResume(profile))), newId);
    expect(back).toEqual({ ok: true, profile });
  });

  it('JSON Resume (the official sample) → profile → JSON Resume keeps every field we carry', () => {
    const first = fromJsonResume(sample, newId);
    if (!first.ok) throw new Error(JSON.stringify(first.problems));
    const exported = toJsonResume(first.profile);
    expect(validator()(exported)).toBe(true);
    expect(exported.basics.name).toBe(sample.basics.name);
    expect(exported.basics.email).toBe(sample.basics.email);
    expect(exported.work.map((w) => [w.name, w.position, w.startDate])).toEqual([
      ...sample.work.map((w) => [w.name, w.position, w.startDate]),
      ...sample.volunteer.map((v) => [v.organization, v.position, v.startDate]),
    ]);
    expect(exported.languages.map((l) => l.language)).toEqual(sample.languages.map((l) => l.language));
    // and a second pass changes nothing
    const second = fromJsonResume(JSON.parse(JSON.stringify(exported)), newId);
    expect(second).toEqual({ ok: true, profile: first.profile });
  });
});

describe('JSON Resume import refuses bad files whole', () => {
  it('says where a date is wrong', () => {
    const doc = toJsonResume(sampleProfile()) as Record<string, unknown>;
    (doc.work as Array<Record<string, unknown>>)[1]!.startDate = 'vorig jaar';
    const result = fromJsonResume(doc, newId);
    expect(result).toEqual({ ok: false, problems: [{ path: 'work[2].startDate', message: 'import.badDate' }] });
  });

  it('refuses a wrong type, an invalid e-mail, and too much text', () => {
    expect(fromJsonResume({ work: 'veel' }, newId)).toMatchObject({ ok: false, problems: [{ path: 'work', message: 'import.notList' }] });
    expect(fromJsonResume({ basics: { name: 'A', email: 'geen-mail' } }, newId)).toMatchObject({ ok: false, problems: [{ path: 'personalia.email' }] });
    expect(fromJsonResume({ basics: { name: 'A' }, skills: [{ name: 'x'.repeat(500) }] }, newId)).toMatchObject({ ok: false, problems: [{ message: 'validation.cv.title.tooLong' }] });
  });

  it('refuses files over 1 MiB without reading them, and text that is not JSON', async () => {
    const big = { size: MAX_IMPORT_BYTES + 1, text: () => Promise.reject(new Error('must not read')) };
    expect(await readJsonResumeFile(big, newId)).toEqual({ ok: false, problems: [{ path: '', message: 'import.tooBig' }] });
    expect(await readJsonResumeFile({ size: 5, text: async () => '{nope' }, newId)).toEqual({ ok: false, problems: [{ path: '', message: 'import.notJson' }] });
    expect(await readJsonResumeFile({ size: 2, text: async () => '[]' }, newId)).toEqual({ ok: false, problems: [{ path: '', message: 'import.notObject' }] });
  });

  it('keeps markup as plain text', () => {
    const result = fromJsonResume({ basics: { name: '<img src=x onerror=alert(1)>' } }, newId);
    expect(result.ok && result.profile.personalia.name).toBe('<img src=x onerror=alert(1)>');
  });
});
