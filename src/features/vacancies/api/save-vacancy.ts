import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { savedVacancySchema, type OfflineSet } from '../schemas.ts';
import { savedVacancyLane, vacancyKeys } from './keys.ts';

export const VACANCY_SAVE = 'vacancies.save';

export type SaveVacancyPayload = { clientId: string; vacancyId: string; saved: boolean; savedAt: string };

/** Bewaren (or no longer): idempotent on the server either way, so a resend is harmless. */
export const saveVacancyKind = defineOutboxKind<SaveVacancyPayload, unknown>({
  kind: VACANCY_SAVE,
  schemaVersion: 1,
  async send(record, { signal }) {
    const { clientId, vacancyId, saved } = record.payload;
    const path = `/clients/${encodeURIComponent(clientId)}/saved-vacancies/${encodeURIComponent(vacancyId)}`;
    const { data } = saved
      ? await apiRequest({ method: 'PUT', path, schema: savedVacancySchema, idempotencyKey: record.id, signal })
      : await apiRequest({ method: 'DELETE', path, schema: undefined, idempotencyKey: record.id, signal });
    return { data };
  },
  onSent(record) {
    const { clientId, vacancyId, saved, savedAt } = record.payload;
    queryClient.setQueryData<OfflineSet>(vacancyKeys.offlineSet(clientId), (set) =>
      set ? { ...set, saved: [...set.saved.filter((s) => s.vacancyId !== vacancyId), ...(saved ? [{ clientId, vacancyId, savedAt }] : [])] } : set,
    );
  },
  onDiscarded(record) {
    void queryClient.invalidateQueries({ queryKey: vacancyKeys.offlineSet(record.payload.clientId) });
  },
});

export function useSaveVacancy() {
  return useOutboxWrite(saveVacancyKind, (payload) => savedVacancyLane(payload.vacancyId));
}
