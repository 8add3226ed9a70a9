import { helperClientListSchema } from '#src/features/home/schemas.ts';
import { db } from '../db.ts';
import { activeAuthorisation, authenticate, json, requireRole, route, type Operation } from '../http.ts';

/** A STIP helper's clients: only active (started, not expired, not withdrawn) authorisations. */

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
];

export const operations: Operation[] = [
  {
    operationId: 'listHelperClients',
    method: 'GET',
    path: '/helper/clients',
    summary: 'Clients who authorised the signed-in STIP helper (helpers only)',
    tag: 'helper',
    auth: true,
    response: { name: 'HelperClientList', schema: helperClientListSchema },
    responses: [200, 401, 403],
  },
];
