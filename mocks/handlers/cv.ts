import {
  cvInputSchema,
  cvListSchema,
  cvProfileInputSchema,
  cvProfileSchema,
  cvSchema,
  resolveCv,
  sharedCvsSchema,
  type CvProfile,
} from '#src/features/cv/schemas.ts';
import { db, type ClientRecord } from '../db.ts';
import { nowIso } from '../clock.ts';
import { withIdempotency } from '../idempotency.ts';
import { authenticate, authoriseClient, requireAcr, checkIfMatch, forbidden, json, logApplied, noContent, parseBody, problem, route, validId, type Actor, type Operation } from '../http.ts';

/**
 * The CV: one master profile per client (`/cv-profile`, versioned; version 0 until the first
 * save, then filled from the client's profile), and many CVs (`/cvs/{cvId}`, created with a
 * PUT on an id made on the device). Only the client (or a helper with write scope) reads and
 * writes them; a coach of the caseload sees only the CVs shared with them, resolved, through
 * `/shared-cvs` — never the rest of the profile.
 */

/**
 * The client themselves or an authorised helper; a coach gets a 403 (they use /shared-cvs). A client
 * writes only when signed in with DigiD "midden" or higher (the contract's `x-acr`).
 */
function ownerAccess(actor: Actor, clientId: string, access: 'read' | 'write'): ClientRecord {
  if (actor.user.role === 'coach') throw forbidden();
  if (access === 'write') requireAcr(actor, 'midden');
  return authoriseClient(actor, clientId, access);
}

/** The stored profile, or a first one filled from what the municipality and the client already know. */
function profileOf(client: ClientRecord): CvProfile {
  const stored = db.cvProfiles.get(client.id);
  if (stored) return stored;
  const own = db.profiles.get(client.id);
  return cvProfileSchema.parse({
    clientId: client.id,
    personalia: {
      name: client.name,
      town: own?.town ?? client.town,
      phone: own?.phone ?? '',
      email: own?.email ?? '',
      dateOfBirth: null,
      showDateOfBirth: false,
      photo: null,
      showPhoto: false,
      drivingLicences: [],
    },
    profileText: '',
    entries: [],
    customSections: [],
    version: 0,
    updatedAt: null,
  });
}

const cvsOf = (clientId: string) =>
  db.cvs
    .list()
    .filter((cv) => cv.clientId === clientId)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

export const handlers = [
  route('GET', '/clients/:clientId/cv-profile', ({ request, params }) => {
    const actor = authenticate(request);
    const client = ownerAccess(actor, params.clientId ?? '', 'read');
    const profile = profileOf(client);
    return json(cvProfileSchema.parse(profile), { version: profile.version });
  }),

  route('PUT', '/clients/:clientId/cv-profile', async ({ request, params }) => {
    const actor = authenticate(request);
    const client = ownerAccess(actor, params.clientId ?? '', 'write');
    return withIdempotency(request, actor, async () => {
      const input = await parseBody(request, cvProfileInputSchema);
      const current = profileOf(client);
      checkIfMatch(request, current.version, current);
      const next = db.cvProfiles.put({ ...input, clientId: client.id, version: current.version + 1, updatedAt: nowIso() });
      logApplied(request, actor, `cv-profile:${client.id}`, { version: next.version });
      return json(cvProfileSchema.parse(next), { version: next.version });
    });
  }),

  route('GET', '/clients/:clientId/cvs', ({ request, params }) => {
    const actor = authenticate(request);
    const client = ownerAccess(actor, params.clientId ?? '', 'read');
    return json(cvListSchema.parse({ cvs: cvsOf(client.id) }));
  }),

  route('PUT', '/clients/:clientId/cvs/:cvId', async ({ request, params }) => {
    const actor = authenticate(request);
    const client = ownerAccess(actor, params.clientId ?? '', 'write');
    const id = validId(params.cvId);
    return withIdempotency(request, actor, async () => {
      const input = await parseBody(request, cvInputSchema);
      const current = db.cvs.get(id);
      if (current && current.clientId !== client.id) throw problem(404, { code: 'not-found' });
      checkIfMatch(request, current?.version ?? null, current);
      const at = nowIso();
      const saved = db.cvs.put({ ...input, id, clientId: client.id, version: (current?.version ?? 0) + 1, createdAt: current?.createdAt ?? at, updatedAt: at });
      logApplied(request, actor, `cv:${id}`, { version: saved.version });
      return json(cvSchema.parse(saved), { status: current ? 200 : 201, version: saved.version });
    });
  }),

  route('DELETE', '/clients/:clientId/cvs/:cvId', async ({ request, params }) => {
    const actor = authenticate(request);
    const client = ownerAccess(actor, params.clientId ?? '', 'write');
    const id = validId(params.cvId);
    return withIdempotency(request, actor, async () => {
      const current = db.cvs.get(id);
      // deleting what is gone already is fine (a resend)
      if (!current || current.clientId !== client.id) return noContent();
      checkIfMatch(request, current.version, current);
      db.cvs.delete(id);
      logApplied(request, actor, `cv:${id}`, { method: 'DELETE' });
      return noContent();
    });
  }),

  route('GET', '/clients/:clientId/shared-cvs', ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseClient(actor, params.clientId ?? '', 'read');
    const profile = profileOf(client);
    const cvs = cvsOf(client.id)
      .filter((cv) => cv.sharedWithCoach)
      .map((cv) => resolveCv(profile, cv));
    return json(sharedCvsSchema.parse({ clientName: client.name, cvs }));
  }),
];

