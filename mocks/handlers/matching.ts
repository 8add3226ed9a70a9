import { z } from 'zod';
import { rankCandidates } from '#src/features/vacancies/matching/match.ts';
import { candidateFrom } from '#src/features/vacancies/matching/candidate.ts';
import {
  brokerVacancyInputSchema,
  brokerVacancyListSchema,
  brokerVacancySchema,
  candidateListSchema,
  CANDIDATE_LIMIT,
  DEFAULT_RUNGS,
  matchingStatusSchema,
  proposalAnswerInputSchema,
  proposalInputSchema,
  proposalListSchema,
  proposalOutcomeInputSchema,
  proposalSchema,
  vacancyImportInputSchema,
  vacancyImportReportSchema,
  type ImportEntryReport,
  type Proposal,
} from '#src/features/vacancies/matching/schemas.ts';
import { vacancyFromJsonLd, werkmapIdOf } from '#src/features/vacancies/jsonld.ts';
import { placeById } from '#src/features/vacancies/places.ts';
import { vacancySchema, type Vacancy } from '#src/features/vacancies/schemas.ts';
import { db, type SearchProfileRecord, type VacancyProposalRecord } from '../db.ts';
import { nowIso, todayIso } from '../clock.ts';
import { recordAccess } from '../audit.ts';
import { withIdempotency } from '../idempotency.ts';
import {
  authenticate,
  authoriseClient,
  checkIfMatch,
  json,
  logApplied,
  parseBody,
  personOf,
  problem,
  requireRole,
  route,
  validId,
  validationProblem,
  type Actor,
  type Operation,
} from '../http.ts';

/**
 * The regisseur werk (issue 19, C3): the vacancies they acquire (a form or a JSON-LD import),
 * ranked candidates for a vacancy, and proposals with their steps. What a regisseur may see of a
 * client is only what the matching needs — and only of clients who consented in their
 * zoekprofiel: name, home place, rung, and the explained match. Never messages, the werkmap,
 * the intake's answers or anything else of the client's (those endpoints refuse the role).
 */

const PAGE = 50;

function requireBroker(request: Request): Actor {
  const actor = authenticate(request);
  requireRole(actor, 'jobBroker');
  return actor;
}

/** The zoekprofiel of a client who consented to matching, or undefined. */
function consentingProfile(clientId: string): SearchProfileRecord | undefined {
  const profile = db.searchProfiles.get(clientId);
  return profile?.matchingConsent ? profile : undefined;
}

function vacancyOr404(id: string): Vacancy {
  const vacancy = db.vacancies.get(id);
  if (!vacancy) throw problem(404, { code: 'not-found' });
  return vacancy;
}

/** "Ik heb gesolliciteerd" (the vacancies feature) moves a proposal on to `applied`. */
function withApplication(proposal: VacancyProposalRecord): Proposal {
  if (proposal.status !== 'proposed') return proposal;
  const application = db.vacancyApplications.list().find((a) => a.clientId === proposal.clientId && a.vacancyId === proposal.vacancyId);
  if (!application) return proposal;
  return { ...proposal, status: 'applied', steps: [...proposal.steps, { status: 'applied', at: application.createdAt, by: null, note: '' }] };
}

function proposalsWhere(test: (p: VacancyProposalRecord) => boolean): Proposal[] {
  return db.vacancyProposals
    .list()
    .filter(test)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map(withApplication);
}

function candidateOf(clientId: string, profile: SearchProfileRecord) {
  const cv = db.cvProfiles.get(clientId) ?? null;
  return candidateFrom(profile, cv);
}

function parseRungs(request: Request): number[] {
  const raw = new URL(request.url).searchParams.get('rungs');
  if (raw === null || raw === '') return [...DEFAULT_RUNGS];
  const rungs = raw.split(',').map((part) => Number(part));
  if (rungs.some((rung) => !Number.isInteger(rung) || rung < 1 || rung > 6)) throw problem(400, { code: 'invalid-query' });
  return [...new Set(rungs)].sort();
}

