import { apiPath } from '#src/shared/api/path.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { savedVacancySchema, type OfflineSet } from '../schemas.ts';
import { savedVacancyLane, vacancyKeys } from './keys.ts';

export const VACANCY_SAVE = 'vacancies.save';

export type SaveVacancyPayload = { clientId: string; vacancyId: string; saved: boolean; savedAt: string };

export function mergeSaved(set: OfflineSet | undefined, _data: unknown, { clientId, vacancyId, saved, savedAt }: SaveVacancyPayload): OfflineSet | undefined {
  return set ? { ...set, saved: [...set.saved.filter((s) => s.vacancyId !== vacancyId), ...(saved ? [{ clientId, vacancyId, savedAt }] : [])] } : set;
}

/** Bewaren (or no longer): idempotent on the server either way, so a resend is harmless. */
export const saveVacancyKind = defineRequestKind<SaveVacancyPayload, unknown, OfflineSet>({
  kind: VACANCY_SAVE,
  schemaVersion: 1,
  request: ({ clientId, vacancyId, saved }) => {
    const path = apiPath`/clients/${clientId}/saved-vacancies/${vacancyId}`;
    return saved ? { path, schema: savedVacancySchema } : { method: 'DELETE', path };
  },
  query: ({ clientId }) => vacancyKeys.offlineSet(clientId),
  merge: mergeSaved,
});

export function useSaveVacancy() {
  return useOutboxWrite(saveVacancyKind, (payload) => savedVacancyLane(payload.vacancyId));
}
