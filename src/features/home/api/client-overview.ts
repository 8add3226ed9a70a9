import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { sharedQueryKeys } from '#src/shared/api/query-keys.ts';
import { clientOverviewSchema, helperClientListSchema } from '../schemas.ts';

export const homeKeys = {
  all: sharedQueryKeys.home,
  overview: (clientId: string) => [...homeKeys.all, 'overview', clientId] as const,
  helperClients: () => [...homeKeys.all, 'helper-clients'] as const,
};

export async function getClientOverview(clientId: string) {
  const { data } = await apiRequest({ path: `/clients/${encodeURIComponent(clientId)}/overview`, schema: clientOverviewSchema });
  return data;
}

export function clientOverviewQueryOptions(clientId: string) {
  return queryOptions({
    queryKey: homeKeys.overview(clientId),
    queryFn: () => getClientOverview(clientId),
    meta: { persist: true },
  });
}

export function useClientOverview(clientId: string) {
  return useQuery(clientOverviewQueryOptions(clientId));
}

export async function getHelperClients() {
  const { data } = await apiRequest({ path: '/helper/clients', schema: helperClientListSchema });
  return data;
}

export function helperClientsQueryOptions() {
  return queryOptions({ queryKey: homeKeys.helperClients(), queryFn: getHelperClients, meta: { persist: true } });
}
