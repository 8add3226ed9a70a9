import type { z } from 'zod';
import {
  accessListSchema,
  changeListSchema,
  myAuthorisationListSchema,
  myAuthorisationSchema,
  myDataExportSchema,
} from '#src/features/my-data/schemas.ts';
import { idSchema } from '#src/shared/lib/domain.ts';
import { anyTable, db, tableDefs, tableNames, type AuthorisationRecord } from '../db.ts';
import { now, nowIso } from '../clock.ts';
import { authenticate, endSession, authoriseClient, forbidden, json, problem, requireRole, route, type Actor, type Operation } from '../http.ts';
import { recordAccess } from '../audit.ts';

/**
 * "Mijn gegevens" (AVG) and machtigen (issue 8): the history of changes (client,
 * coach, authorised helper), the client's authorisations and withdrawing one, the
 * access log, the export of everything and the request to delete.
 */

/** Fields that tie a record to a client. */
const OWNER_FIELDS = ['clientId', 'onBehalfOfClientId'] as const;

function ownClientId(actor: Actor): string {
  requireRole(actor, 'client');
  if (!actor.user.clientId) throw forbidden();
  return actor.user.clientId;
}

function statusOf(a: AuthorisationRecord): z.infer<typeof myAuthorisationSchema>['status'] {
  const at = now().getTime();
  if (a.withdrawnAt !== null) return 'withdrawn';
  if (Date.parse(a.startsAt) > at) return 'notStarted';
  if (Date.parse(a.endsAt) <= at) return 'expired';
  return 'active';
}

function myAuthorisations(clientId: string) {
  return db.authorisations
    .list()
    .filter((a) => a.clientId === clientId)
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt))
    .map((a) => ({
      id: a.id,
      helperName: db.users.get(a.helperId)?.name ?? '—',
      scope: a.scope,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      withdrawnAt: a.withdrawnAt,
      status: statusOf(a),
    }));
}

/**
 * Every record, in every exported collection of the store (`tableDefs`: all but secrets and
 * technical records), that belongs to this client (new collections included).
 */
export function exportFor(clientId: string) {
  const collections: Record<string, Array<Record<string, unknown>>> = {};
  for (const name of tableNames) {
    if (!tableDefs[name].exported) continue;
    const records = anyTable(name)
      .list()
      .filter((record) => (name === 'clients' ? record.id === clientId : OWNER_FIELDS.some((field) => record[field] === clientId)));
    if (records.length > 0) collections[name] = records.map((record) => ({ ...record }));
  }
  return { exportedAt: nowIso(), clientId, collections };
}

export const handlers = [
  route('GET', '/clients/:clientId/changes', ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseClient(actor, params.clientId ?? '', 'read');
    recordAccess(request, actor, 'changes');
    const list = db.changeLog
      .list()
      .filter((entry) => entry.onBehalfOfClientId === client.id)
      .sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
    return json(changeListSchema.parse(list));
  }),

  route('GET', '/me/access-log', ({ request }) => {
    const clientId = ownClientId(authenticate(request));
    const list = db.accessLog
      .list()
      .filter((entry) => entry.clientId === clientId)
      .sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
    return json(accessListSchema.parse(list));
  }),

  route('GET', '/me/authorisations', ({ request }) => {
    const clientId = ownClientId(authenticate(request));
    return json(myAuthorisationListSchema.parse(myAuthorisations(clientId)));
  }),

  route('POST', '/me/authorisations/:authorisationId/withdraw', ({ request, params }) => {
    const clientId = ownClientId(authenticate(request));
    const id = idSchema.safeParse(params.authorisationId);
    const authorisation = id.success ? db.authorisations.get(id.data) : undefined;
    if (!authorisation || authorisation.clientId !== clientId) throw forbidden();
    if (authorisation.withdrawnAt === null) db.authorisations.put({ ...authorisation, withdrawnAt: nowIso() });
    const saved = myAuthorisations(clientId).find((a) => a.id === authorisation.id);
    return json(myAuthorisationSchema.parse(saved));
  }),

  route('GET', '/me/export', ({ request }) => {
    const clientId = ownClientId(authenticate(request));
    return json(myDataExportSchema.parse(exportFor(clientId)), {
      headers: { 'Content-Disposition': 'attachment; filename="mijn-gegevens.json"', 'Cache-Control': 'no-store' },
    });
  }),

  route('DELETE', '/me/data', ({ request }) => {
    const actor = authenticate(request);
    const clientId = ownClientId(actor);
    if (!db.clients.has(clientId)) return problem(404, { code: 'not-found' });
    // drafts go at once; the rest the municipality removes within a month, except what the law
    // makes it keep (the mock only removes drafts); every session of this person ends
    for (const name of tableNames) {
      if (!tableDefs[name].drafts) continue;
      const table = anyTable(name);
      for (const [key, record] of table) if (record.clientId === clientId) table.delete(key);
    }
    for (const [sid, session] of db.sessions) if (session.userId === actor.user.id) endSession(sid);
    return new Response(null, { status: 202 });
  }),
];

export const operations: Operation[] = [
  {
    operationId: 'listChanges',
    method: 'GET',
    path: '/clients/{clientId}/changes',
    summary: "Who changed a client's data",
    description:
      "Who changed what in a client's data and for whom (a helper acting for the client is named), newest first. For the client, their coach, or an authorised helper.",
    tag: 'clients',
    auth: true,
    response: { name: 'ChangeList', schema: changeListSchema },
    responses: [200, 401, 403],
  },
  {
    operationId: 'listMyAccessLog',
    method: 'GET',
    path: '/me/access-log',
    summary: 'Who looked at my data',
    description:
      "Who (a coach, a helper) looked at the signed-in client's data, and which part, newest first. Only clients.",
    tag: 'me',
    auth: true,
    response: { name: 'AccessList', schema: accessListSchema },
    responses: [200, 401, 403],
  },
  {
    operationId: 'listMyAuthorisations',
    method: 'GET',
    path: '/me/authorisations',
    summary: 'My authorisations',
    description:
      "The signed-in client's authorisations (machtigingen) for STIP helpers: helper, scope, period and status (active, not started, expired, withdrawn). Only clients.",
    tag: 'me',
    auth: true,
    response: { name: 'MyAuthorisationList', schema: myAuthorisationListSchema },
    responses: [200, 401, 403],
  },
  {
    operationId: 'withdrawMyAuthorisation',
    method: 'POST',
    path: '/me/authorisations/{authorisationId}/withdraw',
    summary: 'Withdraw an authorisation',
    description:
      "Withdraws an authorisation: the helper loses access at once, also in a session acting for the client. Withdrawing again changes nothing. 403 for an unknown authorisation or someone else's. Only clients.",
    tag: 'me',
    auth: true,
    response: { name: 'MyAuthorisation', schema: myAuthorisationSchema },
    responses: [200, 401, 403],
  },
  {
    operationId: 'exportMyData',
    method: 'GET',
    path: '/me/export',
    summary: 'Export my data',
    description:
      'Everything stored about the signed-in client, per collection, as one JSON download (`Content-Disposition: attachment`, not cached). Only clients.',
    tag: 'me',
    auth: true,
    response: { name: 'MyDataExport', schema: myDataExportSchema },
    responses: [200, 401, 403],
  },
  {
    operationId: 'deleteMyData',
    method: 'DELETE',
    path: '/me/data',
    summary: 'Delete my data',
    description:
      "Asks to delete the signed-in client's data (202): drafts go at once, the rest within a month except what the law makes the municipality keep. Every session of this person ends. Only clients.",
    tag: 'me',
    auth: true,
    responses: [202, 401, 403, 404],
  },
];