/** Ranks the consenting clients on the rungs asked for against one vacancy (`GET …/candidates`). */
export function rankedCandidates(vacancy: Vacancy, rungs: readonly number[]) {
  const consenting = db.searchProfiles.list().filter((p) => p.matchingConsent);
  const onRungs = consenting.filter((p) => {
    const rung = db.ladderRungs.get(p.clientId)?.rung;
    return rung !== undefined && rungs.includes(rung);
  });
  const ranked = rankCandidates(vacancy, onRungs, (p) => candidateOf(p.clientId, p), { today: todayIso() });
  return { consenting: consenting.length, ranked };
}

function vacancySummary(vacancy: Vacancy, brokerId: string) {
  return {
    id: vacancy.id,
    title: vacancy.title,
    organisation: vacancy.hiringOrganization.name,
    place: vacancy.jobLocation?.place ?? null,
    status: vacancy.status,
    validThrough: vacancy.validThrough,
    mine: db.vacancyAcquisitions.get(vacancy.id)?.brokerId === brokerId,
    proposals: db.vacancyProposals.list().filter((p) => p.vacancyId === vacancy.id).length,
  };
}

function brokerVacancy(vacancy: Vacancy) {
  const acquisition = db.vacancyAcquisitions.get(vacancy.id);
  return brokerVacancySchema.parse({
    vacancy,
    acquiredBy: acquisition ? { id: acquisition.brokerId, name: acquisition.brokerName } : null,
    source: acquisition?.source ?? 'seed',
  });
}

/** The same vacancy again: its own id (a JSON-LD export of ours), or the same employer's reference. */
function duplicateOf(entry: unknown, input: { reference: string; hiringOrganization: { name: string } }, taken: Set<string>): string | null {
  const ownId = werkmapIdOf(entry);
  if (ownId && db.vacancies.has(ownId)) return ownId;
  if (input.reference === '') return null;
  const key = `${input.hiringOrganization.name.toLocaleLowerCase('nl')}|${input.reference}`;
  if (taken.has(key)) return key;
  const existing = db.vacancies.list().find((v) => v.reference === input.reference && v.hiringOrganization.name.toLocaleLowerCase('nl') === input.hiringOrganization.name.toLocaleLowerCase('nl'));
  return existing?.id ?? null;
}

