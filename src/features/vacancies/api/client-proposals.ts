import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { proposalListSchema } from '../matching/schemas.ts';
import { matchingKeys } from './matching-keys.ts';

/** The vacancies a regisseur werk proposed to a client (the client, their coach, a helper). */
export function clientProposalsQueryOptions(clientId: string) {
  return queryOptions({
    queryKey: matchingKeys.clientProposals(clientId),
    queryFn: async () => (await apiRequest({ path: `/clients/${encodeURIComponent(clientId)}/proposals`, schema: proposalListSchema })).data,
    meta: { persist: true },
  });
}
export const useClientProposals = (clientId: string) => useQuery({ ...clientProposalsQueryOptions(clientId), enabled: clientId !== '' });
