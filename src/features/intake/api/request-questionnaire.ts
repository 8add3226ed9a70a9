import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { intakeOverviewSchema, type IntakeOverview } from '../schemas.ts';
import { intakeKeys, questionnairePath } from './keys.ts';
import { defineRequestKind, replaceWith } from '#src/shared/offline/request-kind.ts';

export const INTAKE_REQUEST = 'intake.requestQuestionnaire';

/** The lane of the coach's request for the aanvullende vragenlijst of one client. */
export function questionnaireRequestLane(clientId: string): string {
  return `intake-request:${clientId}`;
}

export type RequestQuestionnairePayload = { clientId: string };

/** The coach asks the client to fill in the aanvullende vragenlijst (through the outbox). */
export const requestQuestionnaireKind = defineRequestKind<RequestQuestionnairePayload, IntakeOverview>({
  kind: INTAKE_REQUEST,
  // 2: the client id in the payload (version 1 sent an empty payload, the client id in the lane)
  schemaVersion: 2,
  migrate: (_payload, _fromVersion, record) => ({ clientId: record.lane.slice(record.lane.indexOf(':') + 1) }),
  request: ({ clientId }) => ({ path: `${questionnairePath(clientId, 'participation')}/request`, body: {}, schema: intakeOverviewSchema }),
  query: ({ clientId }) => intakeKeys.overview(clientId, 'participation'),
  merge: replaceWith,
});

/** The coach asks for the aanvullende vragenlijst; `pending` is the request not sent yet. */
export function useRequestQuestionnaire(clientId: string) {
  return useOutboxWrite(requestQuestionnaireKind, questionnaireRequestLane(clientId));
}