export const handlers = [
  route('GET', '/broker/vacancies', ({ request }) => {
    const actor = requireBroker(request);
    const params = new URL(request.url).searchParams;
    const mine = params.get('mine') === 'true';
    const offset = Math.max(0, Number.parseInt(params.get('offset') ?? '0', 10) || 0);
    const q = (params.get('q') ?? '').trim().toLocaleLowerCase('nl');
    const all = db.vacancies
      .list()
      .filter((v) => !mine || db.vacancyAcquisitions.get(v.id)?.brokerId === actor.user.id)
      .filter((v) => q === '' || `${v.title} ${v.hiringOrganization.name} ${v.jobLocation?.place ?? ''}`.toLocaleLowerCase('nl').includes(q))
      .sort((a, b) => b.datePosted.localeCompare(a.datePosted) || a.id.localeCompare(b.id));
    const items = all.slice(offset, offset + PAGE).map((v) => vacancySummary(v, actor.user.id));
    const next = offset + items.length;
    return json(brokerVacancyListSchema.parse({ items, total: all.length, nextOffset: next < all.length ? next : null }));
  }),

  route('GET', '/broker/vacancies/:vacancyId', ({ request, params }) => {
    requireBroker(request);
    const vacancy = vacancyOr404(validId(params.vacancyId));
    return json(brokerVacancy(vacancy), { version: vacancy.version });
  }),

  route('PUT', '/broker/vacancies/:vacancyId', async ({ request, params }) => {
    const actor = requireBroker(request);
    const id = validId(params.vacancyId);
    return withIdempotency(request, actor, async () => {
      const input = await parseBody(request, brokerVacancyInputSchema);
      const current = db.vacancies.get(id);
      checkIfMatch(request, current?.version ?? null, current ? brokerVacancy(current) : undefined);
      const at = nowIso();
      const saved = db.vacancies.put({ ...input, id, version: (current?.version ?? 0) + 1, updatedAt: at });
      if (!current) db.vacancyAcquisitions.put({ vacancyId: id, brokerId: actor.user.id, brokerName: actor.user.name, source: 'form', at });
      logApplied(request, actor, `vacancy:${id}`, { version: saved.version, history: false });
      return json(brokerVacancy(saved), { status: current ? 200 : 201, version: saved.version });
    });
  }),

  route('PUT', '/broker/vacancy-imports/:importId', async ({ request, params }) => {
    const actor = requireBroker(request);
    const id = validId(params.importId);
    return withIdempotency(request, actor, async () => {
      const input = await parseBody(request, vacancyImportInputSchema);
      // the same import again (a resend after a lost answer): its report, nothing imported twice
      const done = db.vacancyImports.get(id);
      if (done) return json(vacancyImportReportSchema.parse(done));
      const at = nowIso();
      const reports: ImportEntryReport[] = [];
      const toSave: Vacancy[] = [];
      const taken = new Set<string>();
      input.entries.forEach((entry, index) => {
        const n = index + 1;
        const result = vacancyFromJsonLd(entry);
        if (!result.ok) {
          reports.push({ entry: n, status: 'invalid', title: titleOf(entry), vacancyId: null, errors: result.errors });
          return;
        }
        const duplicate = duplicateOf(entry, result.value, taken);
        if (duplicate) {
          reports.push({ entry: n, status: 'duplicate', title: result.value.title, vacancyId: db.vacancies.has(duplicate) ? duplicate : null, errors: [] });
          return;
        }
        if (result.value.reference !== '') taken.add(`${result.value.hiringOrganization.name.toLocaleLowerCase('nl')}|${result.value.reference}`);
        const vacancyId = `${id}-${n}`;
        const record = vacancySchema.safeParse({ ...result.value, id: vacancyId, version: 1, updatedAt: at });
        if (!record.success) {
          reports.push({ entry: n, status: 'invalid', title: result.value.title, vacancyId: null, errors: record.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })) });
          return;
        }
        toSave.push(record.data);
        reports.push({ entry: n, status: 'imported', title: result.value.title, vacancyId, errors: [] });
      });
      // one transaction: every valid entry was checked above, so these writes cannot fail half-way
      for (const vacancy of toSave) {
        db.vacancies.put(vacancy);
        db.vacancyAcquisitions.put({ vacancyId: vacancy.id, brokerId: actor.user.id, brokerName: actor.user.name, source: 'import', at });
      }
      const count = (status: ImportEntryReport['status']) => reports.filter((r) => r.status === status).length;
      const report = db.vacancyImports.put({
        id,
        fileName: input.fileName,
        importedAt: at,
        importedBy: personOf(actor),
        counts: { imported: count('imported'), duplicate: count('duplicate'), invalid: count('invalid') },
        entries: reports,
      });
      logApplied(request, actor, `vacancy-import:${id}`, { history: false });
      return json(vacancyImportReportSchema.parse(report), { status: 201 });
    });
  }),

  route('GET', '/broker/vacancies/:vacancyId/candidates', ({ request, params }) => {
    const actor = requireBroker(request);
    const vacancy = vacancyOr404(validId(params.vacancyId));
    const rungs = parseRungs(request);
    const { consenting, ranked } = rankedCandidates(vacancy, rungs);
    const candidates = ranked.slice(0, CANDIDATE_LIMIT).map(({ item: profile, match }) => {
      const client = db.clients.get(profile.clientId);
      const proposal = db.vacancyProposals.list().find((p) => p.vacancyId === vacancy.id && p.clientId === profile.clientId);
      return {
        clientId: profile.clientId,
        name: client?.name ?? '',
        rung: db.ladderRungs.get(profile.clientId)?.rung ?? null,
        place: placeById(profile.homePlace)?.place ?? null,
        match,
        proposal: proposal ? { id: proposal.id, status: withApplication(proposal).status } : null,
      };
    });
    // each client can see under "Mijn gegevens" that a regisseur looked at their matching data
    recordAccess(request, actor, 'matching', candidates.map((c) => c.clientId));
    return json(candidateListSchema.parse({ vacancyId: vacancy.id, rungs, candidates, total: ranked.length, consenting }));
  }),

  route('GET', '/broker/vacancies/:vacancyId/proposals', ({ request, params }) => {
    requireBroker(request);
    const vacancy = vacancyOr404(validId(params.vacancyId));
    return json(proposalListSchema.parse({ proposals: proposalsWhere((p) => p.vacancyId === vacancy.id) }));
  }),

  route('PUT', '/broker/proposals/:proposalId', async ({ request, params }) => {
    const actor = requireBroker(request);
    const id = validId(params.proposalId);
    return withIdempotency(request, actor, async () => {
      const input = await parseBody(request, proposalInputSchema);
      const existing = db.vacancyProposals.get(id);
      if (existing) {
        if (existing.clientId !== input.clientId || existing.vacancyId !== input.vacancyId) throw problem(409, { code: 'proposal-id-reused' });
        return json(proposalSchema.parse(withApplication(existing)), { version: existing.version });
      }
      const vacancy = vacancyOr404(input.vacancyId);
      const profile = consentingProfile(input.clientId);
      const client = db.clients.get(input.clientId);
      // one answer for "no consent" and "no such client": it tells nothing about the person
      if (!profile || !client) throw validationProblem({ clientId: ['validation.proposal.noConsent'] });
      if (vacancy.status !== 'open') throw validationProblem({ vacancyId: ['validation.proposal.vacancyClosed'] });
      if (db.vacancyProposals.list().some((p) => p.vacancyId === vacancy.id && p.clientId === client.id)) throw problem(409, { code: 'already-proposed' });
      const [ranked] = rankCandidates(vacancy, [profile], (p) => candidateOf(p.clientId, p), { today: todayIso() });
      const at = nowIso();
      const saved = db.vacancyProposals.put({
        id,
        vacancyId: vacancy.id,
        clientId: client.id,
        clientName: client.name,
        proposedBy: personOf(actor),
        vacancy: { title: vacancy.title, organisation: vacancy.hiringOrganization.name, place: vacancy.jobLocation?.place ?? null },
        note: input.note,
        match: ranked!.match,
        status: 'proposed',
        answer: null,
        steps: [{ status: 'proposed', at, by: personOf(actor), note: input.note }],
        createdAt: at,
        updatedAt: at,
        version: 1,
      });
      logApplied(request, actor, `proposal:${id}`, { version: 1, clientId: client.id });
      return json(proposalSchema.parse(saved), { status: 201, version: 1 });
    });
  }),

  route('PUT', '/broker/proposals/:proposalId/outcome', async ({ request, params }) => {
    const actor = requireBroker(request);
    const id = validId(params.proposalId);
    return withIdempotency(request, actor, async () => {
      const input = await parseBody(request, proposalOutcomeInputSchema);
      const current = db.vacancyProposals.get(id);
      if (!current) throw problem(404, { code: 'not-found' });
      checkIfMatch(request, current.version, withApplication(current));
      const shown = withApplication(current);
      if (shown.status === 'hired' || shown.status === 'rejected') throw problem(409, { code: 'proposal-closed' });
      const at = nowIso();
      const saved = db.vacancyProposals.put({
        ...current,
        status: input.status,
        steps: [...shown.steps, { status: input.status, at, by: personOf(actor), note: input.note }],
        updatedAt: at,
        version: current.version + 1,
      });
      // "aangenomen": outflow to work, one record per proposal for the management figures
      if (input.status === 'hired') {
        db.placements.put({ id: `placement-${id}`, clientId: current.clientId, vacancyId: current.vacancyId, proposalId: id, recordedBy: personOf(actor), hiredAt: at });
      }
      logApplied(request, actor, `proposal:${id}`, { version: saved.version, clientId: current.clientId });
      return json(proposalSchema.parse(saved), { version: saved.version });
    });
  }),

  route('GET', '/clients/:clientId/proposals', ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseClient(actor, params.clientId ?? '', 'read');
    if (actor.user.role !== 'client') recordAccess(request, actor, 'proposals');
    return json(proposalListSchema.parse({ proposals: proposalsWhere((p) => p.clientId === client.id) }));
  }),

  route('GET', '/clients/:clientId/matching-status', ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseClient(actor, params.clientId ?? '', 'read');
    const rung = db.ladderRungs.get(client.id)?.rung;
    // the rung stays with the coach and the regisseur: the client learns only whether it keeps them out
    const coachDecides = rung === undefined || !(DEFAULT_RUNGS as readonly number[]).includes(rung);
    return json(matchingStatusSchema.parse({ clientId: client.id, coachDecides }));
  }),

  route('PUT', '/clients/:clientId/proposals/:proposalId/answer', async ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseClient(actor, params.clientId ?? '', 'write');
    const id = validId(params.proposalId);
    return withIdempotency(request, actor, async () => {
      const input = await parseBody(request, proposalAnswerInputSchema);
      const current = db.vacancyProposals.get(id);
      if (!current || current.clientId !== client.id) throw problem(404, { code: 'not-found' });
      checkIfMatch(request, current.version, withApplication(current));
      const at = nowIso();
      const saved = db.vacancyProposals.put({
        ...current,
        answer: { interested: input.interested, reason: input.reason, at, by: personOf(actor) },
        updatedAt: at,
        version: current.version + 1,
      });
      logApplied(request, actor, `proposal-answer:${id}`, { version: saved.version });
      return json(proposalSchema.parse(withApplication(saved)), { version: saved.version });
    });
  }),
];

