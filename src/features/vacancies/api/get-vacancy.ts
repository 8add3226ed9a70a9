import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { vacancySchema } from '../schemas.ts';
import { vacancyKeys } from './keys.ts';

export async function getVacancy(vacancyId: string) {
  const { data } = await apiRequest({ path: `/vacancies/${encodeURIComponent(vacancyId)}`, schema: vacancySchema });
  return data;
}

/** One vacancy that is not in the offline set (a link, a closed one). */
export function vacancyQueryOptions(vacancyId: string) {
  return queryOptions({ queryKey: vacancyKeys.vacancy(vacancyId), queryFn: () => getVacancy(vacancyId) });
}

export function useVacancy(vacancyId: string, enabled: boolean) {
  return useQuery({ ...vacancyQueryOptions(vacancyId), enabled: enabled && vacancyId !== '' });
}
