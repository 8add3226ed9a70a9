import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { sharedQueryKeys } from '#src/shared/api/query-keys.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { applicationViewSchema, type ApplicationInput, type ApplicationView, type OfflineSet } from '../schemas.ts';
import { applicationLane, vacancyKeys } from './keys.ts';

export const VACANCY_APPLY = 'vacancies.apply';

export type ApplyPayload = ApplicationInput & { clientId: string };

/**
 * "Ik heb gesolliciteerd": the server creates the werkmap activity (with the id made here) once
 * per client and vacancy; this record's id is the Idempotency-Key.
 */
export const applyKind = defineOutboxKind<ApplyPayload, ApplicationView>({
  kind: VACANCY_APPLY,
  schemaVersion: 1,
  async send(record, { signal }) {
    const { clientId, ...input } = record.payload;
    const { data } = await apiRequest({
      method: 'POST',
      path: `/clients/${encodeURIComponent(clientId)}/applications`,
      body: input,
      schema: applicationViewSchema,
      idempotencyKey: record.id,
      signal,
    });
    return { data };
  },
  onSent(record, result) {
    queryClient.setQueryData<OfflineSet>(vacancyKeys.offlineSet(record.payload.clientId), (set) =>
      set ? { ...set, applications: [result.data, ...set.applications.filter((a) => a.vacancyId !== result.data.vacancyId)] } : set,
    );
  },
  // the werkmap and the start page count the new activity
  invalidates: () => [sharedQueryKeys.workFolder, sharedQueryKeys.home],
  onDiscarded(record) {
    void queryClient.invalidateQueries({ queryKey: vacancyKeys.offlineSet(record.payload.clientId) });
  },
});

export function useApply() {
  return useOutboxWrite(applyKind, (payload) => applicationLane(payload.vacancyId));
}
