import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { persistedQuery } from '#src/shared/offline/persist-queries.ts';
import { searchProfileSchema } from '../schemas.ts';
import { vacancyKeys } from './keys.ts';

export async function getSearchProfile(clientId: string) {
  const { data } = await apiRequest({ path: `/clients/${encodeURIComponent(clientId)}/search-profile`, schema: searchProfileSchema });
  return data;
}

export function searchProfileQueryOptions(clientId: string) {
  return queryOptions({ queryKey: vacancyKeys.searchProfile(clientId), queryFn: () => getSearchProfile(clientId), ...persistedQuery });
}

export function useSearchProfile(clientId: string) {
  return useQuery({ ...searchProfileQueryOptions(clientId), enabled: clientId !== '' });
}
