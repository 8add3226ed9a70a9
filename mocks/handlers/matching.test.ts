import { afterEach, describe, expect, it } from 'vitest';
import { apiRequest, configureApiAuth } from '#src/shared/api/client.ts';
import { candidateListSchema, proposalListSchema, proposalSchema, vacancyImportReportSchema } from '#src/features/vacancies/matching/schemas.ts';
import { FEATURED_TITLE, INVALID_ENTRIES, jobPostingEntries } from '#test/fixtures/job-postings.ts';
import { timelineSchema } from '#src/features/coach/schemas.ts';
import { db } from '../db.ts';
import { todayIso } from '../clock.ts';
import { call, PER_CLIENT_READS, signIn, signInForApi } from '../testing.ts';

afterEach(() => configureApiAuth(() => null));

async function statusAs(personaId: string, path: string, method = 'GET', body?: unknown): Promise<number> {
  const { token } = await signIn(personaId);
  return (await call(path, { token, method, body })).status;
}

describe('the regisseur werk (jobBroker)', () => {
  it('signs in as a persona of the test DigiD', async () => {
    const personas = (await (await call('/auth/personas')).json()) as Array<{ id: string; role: string }>;
    expect(personas).toContainEqual(expect.objectContaining({ id: 'broker-renate', role: 'jobBroker' }));
    const session = await signIn('broker-renate');
    expect(session.user).toMatchObject({ role: 'jobBroker', clientId: null });
  });

  it.each(PER_CLIENT_READS)('cannot read %s', async (_what, path) => {
    expect(await statusAs('broker-renate', path)).toBe(403);
  });
});

