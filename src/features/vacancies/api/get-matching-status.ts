import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { persistedQuery } from '#src/shared/offline/persist-queries.ts';
import { matchingStatusSchema } from '../matching/schemas.ts';
import { matchingKeys } from './matching-keys.ts';

/** Whether the e-coach decides if the client can go to work now (never the rung itself). */
export function matchingStatusQueryOptions(clientId: string) {
  return queryOptions({
    queryKey: matchingKeys.matchingStatus(clientId),
    queryFn: async () => (await apiRequest({ path: `/clients/${encodeURIComponent(clientId)}/matching-status`, schema: matchingStatusSchema })).data,
    ...persistedQuery,
  });
}
export const useMatchingStatus = (clientId: string) => useQuery({ ...matchingStatusQueryOptions(clientId), enabled: clientId !== '' });
