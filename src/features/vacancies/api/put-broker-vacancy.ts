import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { ifMatchFor } from '#src/shared/offline/versions.ts';
import { brokerVacancySchema, type BrokerVacancy } from '../matching/schemas.ts';
import type { VacancyInput } from '../schemas.ts';
import { brokerVacancyLane, matchingKeys } from './matching-keys.ts';

export type PutBrokerVacancyPayload = { vacancyId: string; input: VacancyInput };

/** The regisseur adds (base version 0: no If-Match) or edits (If-Match) a vacancy; closing is an edit. */
export const putBrokerVacancyKind = defineOutboxKind<PutBrokerVacancyPayload, BrokerVacancy>({
  kind: 'matching.vacancy.put',
  schemaVersion: 1,
  async send(record, { signal }) {
    const { data } = await apiRequest({
      method: 'PUT',
      path: `/broker/vacancies/${encodeURIComponent(record.payload.vacancyId)}`,
      body: record.payload.input,
      schema: brokerVacancySchema,
      idempotencyKey: record.id,
      ifMatch: ifMatchFor(record),
      signal,
    });
    return { version: data.vacancy.version, data };
  },
  onSent(record, result) {
    queryClient.setQueryData(matchingKeys.brokerVacancy(record.payload.vacancyId), result.data);
  },
  invalidates: (record) => [matchingKeys.brokerVacanciesAll(), matchingKeys.candidatesAll(record.payload.vacancyId)],
});

export function usePutBrokerVacancy() {
  return useOutboxWrite(putBrokerVacancyKind, (payload) => brokerVacancyLane(payload.vacancyId));
}
