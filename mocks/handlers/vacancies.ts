import type { z } from 'zod';
import {
  applicationInputSchema,
  applicationViewSchema,
  courseListSchema,
  emptySearchProfileInput,
  offlineSetSchema,
  savedVacancySchema,
  searchProfileInputSchema,
  searchProfileSchema,
  vacancyHistorySchema,
  vacancySchema,
  type ApplicationOutcome,
  type SearchProfile,
  type Vacancy,
  type VacancyApplication,
} from '#src/features/vacancies/schemas.ts';
import { boundOfflineSet } from '#src/features/vacancies/offline-set.ts';
import { distanceKm } from '#src/features/vacancies/distance.ts';
import { placeById, placeByName } from '#src/features/vacancies/places.ts';
import { db, savedVacancyKey, type ClientRecord } from '../db.ts';
import { nowIso, todayIso } from '../clock.ts';
import { withIdempotency } from '../idempotency.ts';
import { recordAccess } from '../audit.ts';
import { authenticate, authoriseClient, checkIfMatch, json, logApplied, noContent, parseBody, personOf, problem, route, validationProblem, validId, type Actor, type Operation } from '../http.ts';
import { workFolderConfig } from './activities.ts';

/**
 * Vacancies and courses for the werkzoekende (issue 19): the bounded offline set the device
 * searches, one vacancy, the courses, the zoekprofiel (versioned, If-Match), saved vacancies
 * and "Ik heb gesolliciteerd", which creates the werkmap activity (type `vacancy`, filled in and
 * linked) exactly once per client and vacancy. A client reads and writes their own; a helper with
 * write scope may act for them; the coach reads their caseload's.
 */

/** The zoekprofiel, or the defaults at version 0 (home place from the client's town). */
export function searchProfileOf(client: ClientRecord): SearchProfile {
  const stored = db.searchProfiles.get(client.id);
  if (stored) return stored;
  return {
    ...emptySearchProfileInput(),
    homePlace: placeByName(client.town)?.id ?? null,
    clientId: client.id,
    matchingConsentGivenAt: null,
    matchingConsentWithdrawnAt: null,
    version: 0,
    updatedAt: null,
    updatedBy: null,
  };
}

const isOpen = (v: Vacancy, today: string) => v.status === 'open' && (v.validThrough === null || v.validThrough >= today);

/**
 * Open vacancies, most relevant first for this zoekprofiel: a wished occupation, then within the
 * travel distance, then the newest. A selection for the device, not the matching (which explains
 * a fit per criterion).
 */
function rankedForProfile(profile: SearchProfile, today: string): Vacancy[] {
  const home = placeById(profile.homePlace);
  const wished = new Set(profile.occupations);
  const score = (v: Vacancy) => {
    const near = !home || v.remote || (v.jobLocation !== null && distanceKm(home, v.jobLocation) <= profile.maxDistanceKm);
    return (wished.has(v.occupation.isco) ? 2 : 0) + (near ? 1 : 0);
  };
  return db.vacancies
    .list()
    .filter((v) => isOpen(v, today))
    .map((v) => ({ v, s: score(v) }))
    .sort((a, b) => b.s - a.s || b.v.datePosted.localeCompare(a.v.datePosted) || a.v.id.localeCompare(b.v.id))
    .map(({ v }) => v);
}

function outcomeOf(activityId: string): ApplicationOutcome | null {
  return db.activities.get(activityId)?.results.at(-1)?.status ?? null;
}

function applicationView(application: VacancyApplication) {
  const vacancy = db.vacancies.get(application.vacancyId);
  const activity = db.activities.get(application.activityId);
  return applicationViewSchema.parse({
    ...application,
    vacancyTitle: vacancy?.title ?? activity?.jobTitle ?? '',
    employer: vacancy?.hiringOrganization.name ?? activity?.employer ?? '',
    outcome: outcomeOf(application.activityId),
  });
}

function applicationsOf(clientId: string) {
  return db.vacancyApplications
    .list()
    .filter((a) => a.clientId === clientId)
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt))
    .map(applicationView);
}

