import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { persistedQuery } from '#src/shared/offline/persist-queries.ts';
import { offlineSetSchema } from '../schemas.ts';
import { loadSearchIndex } from '../search.ts';
import { vacancyKeys } from './keys.ts';

export async function getOfflineSet(clientId: string) {
  const { data } = await apiRequest({ path: `/clients/${encodeURIComponent(clientId)}/vacancies`, schema: offlineSetSchema });
  // the set is now on the device: so is the search over it (its module is not precached; under the
  // service worker this fetch puts it in the screens cache, decision 012)
  void loadSearchIndex().catch(() => undefined);
  return data;
}

/** The vacancies kept on the device (bounded by the server: at most 500 and 2 MiB), searched offline. */
export function offlineSetQueryOptions(clientId: string) {
  return queryOptions({ queryKey: vacancyKeys.offlineSet(clientId), queryFn: () => getOfflineSet(clientId), ...persistedQuery, staleTime: 5 * 60_000 });
}

export function useOfflineSet(clientId: string) {
  return useQuery({ ...offlineSetQueryOptions(clientId), enabled: clientId !== '' });
}
