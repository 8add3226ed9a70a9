import { describe, expect, it } from 'vitest';
import { applicationViewSchema, emptySearchProfileInput, offlineSetSchema, searchProfileSchema, type SearchProfileInput } from '#src/features/vacancies/schemas.ts';
import { jsonBytes } from '#src/features/vacancies/offline-set.ts';
import { todayIso } from '../clock.ts';
import { db, snapshotDb } from '../db.ts';
import { call, signIn, signInForApi } from '../testing.ts';
import { currentDefinition } from './intake.ts';
import { SECTOR_OCCUPATIONS, STRENGTH_OCCUPATIONS } from '#src/features/vacancies/what-fits-rules.ts';

const tokenOf = async (persona: string) => (await signIn(persona)).token;
const profile = (over: Partial<SearchProfileInput> = {}): SearchProfileInput => ({ ...emptySearchProfileInput(), homePlace: 'groningen', ...over });
const openVacancy = () => db.vacancies.list().find((v) => v.status === 'open')!;

async function offlineSet(token: string, clientId = 'client-anna') {
  const response = await call(`/clients/${clientId}/vacancies`, { token });
  expect(response.status).toBe(200);
  return offlineSetSchema.parse(await response.json());
}

function applyTo(token: string, vacancyId: string, activityId: string, key: string, clientId = 'client-anna') {
  return call(`/clients/${clientId}/applications`, { token, method: 'POST', body: { vacancyId, activityId, date: todayIso() }, headers: { 'Idempotency-Key': key } });
}

