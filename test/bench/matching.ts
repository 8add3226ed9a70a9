/**
 * Matching figures (issue 19): ranking one vacancy against 2,000 consenting clients on the
 * server — the pure ranking (`rankedCandidates`) and the whole `GET …/candidates` answered by
 * the real handler from the mock store (access log, JSON). Figures only (goal: under 200 ms).
 */
import { getResponse } from 'msw';
import { handlers } from '#mocks/handlers/index.ts';
import { createTestSession } from '#mocks/handlers/auth.ts';
import { rankedCandidates } from '#mocks/handlers/matching.ts';
import { db, resetDb } from '#mocks/db.ts';
import { seededRandom } from '#src/shared/lib/random.ts';
import { OCCUPATIONS } from '#src/features/vacancies/occupations.ts';
import { PLACES } from '#src/features/vacancies/places.ts';
import { blankEntry, personaliaDefaults } from '#src/features/cv/schemas.ts';
import { EDUCATION_LEVELS, emptySearchProfileInput } from '#src/features/vacancies/schemas.ts';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** 2,000 clients with a consenting zoekprofiel, a rung 4–6 and a few CV skills. */
function fillStore(count: number) {
  const r = seededRandom(2000);
  const at = new Date().toISOString();
  const template = db.clients.get('client-anna')!;
  for (let n = 0; n < count; n += 1) {
    const id = `bench-match-${n}`;
    const occupation = OCCUPATIONS[Math.floor(r() * OCCUPATIONS.length)]!;
    const place = PLACES[Math.floor(r() * PLACES.length)]!;
    db.clients.put({ ...template, id, name: `Kandidaat ${n}`, coachId: 'coach-sander' });
    db.searchProfiles.put({
      ...emptySearchProfileInput(),
      occupations: [occupation.isco], homePlace: place.id, maxDistanceKm: 10 + Math.floor(r() * 40), hours: { min: 16, max: 40 },
      drivingLicence: r() < 0.5, educationLevel: EDUCATION_LEVELS[Math.floor(r() * 6)]!, matchingConsent: true,
      clientId: id, matchingConsentGivenAt: at, matchingConsentWithdrawnAt: null, version: 1, updatedAt: at, updatedBy: null,
    });
    db.ladderRungs.put({ clientId: id, rung: 4 + (n % 3), setAt: at });
    db.cvProfiles.put({
      clientId: id,
      personalia: { ...personaliaDefaults, name: `Kandidaat ${n}`, town: place.place, phone: '', email: '', dateOfBirth: null, showDateOfBirth: false, photo: null, showPhoto: false, drivingLicences: [] },
      profileText: '',
      entries: occupation.skills.slice(0, 3).map((title, i) => ({ ...blankEntry(`${id}-s${i}`, 'skill'), title })),
      customSections: [],
      kept: {},
      version: 1,
      updatedAt: at,
    });
  }
}

export async function printMatchingFigures(count = 2000) {
  resetDb();
  fillStore(count);
  const vacancy = db.vacancies.get('vac-00001') ?? db.vacancies.list()[0]!;
  for (let i = 0; i < 3; i += 1) rankedCandidates(vacancy, [4, 5, 6]); // warm up
  const pure: number[] = [];
  let ranked = 0;
  let consenting = 0;
  for (let i = 0; i < 9; i += 1) {
    const t0 = performance.now();
    const result = rankedCandidates(vacancy, [4, 5, 6]);
    ranked = result.ranked.length;
    consenting = result.consenting;
    pure.push(performance.now() - t0);
  }
  const { token } = await createTestSession('broker-renate');
  const http: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 9; i += 1) {
    const t0 = performance.now();
    const response = await getResponse(handlers, new Request(`http://bench.local/api/broker/vacancies/${vacancy.id}/candidates`, { headers: { Authorization: `Bearer ${token}` } }));
    const body = (await response?.text()) ?? '';
    if (response?.status !== 200) throw new Error('bench: the mock refused the candidates');
    http.push(performance.now() - t0);
    bytes = body.length;
  }
  console.log(`Matching: one vacancy against ${consenting} consenting clients (mock server in Node, median of 9)`);
  console.log(`  ranking ${median(pure).toFixed(1)} ms (${ranked} ranked); GET …/candidates ${median(http).toFixed(1)} ms (${(bytes / 1024).toFixed(0)} KiB) — goal < 200 ms`);
}

// `node test/bench/matching.ts` prints just these figures
if (import.meta.url === `file://${process.argv[1]}`) {
  const { initDb, memoryPersistence } = await import('#mocks/db.ts');
  initDb(memoryPersistence());
  await printMatchingFigures();
}