function savedOf(clientId: string) {
  return db.savedVacancies
    .list()
    .filter((s) => s.clientId === clientId)
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/** The vacancy's link for the werkmap: its web address, else its number. */
function vacancyReference(vacancy: Vacancy): string {
  return vacancy.howToApply.url ?? (vacancy.reference ? `Vacaturenummer ${vacancy.reference}` : `Werkmap-vacature ${vacancy.id}`);
}

function howOf(vacancy: Vacancy): 'website' | 'email' | 'phone' | 'other' {
  if (vacancy.howToApply.url) return 'website';
  if (vacancy.howToApply.email) return 'email';
  if (vacancy.howToApply.phone) return 'phone';
  return 'other';
}

function apply(request: Request, actor: Actor, client: ClientRecord, input: z.infer<typeof applicationInputSchema>) {
  const existing = db.vacancyApplications.list().find((a) => a.clientId === client.id && a.vacancyId === input.vacancyId);
  // exactly once per client and vacancy: a second tap, another device or a resend with a new key
  if (existing) return json(applicationView(existing));
  const vacancy = db.vacancies.get(input.vacancyId);
  if (!vacancy) throw validationProblem({ vacancyId: ['validation.vacancy.notFound'] });
  if (input.date > todayIso()) throw validationProblem({ date: ['validation.date.future'] });
  if (db.activities.has(input.activityId)) throw problem(409, { code: 'activity-exists' });
  if (!workFolderConfig.types.some((t) => t.id === 'vacancy')) throw problem(500, { code: 'internal' });
  const at = nowIso();
  const by = personOf(actor);
  const activity = db.activities.put({
    id: input.activityId,
    clientId: client.id,
    typeId: 'vacancy',
    date: input.date,
    employer: vacancy.hiringOrganization.name.slice(0, 120),
    jobTitle: vacancy.title.slice(0, 120),
    vacancy: vacancyReference(vacancy).slice(0, 500),
    how: howOf(vacancy),
    contactName: '',
    contactDetail: '',
    eventTitle: '',
    notes: '',
    results: [{ status: 'sent', date: input.date }],
    version: 1,
    createdAt: at,
    updatedAt: at,
    createdBy: by,
    handedIn: null,
    history: [],
    feedback: [],
    proofs: [],
  });
  db.clients.put({ ...client, lastActivityAt: activity.updatedAt });
  const application = db.vacancyApplications.put({
    id: input.activityId,
    clientId: client.id,
    vacancyId: vacancy.id,
    activityId: activity.id,
    date: input.date,
    createdAt: at,
  });
  logApplied(request, actor, `vacancy-application:${application.id}`, { method: 'POST' });
  return json(applicationView(application), { status: 201 });
}

/** The saved vacancies with what the coach needs to read them (a vacancy deleted since: left out). */
function savedViewsOf(clientId: string) {
  return savedOf(clientId).flatMap((s) => {
    const vacancy = db.vacancies.get(s.vacancyId);
    if (!vacancy) return [];
    return [{ ...s, title: vacancy.title, employer: vacancy.hiringOrganization.name, place: vacancy.jobLocation?.place ?? null, validThrough: vacancy.validThrough, status: vacancy.status }];
  });
}

/** How many vacancies the client saved and applied to (the coach's client page). */
export function vacancyCountsOf(clientId: string) {
  return { saved: savedViewsOf(clientId).length, applied: db.vacancyApplications.list().filter((a) => a.clientId === clientId).length };
}

export const handlers = [
  route('GET', '/clients/:clientId/vacancy-history', ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseClient(actor, params.clientId ?? '', 'read');
    if (actor.user.role !== 'client') recordAccess(request, actor, 'vacancies');
    return json(vacancyHistorySchema.parse({ clientId: client.id, saved: savedViewsOf(client.id), applications: applicationsOf(client.id) }));
  }),

  route('GET', '/clients/:clientId/vacancies', ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseClient(actor, params.clientId ?? '', 'read');
    recordAccess(request, actor, 'vacancies');
    const today = todayIso();
    const saved = savedOf(client.id);
    const savedIds = new Set(saved.map((s) => s.vacancyId));
    // saved ones stay in the set also after they closed (the person may still want to read them)
    const savedVacancies = saved.map((s) => db.vacancies.get(s.vacancyId)).filter((v): v is Vacancy => v !== undefined);
    const ranked = rankedForProfile(searchProfileOf(client), today);
    const vacancies = boundOfflineSet([...savedVacancies, ...ranked.filter((v) => !savedIds.has(v.id))], savedIds);
    return json(
      offlineSetSchema.parse({
        clientId: client.id,
        generatedAt: nowIso(),
        totalOpen: ranked.length,
        vacancies,
        saved,
        applications: applicationsOf(client.id),
      }),
    );
  }),

  route('GET', '/vacancies/:vacancyId', ({ request, params }) => {
    authenticate(request);
    const vacancy = db.vacancies.get(validId(params.vacancyId));
    if (!vacancy) throw problem(404, { code: 'not-found' });
    return json(vacancySchema.parse(vacancy), { version: vacancy.version });
  }),

  route('GET', '/courses', ({ request }) => {
    authenticate(request);
    return json(courseListSchema.parse({ courses: db.courses.list().sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id)) }));
  }),

  route('GET', '/clients/:clientId/search-profile', ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseClient(actor, params.clientId ?? '', 'read');
    recordAccess(request, actor, 'search-profile');
    const profile = searchProfileOf(client);
    return json(searchProfileSchema.parse(profile), { version: profile.version });
  }),

  route('PUT', '/clients/:clientId/search-profile', async ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseClient(actor, params.clientId ?? '', 'write');
    return withIdempotency(request, actor, async () => {
      const input = await parseBody(request, searchProfileInputSchema, (raw): Record<string, string[]> => {
        const home = (raw as { homePlace?: unknown } | null)?.homePlace;
        return typeof home === 'string' && !placeById(home) ? { homePlace: ['validation.searchProfile.homePlace.invalid'] } : {};
      });
      const current = searchProfileOf(client);
      checkIfMatch(request, current.version, current);
      const at = nowIso();
      const consentChanged = input.matchingConsent !== current.matchingConsent;
      const saved = db.searchProfiles.put({
        ...input,
        clientId: client.id,
        matchingConsentGivenAt: consentChanged && input.matchingConsent ? at : current.matchingConsentGivenAt,
        matchingConsentWithdrawnAt: consentChanged && !input.matchingConsent ? at : current.matchingConsentWithdrawnAt,
        version: current.version + 1,
        updatedAt: at,
        updatedBy: personOf(actor),
      });
      logApplied(request, actor, `search-profile:${client.id}`, { version: saved.version });
      return json(searchProfileSchema.parse(saved), { version: saved.version });
    });
  }),

  route('PUT', '/clients/:clientId/saved-vacancies/:vacancyId', ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseClient(actor, params.clientId ?? '', 'write');
    const vacancyId = validId(params.vacancyId);
    if (!db.vacancies.has(vacancyId)) throw problem(404, { code: 'not-found' });
    // saving again changes nothing (idempotent by nature)
    const existing = db.savedVacancies.get(savedVacancyKey(client.id, vacancyId));
    if (existing) return json(savedVacancySchema.parse(existing));
    const saved = db.savedVacancies.put({ clientId: client.id, vacancyId, savedAt: nowIso() });
    logApplied(request, actor, `saved-vacancy:${vacancyId}`);
    return json(savedVacancySchema.parse(saved), { status: 201 });
  }),

  route('DELETE', '/clients/:clientId/saved-vacancies/:vacancyId', ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseClient(actor, params.clientId ?? '', 'write');
    const vacancyId = validId(params.vacancyId);
    if (db.savedVacancies.delete(savedVacancyKey(client.id, vacancyId))) logApplied(request, actor, `saved-vacancy:${vacancyId}`, { method: 'DELETE' });
    return noContent();
  }),

  route('POST', '/clients/:clientId/applications', async ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseClient(actor, params.clientId ?? '', 'write');
    return withIdempotency(request, actor, async () => apply(request, actor, client, await parseBody(request, applicationInputSchema)));
  }),
];

