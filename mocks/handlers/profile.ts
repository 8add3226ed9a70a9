import { profileInputSchema, profileSchema } from '#src/features/profile/schemas.ts';
import { db } from '../db.ts';
import { nowIso, todayIso } from '../clock.ts';
import { withIdempotency } from '../idempotency.ts';
import { recordAccess } from '../audit.ts';
import { authenticate, authoriseClient, checkIfMatch, json, logApplied, parseBody, personOf, problem, route, type Operation } from '../http.ts';

/**
 * The client's own profile: versioned (ETag `"<version>"`, `If-Match`), and
 * idempotent when an `Idempotency-Key` is sent. Written by the client or a
 * helper with write scope; a coach may only read it (the client owns it).
 */

const DATE_FIELDS = ['benefitApplicationDate', 'uwvRegistrationDate'] as const;

/** Dates after today (Dutch calendar day) are refused. */
function futureDateErrors(raw: unknown): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (raw === null || typeof raw !== 'object') return errors;
  const today = todayIso();
  for (const field of DATE_FIELDS) {
    const value = (raw as Record<string, unknown>)[field];
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && value > today) {
      errors[field] = ['validation.date.future'];
    }
  }
  return errors;
}

export const handlers = [
  route('GET', '/clients/:clientId/profile', ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseClient(actor, params.clientId ?? '', 'read');
    recordAccess(request, actor, 'profile');
    const profile = db.profiles.get(client.id);
    if (!profile) return problem(404, { code: 'not-found' });
    return json(profileSchema.parse(profile), { version: profile.version });
  }),

  route('PUT', '/clients/:clientId/profile', async ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseClient(actor, params.clientId ?? '', 'write');
    return withIdempotency(request, actor, async () => {
      const input = await parseBody(request, profileInputSchema, futureDateErrors);
      const current = db.profiles.get(client.id);
      if (!current) throw problem(404, { code: 'not-found' });
      // A missing If-Match is accepted (last write wins); a real backend may want 428 here.
      checkIfMatch(request, current.version, current);
      const at = nowIso();
      const next = db.profiles.put({
        ...current,
        ...input,
        clientId: client.id,
        version: current.version + 1,
        updatedAt: at,
        updatedBy: personOf(actor),
      });
      db.clients.put({ ...client, lastActivityAt: at });
      logApplied(request, actor, `profile:${client.id}`, { version: next.version });
      return json(profileSchema.parse(next), { version: next.version });
    });
  }),
];

export const operations: Operation[] = [
  {
    operationId: 'getProfile',
    method: 'GET',
    path: '/clients/{clientId}/profile',
    summary: "A client's profile",
    description:
      "The client's personal details (contact details, UWV registration, benefit application date). Versioned: the `ETag` is the version to send back in `If-Match`. For the client, their coach, or an authorised helper; every read is written to the access log. 404 when the client has no profile.",
    tag: 'clients',
    auth: true,
    response: { name: 'Profile', schema: profileSchema },
    responses: [200, 401, 403, 404],
    responseHeaders: ['ETag'],
  },
  {
    operationId: 'putProfile',
    method: 'PUT',
    path: '/clients/{clientId}/profile',
    summary: 'Replace the profile',
    description:
      'Replaces the profile (the client, or a helper with write scope; a coach may only read it). Dates may not be in the future (field error `validation.date.future`). Send the `ETag` last read as `If-Match`: a stale one gets 412 version-mismatch with the current profile in `current`; without `If-Match` the last write wins. Honours `Idempotency-Key`. Every change records who made it for whom.',
    tag: 'clients',
    auth: true,
    request: { name: 'ProfileInput', schema: profileInputSchema },
    response: { name: 'Profile', schema: profileSchema },
    responses: [200, 400, 401, 403, 404, 409, 412, 422],
    headers: ['Idempotency-Key', 'If-Match'],
    responseHeaders: ['ETag', 'Idempotent-Replayed'],
  },
];
