import { apiPath } from '#src/shared/api/path.ts';
import { defineRequestKind, replaceWith } from '#src/shared/offline/request-kind.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { searchProfileSchema, type SearchProfile, type SearchProfileInput } from '../schemas.ts';
import { searchProfileLane, vacancyKeys } from './keys.ts';

export const SEARCH_PROFILE_PUT = 'vacancies.searchProfile';

export type PutSearchProfilePayload = { clientId: string; input: SearchProfileInput };

/** The zoekprofiel (a singleton served at version 0 before the first save: `If-Match: "0"`). */
export const putSearchProfileKind = defineRequestKind<PutSearchProfilePayload, SearchProfile>({
  kind: SEARCH_PROFILE_PUT,
  schemaVersion: 1,
  request: ({ clientId, input }) => ({ path: apiPath`/clients/${clientId}/search-profile`, body: input, schema: searchProfileSchema }),
  ifMatch: 'singleton',
  version: (profile) => profile.version,
  query: ({ clientId }) => vacancyKeys.searchProfile(clientId),
  merge: replaceWith,
  // the offline set is chosen for the zoekprofiel
  invalidates: (record) => [vacancyKeys.offlineSet(record.payload.clientId)],
});

export function usePutSearchProfile(clientId: string) {
  return useOutboxWrite(putSearchProfileKind, searchProfileLane(clientId));
}
