import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { ifMatchFor } from '#src/shared/offline/versions.ts';
import { searchProfileSchema, type SearchProfile, type SearchProfileInput } from '../schemas.ts';
import { searchProfileLane, vacancyKeys } from './keys.ts';

export const SEARCH_PROFILE_PUT = 'vacancies.searchProfile';

export type PutSearchProfilePayload = { clientId: string; input: SearchProfileInput };

/** The zoekprofiel (a singleton served at version 0 before the first save: `If-Match: "0"`). */
export const putSearchProfileKind = defineOutboxKind<PutSearchProfilePayload, SearchProfile>({
  kind: SEARCH_PROFILE_PUT,
  schemaVersion: 1,
  async send(record, { signal }) {
    const { clientId, input } = record.payload;
    const { data } = await apiRequest({
      method: 'PUT',
      path: `/clients/${encodeURIComponent(clientId)}/search-profile`,
      body: input,
      schema: searchProfileSchema,
      idempotencyKey: record.id,
      ifMatch: ifMatchFor(record, 'singleton'),
      signal,
    });
    return { version: data.version, data };
  },
  onSent(record, result) {
    queryClient.setQueryData(vacancyKeys.searchProfile(record.payload.clientId), result.data);
  },
  // the offline set is chosen for the zoekprofiel
  invalidates: (record) => [vacancyKeys.offlineSet(record.payload.clientId)],
  onDiscarded(record) {
    void queryClient.invalidateQueries({ queryKey: vacancyKeys.searchProfile(record.payload.clientId) });
  },
});

export function usePutSearchProfile(clientId: string) {
  return useOutboxWrite(putSearchProfileKind, searchProfileLane(clientId));
}
