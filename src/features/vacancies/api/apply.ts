import { apiPath } from '#src/shared/api/path.ts';
import { sharedQueryKeys } from '#src/shared/api/query-keys.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { applicationViewSchema, type ApplicationInput, type ApplicationView, type OfflineSet } from '../schemas.ts';
import { applicationLane, vacancyKeys } from './keys.ts';

export const VACANCY_APPLY = 'vacancies.apply';

export type ApplyPayload = ApplicationInput & { clientId: string };

/**
 * "Ik heb gesolliciteerd": the server creates the werkmap activity (with the id made here) once
 * per client and vacancy; this record's id is the Idempotency-Key.
 */
export const applyKind = defineRequestKind<ApplyPayload, ApplicationView, OfflineSet>({
  kind: VACANCY_APPLY,
  schemaVersion: 1,
  request: ({ clientId, ...input }) => ({ method: 'POST', path: apiPath`/clients/${clientId}/applications`, body: input, schema: applicationViewSchema }),
  query: ({ clientId }) => vacancyKeys.offlineSet(clientId),
  merge: (set, application) => (set ? { ...set, applications: [application, ...set.applications.filter((a) => a.vacancyId !== application.vacancyId)] } : set),
  // the werkmap and the start page count the new activity
  invalidates: () => [sharedQueryKeys.workFolder, sharedQueryKeys.home],
});

export function useApply() {
  return useOutboxWrite(applyKind, (payload) => applicationLane(payload.vacancyId));
}