describe('ranked candidates', () => {
  it('lists only consenting clients on rungs 4–6, with a reason per criterion', async () => {
    await signInForApi('broker-renate');
    const vacancy = db.vacancies.list().find((v) => v.occupation.isco === '9321' && v.status === 'open')!;
    const { data } = await apiRequest({ path: `/broker/vacancies/${vacancy.id}/candidates`, schema: candidateListSchema });
    expect(data.rungs).toEqual([4, 5, 6]);
    expect(data.candidates.length).toBeGreaterThan(5);
    const ids = data.candidates.map((c) => c.clientId);
    for (const id of ids) {
      expect(db.searchProfiles.get(id)?.matchingConsent).toBe(true);
      expect([4, 5, 6]).toContain(db.ladderRungs.get(id)?.rung);
    }
    expect(ids).toEqual(expect.arrayContaining(['client-jayden', 'client-sanne', 'client-piet']));
    expect(ids).not.toContain('client-lotte'); // a good fit, but no consent
    const scores = data.candidates.map((c) => c.match.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(data.candidates[0]?.match.criteria.map((c) => c.criterion)).toHaveLength(8);
    // only what the matching needs: no birth date, BSN, contact details
    const body = JSON.stringify(data);
    expect(body).not.toMatch(/bsn|birthDate|phone|email/);
  });

  it('filters on other rungs, and refuses a wrong filter', async () => {
    await signInForApi('broker-renate');
    const vacancy = db.vacancies.list()[0]!;
    const { data } = await apiRequest({ path: `/broker/vacancies/${vacancy.id}/candidates?rungs=1,2,3`, schema: candidateListSchema });
    for (const c of data.candidates) expect([1, 2, 3]).toContain(c.rung);
    const { token } = await signIn('broker-renate');
    expect((await call(`/broker/vacancies/${vacancy.id}/candidates?rungs=7`, { token })).status).toBe(400);
  });

  it('is only for the regisseur werk', async () => {
    const vacancy = db.vacancies.list()[0]!;
    for (const persona of ['client-jayden', 'coach-marieke', 'helper-stip-1']) {
      expect(await statusAs(persona, `/broker/vacancies/${vacancy.id}/candidates`)).toBe(403);
      expect(await statusAs(persona, '/broker/vacancies')).toBe(403);
      expect(await statusAs(persona, `/broker/proposals/p-${persona}`, 'PUT', { vacancyId: vacancy.id, clientId: 'client-jayden', note: '' })).toBe(403);
    }
  });
});

describe('importing JSON-LD', () => {
  const entries = jobPostingEntries(todayIso());

  it('imports every valid entry once and reports each invalid one', async () => {
    await signInForApi('broker-renate');
    const before = db.vacancies.size;
    const { data } = await apiRequest({ method: 'PUT', path: '/broker/vacancy-imports/import-1', body: { fileName: 'vacatures.jsonld', entries }, schema: vacancyImportReportSchema });
    expect(data.counts).toEqual({ imported: 47, duplicate: 0, invalid: 3 });
    expect(db.vacancies.size).toBe(before + 47);
    const invalid = data.entries.filter((e) => e.status === 'invalid');
    expect(invalid.map((e) => e.entry)).toEqual([...INVALID_ENTRIES]);
    expect(invalid.map((e) => e.errors[0]?.field)).toEqual(['title', 'occupationalCategory', 'workHours']);
    const featured = data.entries.find((e) => e.title === FEATURED_TITLE);
    expect(db.vacancyAcquisitions.get(featured!.vacancyId!)).toMatchObject({ brokerId: 'broker-renate', source: 'import' });

    // a resend (the same import id) imports nothing again
    const again = await apiRequest({ method: 'PUT', path: '/broker/vacancy-imports/import-1', body: { fileName: 'vacatures.jsonld', entries }, schema: vacancyImportReportSchema });
    expect(again.data.counts.imported).toBe(47);
    expect(db.vacancies.size).toBe(before + 47);
    // the same file as a new import: every valid entry is a duplicate
    const second = await apiRequest({ method: 'PUT', path: '/broker/vacancy-imports/import-2', body: { fileName: 'vacatures.jsonld', entries }, schema: vacancyImportReportSchema });
    expect(second.data.counts).toEqual({ imported: 0, duplicate: 47, invalid: 3 });
    expect(db.vacancies.size).toBe(before + 47);
  });

  it('refuses a body that is not a list of entries, and imports nothing', async () => {
    const { token } = await signIn('broker-renate');
    const before = db.vacancies.size;
    const response = await call('/broker/vacancy-imports/import-3', { token, method: 'PUT', body: { fileName: 'x', entries: [] } });
    expect(response.status).toBe(422);
    expect(db.vacancies.size).toBe(before);
  });
});

describe('proposals', () => {
  const proposal = (vacancyId: string, clientId: string) => ({ vacancyId, clientId, note: 'Dit lijkt me echt iets voor je.' });

  it('goes from voorgesteld to aangenomen, seen by the client and their coach', async () => {
    const vacancy = db.vacancies.list().find((v) => v.occupation.isco === '9321' && v.status === 'open')!;
    await signInForApi('broker-renate');
    const created = await apiRequest({ method: 'PUT', path: '/broker/proposals/prop-1', body: proposal(vacancy.id, 'client-jayden'), schema: proposalSchema });
    expect(created.data).toMatchObject({ status: 'proposed', clientName: 'Jayden Pieters', proposedBy: { id: 'broker-renate' } });
    expect(created.data.match.criteria).toHaveLength(8);

    await signInForApi('client-jayden');
    const mine = await apiRequest({ path: '/clients/client-jayden/proposals', schema: proposalListSchema });
    expect(mine.data.proposals.map((p) => p.id)).toEqual(['prop-1']);
    const answered = await apiRequest({
      method: 'PUT', path: '/clients/client-jayden/proposals/prop-1/answer', body: { interested: true, reason: '' }, ifMatch: '"1"', schema: proposalSchema,
    });
    expect(answered.data.answer).toMatchObject({ interested: true });

    await signInForApi('broker-renate');
    const interview = await apiRequest({ method: 'PUT', path: '/broker/proposals/prop-1/outcome', body: { status: 'interview', note: '' }, ifMatch: '"2"', schema: proposalSchema });
    const hired = await apiRequest({ method: 'PUT', path: '/broker/proposals/prop-1/outcome', body: { status: 'hired', note: 'Start 1 februari' }, ifMatch: `"${interview.data.version}"`, schema: proposalSchema });
    expect(hired.data.steps.map((s) => s.status)).toEqual(['proposed', 'interview', 'hired']);
    expect(db.placements.list()).toEqual([expect.objectContaining({ clientId: 'client-jayden', vacancyId: vacancy.id, proposalId: 'prop-1' })]);
    const { token } = await signIn('broker-renate');
    const closed = await call('/broker/proposals/prop-1/outcome', { token, method: 'PUT', body: { status: 'rejected', note: '' } });
    expect(closed.status).toBe(409);

    await signInForApi('coach-marieke');
    const coach = await apiRequest({ path: '/clients/client-jayden/proposals', schema: proposalListSchema });
    expect(coach.data.proposals[0]?.status).toBe('hired');
    const timeline = await apiRequest({ path: '/clients/client-jayden/timeline', schema: timelineSchema });
    expect(timeline.data.items.filter((i) => i.kind === 'proposal').map((i) => i.tag)).toEqual(['hired', 'interview', 'proposed']);
    expect(await statusAs('coach-sander', '/clients/client-jayden/proposals')).toBe(403);
    expect(await statusAs('client-sanne', '/clients/client-jayden/proposals')).toBe(403);
  });

  it('refuses a client who did not consent, and a second proposal of the same vacancy', async () => {
    const vacancy = db.vacancies.list().find((v) => v.status === 'open')!;
    const { token } = await signIn('broker-renate');
    const lotte = await call('/broker/proposals/prop-2', { token, method: 'PUT', body: proposal(vacancy.id, 'client-lotte') });
    expect(lotte.status).toBe(422);
    expect(((await lotte.json()) as { fieldErrors: unknown }).fieldErrors).toEqual({ clientId: ['validation.proposal.noConsent'] });
    expect((await call('/broker/proposals/prop-3', { token, method: 'PUT', body: proposal(vacancy.id, 'client-sanne') })).status).toBe(201);
    expect((await call('/broker/proposals/prop-3', { token, method: 'PUT', body: proposal(vacancy.id, 'client-sanne') })).status).toBe(200);
    expect((await call('/broker/proposals/prop-4', { token, method: 'PUT', body: proposal(vacancy.id, 'client-sanne') })).status).toBe(409);
  });

  it('needs a reason when the client is not interested; only the client answers', async () => {
    const vacancy = db.vacancies.list().find((v) => v.status === 'open')!;
    const { token } = await signIn('broker-renate');
    await call('/broker/proposals/prop-5', { token, method: 'PUT', body: proposal(vacancy.id, 'client-piet') });
    const piet = await signIn('client-piet');
    const noReason = await call('/clients/client-piet/proposals/prop-5/answer', { token: piet.token, method: 'PUT', body: { interested: false, reason: '' } });
    expect(noReason.status).toBe(422);
    expect(await statusAs('coach-marieke', '/clients/client-piet/proposals/prop-5/answer', 'PUT', { interested: true, reason: '' })).toBe(403);
    expect(await statusAs('broker-renate', '/clients/client-piet/proposals/prop-5/answer', 'PUT', { interested: true, reason: '' })).toBe(403);
    const ok = await call('/clients/client-piet/proposals/prop-5/answer', { token: piet.token, method: 'PUT', body: { interested: false, reason: 'Te ver weg' } });
    expect(ok.status).toBe(200);
  });
});
