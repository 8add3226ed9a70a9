import { clientOverviewSchema, type Obligation } from '#src/features/home/schemas.ts';
import { db, type ClientRecord } from '../db.ts';
import { searchPeriodOf } from '../derive.ts';
import { authenticate, authoriseClient, json, route, type Operation } from '../http.ts';
import { recordAccess } from '../audit.ts';
import { intakeStatusOf } from './intake.ts';
import { applicationsObligation } from './activities.ts';
import { latestReviewFor } from './caseload.ts';
import { openTasksSummary } from './tasks.ts';

/** The client's home: zoekperiode and obligations. */

/** The obligation is done once submitted (the coach's decision is not the client's task). */
function intakeObligation(clientId: string): Obligation['status'] {
  const status = intakeStatusOf(clientId);
  return status === 'notStarted' ? 'notStarted' : status === 'inProgress' ? 'inProgress' : 'done';
}

/** "Je cv maken": done with a CV, begun once the CV details were saved. */
function cvObligation(clientId: string): Obligation['status'] {
  if (db.cvs.list().some((cv) => cv.clientId === clientId)) return 'done';
  return db.cvProfiles.has(clientId) ? 'inProgress' : 'notStarted';
}

/** The zoekperiode's obligations and their status (the home screen; the reminder before its end). */
export function obligationsOf(client: ClientRecord): Obligation[] {
  const profile = db.profiles.get(client.id);
  return [
    { id: 'uwvRegistration', status: profile?.registeredWithUwv ? 'done' : 'notStarted' },
    { id: 'cv', status: cvObligation(client.id) },
    applicationsObligation(client),
    { id: 'intake', status: intakeObligation(client.id) },
  ];
}

export const handlers = [
  route('GET', '/clients/:clientId/overview', ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseClient(actor, params.clientId ?? '', 'read');
    recordAccess(request, actor, 'overview');
    const obligations = obligationsOf(client);
    const coach = client.coachId ? db.users.get(client.coachId) : undefined;
    return json(
      clientOverviewSchema.parse({
        clientId: client.id,
        name: client.name,
        serviceLine: client.serviceLine,
        searchPeriod: searchPeriodOf(client),
        obligations,
        coachName: coach?.name ?? null,
        latestReview: latestReviewFor(client.id),
        tasks: openTasksSummary(client.id),
      }),
    );
  }),
];

export const operations: Operation[] = [
  {
    operationId: 'getClientOverview',
    method: 'GET',
    path: '/clients/{clientId}/overview',
    summary: "A client's zoekperiode overview",
    description:
      "The client's home screen: the zoekperiode (start and end), the obligations with their status (UWV registration, CV, applications against the norm, the entreevragenlijst), the coach's name, the latest three-month review and the open tasks. For the client, their coach, or a helper the client authorised; every read is written to the client's access log. 403 for anyone else, whether the client exists or not.",
    tag: 'clients',
    auth: true,
    response: { name: 'ClientOverview', schema: clientOverviewSchema },
    responses: [200, 401, 403],
  },
];
