import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { vacancyHistorySchema } from '../schemas.ts';
import { vacancyKeys } from './keys.ts';

/** A client's saved vacancies and applications, for their coach; kept like the coach's other caseload reads. */
export function vacancyHistoryQueryOptions(clientId: string) {
  return queryOptions({
    queryKey: vacancyKeys.history(clientId),
    queryFn: async () => (await apiRequest({ path: `/clients/${encodeURIComponent(clientId)}/vacancy-history`, schema: vacancyHistorySchema })).data,
    meta: { persist: true },
  });
}
export const useVacancyHistory = (clientId: string) => useQuery({ ...vacancyHistoryQueryOptions(clientId), enabled: clientId !== '' });
