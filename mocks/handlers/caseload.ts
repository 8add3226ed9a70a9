import { caseloadSchema } from '#src/features/coach/schemas.ts';
import { db } from '../db.ts';
import { searchPeriodOf } from '../derive.ts';
import { authenticate, json, requireRole, route, type Operation } from '../http.ts';
import { recordAccess } from '../audit.ts';

/** The e-coach's caseload: only their own clients. */

export const handlers = [
  route('GET', '/coach/caseload', ({ request }) => {
    const actor = authenticate(request);
    requireRole(actor, 'coach');
    const clients = db.clients
      .list()
      .filter((client) => client.coachId === actor.user.id)
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
      .map((client) => ({
        clientId: client.id,
        name: client.name,
        serviceLine: client.serviceLine,
        searchPeriodEnd: searchPeriodOf(client)?.end ?? null,
        lastActivityAt: client.lastActivityAt,
      }));
    recordAccess(request, actor, 'caseload', clients.map((c) => c.clientId));
    return json(caseloadSchema.parse({ coachId: actor.user.id, clients }));
  }),
];

export const operations: Operation[] = [
  {
    operationId: 'getCaseload',
    method: 'GET',
    path: '/coach/caseload',
    summary: "The signed-in e-coach's clients (coaches only)",
    tag: 'coach',
    auth: true,
    response: { name: 'Caseload', schema: caseloadSchema },
    responses: [200, 401, 403],
  },
];