export const operations: Operation[] = [
  {
    operationId: 'getCvProfile',
    method: 'GET',
    path: '/clients/{clientId}/cv-profile',
    summary: 'The master CV profile',
    description:
      "The client's master CV profile (personal details, profile text, entries, custom sections) from which every CV is built. Version 0, filled from the profile, until the first save. The client or an authorised helper; a coach gets 403 (they use `/shared-cvs`).",
    tag: 'cv',
    auth: true,
    response: { name: 'CvProfile', schema: cvProfileSchema },
    responses: [200, 401, 403],
    responseHeaders: ['ETag'],
  },
  {
    operationId: 'putCvProfile',
    method: 'PUT',
    path: '/clients/{clientId}/cv-profile',
    summary: 'Replace the master CV profile',
    description:
      'Replaces the master CV profile (never a BSN; date of birth and photo optional and shown only when chosen). Versioned: `If-Match` with the `ETag`, 412 version-mismatch with `current` when stale. The client or a helper with write scope; honours `Idempotency-Key`. A client must have signed in with DigiD "midden" (`x-required-acr`; 401 insufficient-user-authentication below it).',
    tag: 'cv',
    auth: true,
    acr: 'midden',
    request: { name: 'CvProfileInput', schema: cvProfileInputSchema },
    response: { name: 'CvProfile', schema: cvProfileSchema },
    responses: [200, 400, 401, 403, 409, 412, 422],
    headers: ['Idempotency-Key', 'If-Match'],
    responseHeaders: ['ETag', 'Idempotent-Replayed'],
  },
  {
    operationId: 'listCvs',
    method: 'GET',
    path: '/clients/{clientId}/cvs',
    summary: "The client's CVs",
    description:
      'The CVs built from the master profile (which entries, which template, whether shared with the coach), last changed first. The client or an authorised helper.',
    tag: 'cv',
    auth: true,
    response: { name: 'CvList', schema: cvListSchema },
    responses: [200, 401, 403],
  },
  {
    operationId: 'putCv',
    method: 'PUT',
    path: '/clients/{clientId}/cvs/{cvId}',
    summary: 'Create or replace a CV',
    description:
      'Creates a CV with an id made on the device (201) or replaces one (200). Versioned: `If-Match` with the `ETag` when replacing, 412 version-mismatch when stale. 404 when the id belongs to another client. The client or a helper with write scope; honours `Idempotency-Key`. A client must have signed in with DigiD "midden" (`x-required-acr`; 401 insufficient-user-authentication below it).',
    tag: 'cv',
    auth: true,
    acr: 'midden',
    request: { name: 'CvInput', schema: cvInputSchema },
    response: { name: 'Cv', schema: cvSchema },
    responses: [200, 201, 400, 401, 403, 404, 409, 412, 422],
    headers: ['Idempotency-Key', 'If-Match'],
    responseHeaders: ['ETag', 'Idempotent-Replayed'],
  },
  {
    operationId: 'deleteCv',
    method: 'DELETE',
    path: '/clients/{clientId}/cvs/{cvId}',
    summary: 'Delete a CV',
    description:
      'Deletes a CV. Answers 204 also when it is gone already (a resend). With `If-Match`, a stale version gets 412. The client or a helper with write scope; honours `Idempotency-Key`. A client must have signed in with DigiD "midden" (`x-required-acr`; 401 insufficient-user-authentication below it).',
    tag: 'cv',
    auth: true,
    acr: 'midden',
    responses: [204, 400, 401, 403, 409, 412, 422],
    headers: ['Idempotency-Key', 'If-Match'],
    responseHeaders: ['Idempotent-Replayed'],
  },
  {
    operationId: 'getSharedCvs',
    method: 'GET',
    path: '/clients/{clientId}/shared-cvs',
    summary: 'CVs shared with the coach',
    description:
      'The CVs the client shared with their coach, resolved against the master profile (what the CV shows, nothing else of the profile). For the client, their coach, or an authorised helper.',
    tag: 'cv',
    auth: true,
    response: { name: 'SharedCvs', schema: sharedCvsSchema },
    responses: [200, 401, 403],
  },
];