function titleOf(entry: unknown): string | null {
  const title = (entry as { title?: unknown } | null)?.title;
  return typeof title === 'string' && title.trim() !== '' ? title.trim().slice(0, 160) : null;
}

const brokerOnly = [200, 401, 403, 404];
const rungsQuery = z.string().regex(/^[1-6](,[1-6])*$/);

export const operations: Operation[] = [
  {
    operationId: 'listBrokerVacancies',
    method: 'GET',
    path: '/broker/vacancies',
    summary: "The regisseur's vacancies",
    description:
      'All vacancies, newest first, 50 per page, each with whether the signed-in regisseur werk acquired it (`mine`) and how many proposals it has. `mine=true` lists only their own; `q` filters on title, employer and place. Only for a regisseur werk (role `jobBroker`).',
    tag: 'matching',
    auth: true,
    query: [
      { name: 'mine', description: '`true`: only the vacancies the signed-in regisseur acquired', schema: z.enum(['true', 'false']) },
      { name: 'q', description: 'Words in the title, the employer or the place', schema: z.string() },
      { name: 'offset', description: "Where the page starts; the previous answer's `nextOffset`", schema: z.number().int().min(0) },
    ],
    response: { name: 'BrokerVacancyList', schema: brokerVacancyListSchema },
    responses: [200, 401, 403],
  },
  {
    operationId: 'getBrokerVacancy',
    method: 'GET',
    path: '/broker/vacancies/{vacancyId}',
    summary: 'One vacancy for the regisseur',
    description: 'The vacancy with who acquired it and how (form, import, seed); `ETag` is its version. Only for a regisseur werk.',
    tag: 'matching',
    auth: true,
    response: { name: 'BrokerVacancy', schema: brokerVacancySchema },
    responses: brokerOnly,
    responseHeaders: ['ETag'],
  },
  {
    operationId: 'putBrokerVacancy',
    method: 'PUT',
    path: '/broker/vacancies/{vacancyId}',
    summary: 'Add or edit a vacancy',
    description:
      'Adds a vacancy with an id made on the device (201; the signed-in regisseur is recorded as who acquired it) or edits one (200; `If-Match` with its `ETag`, 412 version-mismatch when stale). Closing a vacancy is an edit with `status: "closed"`. 422 with field errors. Only for a regisseur werk; honours `Idempotency-Key`.',
    tag: 'matching',
    auth: true,
    request: { name: 'VacancyInput', schema: brokerVacancyInputSchema },
    response: { name: 'BrokerVacancy', schema: brokerVacancySchema },
    responses: [200, 201, 400, 401, 403, 409, 412, 422],
    headers: ['Idempotency-Key', 'If-Match'],
    responseHeaders: ['ETag', 'Idempotent-Replayed'],
  },
  {
    operationId: 'putVacancyImport',
    method: 'PUT',
    path: '/broker/vacancy-imports/{importId}',
    summary: 'Import JSON-LD JobPostings',
    description:
      'Imports the entries of a JSON-LD file of schema.org `JobPosting`s (the app reads the file and sends its entries). Every entry is checked; the answer reports per entry (1-based) `imported` with the new vacancy id, `duplicate` (our own `@id`, or the same employer and `identifier` as an existing vacancy or an earlier entry) or `invalid` with the JSON-LD field and an i18n key per problem. All valid entries are stored in one go, never some of them. The import id is made on the device: sending it again answers the same report and imports nothing twice (also without `Idempotency-Key`). Only for a regisseur werk.',
    tag: 'matching',
    auth: true,
    request: { name: 'VacancyImportInput', schema: vacancyImportInputSchema },
    response: { name: 'VacancyImportReport', schema: vacancyImportReportSchema },
    responses: [200, 201, 400, 401, 403, 409, 422],
    headers: ['Idempotency-Key'],
    responseHeaders: ['Idempotent-Replayed'],
  },
  {
    operationId: 'getVacancyCandidates',
    method: 'GET',
    path: '/broker/vacancies/{vacancyId}/candidates',
    summary: 'Ranked candidates for a vacancy',
    description:
      'The clients who consented to matching in their zoekprofiel (`matchingConsent`), on the participatieladder rungs asked for (default 4–6), ranked by the matching rules with the score explained per criterion (an i18n key and values per criterion); the best 50 are listed, `total` says how many were ranked. Shows only name, home place, rung and the match — nothing else of the client. Protected characteristics (age, nationality, gender, health …) never enter (docs/decisions/011). Each listed client sees the look-up in their access log. Only for a regisseur werk.',
    tag: 'matching',
    auth: true,
    query: [{ name: 'rungs', description: 'Comma-separated rungs 1–6, default `4,5,6`; 400 invalid-query otherwise', schema: rungsQuery }],
    response: { name: 'CandidateList', schema: candidateListSchema },
    responses: [200, 400, 401, 403, 404],
  },
  {
    operationId: 'getVacancyProposals',
    method: 'GET',
    path: '/broker/vacancies/{vacancyId}/proposals',
    summary: "A vacancy's proposals",
    description: 'Every proposal of this vacancy with its steps (voorgesteld → gesolliciteerd → gesprek → aangenomen / afgewezen) and the client\'s answer. Only for a regisseur werk.',
    tag: 'matching',
    auth: true,
    response: { name: 'ProposalList', schema: proposalListSchema },
    responses: brokerOnly,
  },
  {
    operationId: 'putProposal',
    method: 'PUT',
    path: '/broker/proposals/{proposalId}',
    summary: 'Propose a vacancy to a client',
    description:
      'Proposes an open vacancy to one client with an id made on the device (201), with the match explained as it is now and an optional note. The same id again answers the proposal (200); another client or vacancy under that id is 409 proposal-id-reused; a second proposal of the same vacancy to the same client is 409 already-proposed. 422 `validation.proposal.noConsent` at `clientId` when the client did not consent (or does not exist), `validation.proposal.vacancyClosed` when the vacancy is closed. Only for a regisseur werk; honours `Idempotency-Key`.',
    tag: 'matching',
    auth: true,
    request: { name: 'ProposalInput', schema: proposalInputSchema },
    response: { name: 'Proposal', schema: proposalSchema },
    responses: [200, 201, 400, 401, 403, 404, 409, 422],
    headers: ['Idempotency-Key'],
    responseHeaders: ['ETag', 'Idempotent-Replayed'],
  },
  {
    operationId: 'putProposalOutcome',
    method: 'PUT',
    path: '/broker/proposals/{proposalId}/outcome',
    summary: 'Record a step of a proposal',
    description:
      'The regisseur records `interview` (gesprek), `hired` (aangenomen: also a placement, outflow to work) or `rejected` (afgewezen). Versioned (`If-Match`, 412 when stale); after hired or rejected nothing more (409 proposal-closed). Only for a regisseur werk; honours `Idempotency-Key`.',
    tag: 'matching',
    auth: true,
    request: { name: 'ProposalOutcomeInput', schema: proposalOutcomeInputSchema },
    response: { name: 'Proposal', schema: proposalSchema },
    responses: [200, 400, 401, 403, 404, 409, 412, 422],
    headers: ['Idempotency-Key', 'If-Match'],
    responseHeaders: ['ETag', 'Idempotent-Replayed'],
  },
  {
    operationId: 'getClientProposals',
    method: 'GET',
    path: '/clients/{clientId}/proposals',
    summary: "A client's proposals",
    description:
      "The vacancies a regisseur werk proposed to the client, newest first, with why (the explained match), the client's answer and every step. For the client, their coach (read) or an authorised helper.",
    tag: 'matching',
    auth: true,
    response: { name: 'ProposalList', schema: proposalListSchema },
    responses: [200, 401, 403],
  },
  {
    operationId: 'getMatchingStatus',
    method: 'GET',
    path: '/clients/{clientId}/matching-status',
    summary: 'Why a client is (not) proposed',
    description:
      "What the client's \"Waarom word ik (niet) voorgesteld?\" page needs beyond their own zoekprofiel: `coachDecides` is true when their participatieladder rung is not one the regisseur werk looks at by default (4–6) or not yet known. The rung itself is never sent (docs/decisions/011). For the client, their coach or an authorised helper.",
    tag: 'matching',
    auth: true,
    response: { name: 'MatchingStatus', schema: matchingStatusSchema },
    responses: [200, 401, 403],
  },
  {
    operationId: 'putProposalAnswer',
    method: 'PUT',
    path: '/clients/{clientId}/proposals/{proposalId}/answer',
    summary: 'Answer a proposal',
    description:
      'The client says whether they are interested; not interested needs a reason (422 `validation.proposal.reason.required`). May be changed later. Versioned (`If-Match`, 412 when stale). The client, or a helper with write scope; honours `Idempotency-Key`.',
    tag: 'matching',
    auth: true,
    request: { name: 'ProposalAnswerInput', schema: proposalAnswerInputSchema },
    response: { name: 'Proposal', schema: proposalSchema },
    responses: [200, 400, 401, 403, 404, 409, 412, 422],
    headers: ['Idempotency-Key', 'If-Match'],
    responseHeaders: ['ETag', 'Idempotent-Replayed'],
  },
];
