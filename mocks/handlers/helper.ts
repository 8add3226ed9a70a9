import { z } from 'zod';
import { helperClientListSchema } from '#src/features/home/schemas.ts';
import { sessionInfoSchema } from '#src/shared/auth/schemas.ts';
import { idSchema } from '#src/shared/lib/domain.ts';
import { db } from '../db.ts';
import { activeAuthorisation, authenticate, forbidden, json, parseBody, requireRole, route, type Operation } from '../http.ts';
import { sessionInfo } from './auth.ts';

/**
 * A STIP helper's clients (only active — started, not expired, not withdrawn —
 * authorisations) and the acting context: the helper chooses one client to act
 * for; the session records it, and every client endpoint checks it
 * (docs/decisions/005-acting-for-a-client.md).
 */

export const actingRequestSchema = z.object({ clientId: idSchema });

export const handlers = [
  route('GET', '/helper/clients', ({ request }) => {
    const actor = authenticate(request);
    requireRole(actor, 'helper');
    const clientIds = new Set(db.authorisations.list().filter((a) => a.helperId === actor.user.id).map((a) => a.clientId));
    const list = [...clientIds]
      .map((clientId) => {
        const authorisation = activeAuthorisation(actor.user.id, clientId);
        const client = db.clients.get(clientId);
        return authorisation && client
          ? { clientId, name: client.name, scope: authorisation.scope, endsAt: authorisation.endsAt }
          : null;
      })
      .filter((entry) => entry !== null)
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    return json(helperClientListSchema.parse(list));
  }),

  route('POST', '/helper/acting', async ({ request }) => {
    const actor = authenticate(request);
    requireRole(actor, 'helper');
    const { clientId } = await parseBody(request, actingRequestSchema);
    if (!activeAuthorisation(actor.user.id, clientId)) throw forbidden();
    const session = db.sessions.put({ ...actor.session, actingForClientId: clientId });
    return json(sessionInfoSchema.parse(sessionInfo(session, actor.user)));
  }),

  route('DELETE', '/helper/acting', ({ request }) => {
    const actor = authenticate(request);
    requireRole(actor, 'helper');
    const session = db.sessions.put({ ...actor.session, actingForClientId: null });
    return json(sessionInfoSchema.parse(sessionInfo(session, actor.user)));
  }),
];

export const operations: Operation[] = [
  {
    operationId: 'listHelperClients',
    method: 'GET',
    path: '/helper/clients',
    summary: "The helper's clients",
    description:
      'The clients who authorised the signed-in STIP helper and whose authorisation is active now (started, not expired, not withdrawn), by name, with the scope (read or write) and end date. Only for helpers.',
    tag: 'helper',
    auth: true,
    response: { name: 'HelperClientList', schema: helperClientListSchema },
    responses: [200, 401, 403],
  },
  {
    operationId: 'startActing',
    method: 'POST',
    path: '/helper/acting',
    summary: 'Act for a client',
    description:
      "Makes the session act for one client who authorised the helper (docs/decisions/005): from then on the client's endpoints accept this session for that client only, within the scope of the authorisation, and every change records who made it for whom. 403 without an active authorisation. Answers the session. Only for helpers.",
    tag: 'helper',
    auth: true,
    request: { name: 'ActingRequest', schema: actingRequestSchema },
    response: { name: 'SessionInfo', schema: sessionInfoSchema },
    responses: [200, 400, 401, 403, 422],
  },
  {
    operationId: 'stopActing',
    method: 'DELETE',
    path: '/helper/acting',
    summary: 'Stop acting for a client',
    description:
      'Ends the acting context of the session; answers the session without `actingFor`. Only for helpers.',
    tag: 'helper',
    auth: true,
    response: { name: 'SessionInfo', schema: sessionInfoSchema },
    responses: [200, 401, 403],
  },
];
