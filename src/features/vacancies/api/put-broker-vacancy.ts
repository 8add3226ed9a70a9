import { apiPath } from '#src/shared/api/path.ts';
import { defineRequestKind, replaceWith } from '#src/shared/offline/request-kind.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { brokerVacancySchema, type BrokerVacancy } from '../matching/schemas.ts';
import type { VacancyInput } from '../schemas.ts';
import { brokerVacancyLane, matchingKeys } from './matching-keys.ts';

export type PutBrokerVacancyPayload = { vacancyId: string; input: VacancyInput };

/** The regisseur adds (base version 0: no If-Match) or edits (If-Match) a vacancy; closing is an edit. */
export const putBrokerVacancyKind = defineRequestKind<PutBrokerVacancyPayload, BrokerVacancy>({
  kind: 'matching.vacancy.put',
  schemaVersion: 1,
  request: ({ vacancyId, input }) => ({ path: apiPath`/broker/vacancies/${vacancyId}`, body: input, schema: brokerVacancySchema }),
  ifMatch: 'entity',
  version: (data) => data.vacancy.version,
  query: ({ vacancyId }) => matchingKeys.brokerVacancy(vacancyId),
  merge: replaceWith,
  invalidates: (record) => [matchingKeys.brokerVacanciesAll(), matchingKeys.candidatesAll(record.payload.vacancyId)],
});

export function usePutBrokerVacancy() {
  return useOutboxWrite(putBrokerVacancyKind, (payload) => brokerVacancyLane(payload.vacancyId));
}