const WHO_READS = 'For the client, their coach (read-only), or an authorised helper.';
const WHO_WRITES = 'The client, or a helper with write scope acting for them.';

export const operations: Operation[] = [
  {
    operationId: 'getVacancyOfflineSet',
    method: 'GET',
    path: '/clients/{clientId}/vacancies',
    summary: 'The vacancies kept on the device',
    description: `The bounded set the device keeps and searches offline: the client's saved vacancies (also when closed) and then the open vacancies most relevant to their zoekprofiel (a wished occupation, within the travel distance, newest first), at most 500 vacancies and 2 MiB of JSON; with the saved marks and the applications (each linked to its werkmap activity and its outcome). ${WHO_READS}`,
    tag: 'vacancies',
    auth: true,
    response: { name: 'VacancyOfflineSet', schema: offlineSetSchema },
    responses: [200, 401, 403],
  },
  {
    operationId: 'getVacancyHistory',
    method: 'GET',
    path: '/clients/{clientId}/vacancy-history',
    summary: "A client's saved vacancies and applications",
    description: `The client's saved vacancies (title, employer, place, closing date, saved at) and their applications through the vacancies ("Mijn sollicitaties": each linked to its werkmap activity with the activity's last result as \`outcome\`), without the offline set's other vacancies. For the coach's page of a client and the timeline's companion. A coach or helper reading it is in the client's access log. ${WHO_READS}`,
    tag: 'vacancies',
    auth: true,
    response: { name: 'VacancyHistory', schema: vacancyHistorySchema },
    responses: [200, 401, 403],
  },
  {
    operationId: 'getVacancy',
    method: 'GET',
    path: '/vacancies/{vacancyId}',
    summary: 'One vacancy',
    description: 'A vacancy (schema.org JobPosting fields), open or closed. Vacancies are public information: anyone signed in. 404 not-found for an unknown id.',
    tag: 'vacancies',
    auth: true,
    response: { name: 'Vacancy', schema: vacancySchema },
    responses: [200, 400, 401, 404],
    responseHeaders: ['ETag'],
  },
  {
    operationId: 'listCourses',
    method: 'GET',
    path: '/courses',
    summary: 'Courses',
    description: 'Every course (schema.org Course / EducationalOccupationalProgram fields: provider, level, duration, start dates, place or online, cost and who pays, the ISCO-08 occupations it leads to), by name. Anyone signed in.',
    tag: 'vacancies',
    auth: true,
    response: { name: 'CourseList', schema: courseListSchema },
    responses: [200, 401],
  },
  {
    operationId: 'getSearchProfile',
    method: 'GET',
    path: '/clients/{clientId}/search-profile',
    summary: "A client's zoekprofiel",
    description: `The work the client looks for (occupations as ISCO-08 codes, home place, distance, hours, contracts, availability, licence and transport, education, languages) and their consent for matching (off until given). Version 0 with the defaults when never saved. ${WHO_READS}`,
    tag: 'vacancies',
    auth: true,
    response: { name: 'SearchProfile', schema: searchProfileSchema },
    responses: [200, 401, 403],
    responseHeaders: ['ETag'],
  },
  {
    operationId: 'putSearchProfile',
    method: 'PUT',
    path: '/clients/{clientId}/search-profile',
    summary: 'Save the zoekprofiel',
    description: `Replaces the zoekprofiel. Versioned: \`If-Match\` with the ETag (\`"0"\` for the first save), 412 version-mismatch when stale. Giving or withdrawing consent for matching records when (withdrawing takes effect at once). 422 with fieldErrors (e.g. an unknown home place). Honours \`Idempotency-Key\`. ${WHO_WRITES}`,
    tag: 'vacancies',
    auth: true,
    request: { name: 'SearchProfileInput', schema: searchProfileInputSchema },
    response: { name: 'SearchProfile', schema: searchProfileSchema },
    responses: [200, 400, 401, 403, 409, 412, 422],
    headers: ['Idempotency-Key', 'If-Match'],
    responseHeaders: ['ETag', 'Idempotent-Replayed'],
  },
  {
    operationId: 'saveVacancy',
    method: 'PUT',
    path: '/clients/{clientId}/saved-vacancies/{vacancyId}',
    summary: 'Bewaren: keep a vacancy',
    description: `Marks a vacancy as saved (201); saving it again changes nothing (200). 404 not-found for an unknown vacancy. ${WHO_WRITES}`,
    tag: 'vacancies',
    auth: true,
    response: { name: 'SavedVacancy', schema: savedVacancySchema },
    responses: [200, 201, 400, 401, 403, 404],
  },
  {
    operationId: 'unsaveVacancy',
    method: 'DELETE',
    path: '/clients/{clientId}/saved-vacancies/{vacancyId}',
    summary: 'Stop keeping a vacancy',
    description: `Removes the saved mark; removing it again changes nothing (204 both times). ${WHO_WRITES}`,
    tag: 'vacancies',
    auth: true,
    responses: [204, 400, 401, 403],
  },
  {
    operationId: 'applyToVacancy',
    method: 'POST',
    path: '/clients/{clientId}/applications',
    summary: 'Ik heb gesolliciteerd',
    description: `Records that the client applied: creates the werkmap activity (type \`vacancy\`, with the id made on the device) filled in from the vacancy — employer, job title, the vacancy's address or number, how — with result "sent" on that day, linked to the vacancy (201). Exactly once per client and vacancy: when the client already applied, the existing application is answered (200) and nothing is created, whatever the key. Honours \`Idempotency-Key\`. 422 for an unknown vacancy or a date in the future; 409 activity-exists when the activity id is taken. ${WHO_WRITES}`,
    tag: 'vacancies',
    auth: true,
    request: { name: 'ApplicationInput', schema: applicationInputSchema },
    response: { name: 'Application', schema: applicationViewSchema },
    responses: [200, 201, 400, 401, 403, 409, 422],
    headers: ['Idempotency-Key'],
    responseHeaders: ['Idempotent-Replayed'],
  },
];
