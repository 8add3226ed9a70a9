import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { apiPath } from '#src/shared/api/path.ts';
import { ladderSchema } from '../schemas.ts';
import { coachKeys } from './keys.ts';

/** A client's participatieladder: the rung and its history (their own coach only). */
export function ladderQueryOptions(clientId: string) {
  return queryOptions({
    queryKey: coachKeys.ladder(clientId),
    queryFn: async () => (await apiRequest({ path: apiPath`/clients/${clientId}/ladder`, schema: ladderSchema })).data,
    meta: { persist: true },
  });
}

export function useLadder(clientId: string) {
  return useQuery(ladderQueryOptions(clientId));
}