describe('vacancies API', () => {
  it('seeds about 1,000 vacancies and 60 courses', async () => {
    expect(db.vacancies.size).toBe(1000);
    expect(db.courses.size).toBeGreaterThanOrEqual(50);
    expect(db.courses.size).toBeLessThanOrEqual(70);
    const courses = await call('/courses', { token: await tokenOf('client-anna') });
    expect(courses.status).toBe(200);
  });

  it('keeps the offline set bounded, saved vacancies first, fitting ones before others', async () => {
    const anna = await tokenOf('client-anna');
    expect((await call('/clients/client-anna/search-profile', { token: anna, method: 'PUT', body: profile({ occupations: ['9112'] }), headers: { 'If-Match': '"0"' } })).status).toBe(200);
    const closed = db.vacancies.list().find((v) => v.status === 'closed')!;
    expect((await call(`/clients/client-anna/saved-vacancies/${closed.id}`, { token: anna, method: 'PUT' })).status).toBe(201);
    expect((await call(`/clients/client-anna/saved-vacancies/${closed.id}`, { token: anna, method: 'PUT' })).status).toBe(200);
    const set = await offlineSet(anna);
    expect(set.vacancies.length).toBeLessThanOrEqual(500);
    expect(jsonBytes(set.vacancies)).toBeLessThanOrEqual(2 * 1024 * 1024);
    expect(set.vacancies[0]?.id).toBe(closed.id);
    expect(set.vacancies[1]?.occupation.isco).toBe('9112');
    expect(set.saved.map((s) => s.vacancyId)).toEqual([closed.id]);
    expect(set.vacancies.slice(1).every((v) => v.status === 'open')).toBe(true);
    expect((await call(`/clients/client-anna/saved-vacancies/${closed.id}`, { token: anna, method: 'DELETE' })).status).toBe(204);
    expect((await offlineSet(anna)).saved).toEqual([]);
  });

  it('zoekprofiel: defaults at version 0 with consent off; If-Match; consent given and withdrawn are dated', async () => {
    const anna = await tokenOf('client-anna');
    const first = searchProfileSchema.parse(await (await call('/clients/client-anna/search-profile', { token: anna })).json());
    expect(first).toMatchObject({ version: 0, matchingConsent: false, homePlace: 'groningen' });
    const put = (body: SearchProfileInput, version: number) => call('/clients/client-anna/search-profile', { token: anna, method: 'PUT', body, headers: { 'If-Match': `"${version}"` } });
    const given = searchProfileSchema.parse(await (await put(profile({ matchingConsent: true }), 0)).json());
    expect(given.matchingConsentGivenAt).not.toBeNull();
    expect((await put(profile(), 0)).status).toBe(412);
    const withdrawn = searchProfileSchema.parse(await (await put(profile({ matchingConsent: false }), 1)).json());
    expect(withdrawn).toMatchObject({ version: 2, matchingConsent: false });
    expect(withdrawn.matchingConsentWithdrawnAt).not.toBeNull();
    const bad = await put(profile({ homePlace: 'atlantis' }), 2);
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { fieldErrors: Record<string, string[]> }).fieldErrors.homePlace).toEqual(['validation.searchProfile.homePlace.invalid']);
  });

  it('"Ik heb gesolliciteerd" creates one filled-in werkmap activity, linked, whatever is resent', async () => {
    const anna = await tokenOf('client-anna');
    const vacancy = openVacancy();
    const first = await applyTo(anna, vacancy.id, 'act-apply-1', 'key-1');
    expect(first.status).toBe(201);
    const view = applicationViewSchema.parse(await first.json());
    expect(view).toMatchObject({ vacancyId: vacancy.id, activityId: 'act-apply-1', outcome: 'sent', vacancyTitle: vacancy.title });
    // the same key again: the stored answer; a second tap or another device (new key, new activity id): the same application
    expect((await applyTo(anna, vacancy.id, 'act-apply-1', 'key-1')).headers.get('Idempotent-Replayed')).toBe('true');
    const again = await applyTo(anna, vacancy.id, 'act-apply-2', 'key-2');
    expect(again.status).toBe(200);
    expect(applicationViewSchema.parse(await again.json()).activityId).toBe('act-apply-1');
    const activities = db.activities.list().filter((a) => a.clientId === 'client-anna' && a.jobTitle === vacancy.title && a.employer === vacancy.hiringOrganization.name);
    expect(activities).toHaveLength(1);
    expect(activities[0]).toMatchObject({ id: 'act-apply-1', typeId: 'vacancy', vacancy: vacancy.howToApply.url ?? expect.stringContaining(vacancy.reference) });
    expect(snapshotDb().writeLog.filter((w) => w.resource.startsWith('vacancy-application:'))).toHaveLength(1);
    expect((await offlineSet(anna)).applications.map((a) => a.vacancyId)).toEqual([vacancy.id]);
    // refused: unknown vacancy, a date in the future
    expect((await applyTo(anna, 'vac-nope', 'act-apply-3', 'key-3')).status).toBe(422);
  });

  it('authorises like the rest: own data, coach reads the caseload only, helper with write scope acts', async () => {
    const anna = await tokenOf('client-anna');
    const vacancy = openVacancy();
    expect((await call('/clients/client-jayden/vacancies', { token: anna })).status).toBe(403);
    expect((await applyTo(anna, vacancy.id, 'act-x', 'k-x', 'client-jayden')).status).toBe(403);
    const marieke = await tokenOf('coach-marieke');
    expect((await call('/clients/client-anna/vacancies', { token: marieke })).status).toBe(200);
    expect((await call('/clients/client-anna/search-profile', { token: marieke })).status).toBe(200);
    expect((await applyTo(marieke, vacancy.id, 'act-y', 'k-y')).status).toBe(403);
    expect((await call('/clients/client-anna/vacancies', { token: await tokenOf('coach-sander') })).status).toBe(403);
    const helper = await signInForApi('helper-stip-1', { actingFor: 'client-yasmin' });
    expect((await applyTo(helper, vacancy.id, 'act-z', 'k-z', 'client-yasmin')).status).toBe(201);
    expect(db.activities.get('act-z')?.createdBy.id).toBe('helper-stip-1');
    const readOnly = await signInForApi('helper-stip-1', { actingFor: 'client-henk' });
    expect((await call(`/clients/client-henk/saved-vacancies/${vacancy.id}`, { token: readOnly, method: 'PUT' })).status).toBe(403);
    expect((await call(`/vacancies/${vacancy.id}`, { token: anna })).status).toBe(200);
    expect((await call('/vacancies/vac-nope', { token: anna })).status).toBe(404);
  });
});

describe('Wat past bij mij? and the entreevragenlijst', () => {
  it('reads answers that the published entreevragenlijst has', () => {
    const definition = currentDefinition('entree')!;
    const options = (id: string) => definition.sections.flatMap((s) => s.questions).find((q) => q.id === id);
    const values = (id: string) => {
      const question = options(id);
      return question && 'options' in question ? question.options.map((o) => o.value) : [];
    };
    expect(values('sectors')).toEqual(expect.arrayContaining(Object.keys(SECTOR_OCCUPATIONS)));
    expect(values('strengths')).toEqual(expect.arrayContaining(Object.keys(STRENGTH_OCCUPATIONS)));
    for (const id of ['desiredJob', 'lastJob']) expect(options(id)).toMatchObject({ type: 'text' });
  });
});
