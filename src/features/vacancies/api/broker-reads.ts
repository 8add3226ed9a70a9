import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { brokerVacancyListSchema, brokerVacancySchema, candidateListSchema, proposalListSchema } from '../matching/schemas.ts';
import { matchingKeys } from './matching-keys.ts';

/**
 * The regisseur werk's reads. Kept on the device like other work data (an office laptop), except
 * the candidates: who consented can change at any time, so they are read fresh each time.
 */

const path = (vacancyId: string) => `/broker/vacancies/${encodeURIComponent(vacancyId)}`;

export function brokerVacanciesQueryOptions(mine: boolean, q: string) {
  const search = new URLSearchParams({ mine: String(mine) });
  if (q.trim() !== '') search.set('q', q.trim());
  return queryOptions({
    queryKey: matchingKeys.brokerVacancies(mine, q.trim()),
    queryFn: async () => (await apiRequest({ path: `/broker/vacancies?${search.toString()}`, schema: brokerVacancyListSchema })).data,
    meta: { persist: true },
  });
}
export const useBrokerVacancies = (mine: boolean, q: string) => useQuery(brokerVacanciesQueryOptions(mine, q));

export function brokerVacancyQueryOptions(vacancyId: string) {
  return queryOptions({
    queryKey: matchingKeys.brokerVacancy(vacancyId),
    queryFn: async () => (await apiRequest({ path: path(vacancyId), schema: brokerVacancySchema })).data,
    meta: { persist: true },
  });
}
export const useBrokerVacancy = (vacancyId: string) => useQuery({ ...brokerVacancyQueryOptions(vacancyId), enabled: vacancyId !== '' });

export function useCandidates(vacancyId: string, rungs: readonly number[]) {
  return useQuery({
    queryKey: matchingKeys.candidates(vacancyId, rungs),
    queryFn: async () => (await apiRequest({ path: `${path(vacancyId)}/candidates?rungs=${rungs.join(',')}`, schema: candidateListSchema })).data,
    enabled: vacancyId !== '' && rungs.length > 0,
  });
}

export function useVacancyProposals(vacancyId: string) {
  return useQuery({
    queryKey: matchingKeys.vacancyProposals(vacancyId),
    queryFn: async () => (await apiRequest({ path: `${path(vacancyId)}/proposals`, schema: proposalListSchema })).data,
    meta: { persist: true },
    enabled: vacancyId !== '',
  });
}
