import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { intakeOverviewSchema, type IntakeOverview } from '../schemas.ts';
import { intakeKeys, questionnairePath } from './keys.ts';

export const INTAKE_REQUEST = 'intake.requestQuestionnaire';

/** The lane of the coach's request for the aanvullende vragenlijst of one client. */
export function questionnaireRequestLane(clientId: string): string {
  return `intake-request:${clientId}`;
}

export type RequestQuestionnairePayload = { clientId: string };

/** The coach asks the client to fill in the aanvullende vragenlijst (through the outbox). */
export const requestQuestionnaireKind = defineOutboxKind<RequestQuestionnairePayload, IntakeOverview>({
  kind: INTAKE_REQUEST,
  // 2: the client id in the payload (version 1 sent an empty payload, the client id in the lane)
  schemaVersion: 2,
  migrate: (_payload, _fromVersion, record) => ({ clientId: record.lane.slice(record.lane.indexOf(':') + 1) }),
  async send(record, { signal }) {
    const { data } = await apiRequest({
      method: 'PUT',
      path: `${questionnairePath(record.payload.clientId, 'participation')}/request`,
      body: {},
      schema: intakeOverviewSchema,
      idempotencyKey: record.id,
      signal,
    });
    return { data };
  },
  onSent(record, result) {
    queryClient.setQueryData(intakeKeys.overview(record.payload.clientId, 'participation'), result.data);
  },
  onDiscarded(record) {
    void queryClient.invalidateQueries({ queryKey: intakeKeys.overview(record.payload.clientId, 'participation') });
  },
});

/** The coach asks for the aanvullende vragenlijst; `pending` is the request not sent yet. */
export function useRequestQuestionnaire(clientId: string) {
  return useOutboxWrite(requestQuestionnaireKind, questionnaireRequestLane(clientId));
}
