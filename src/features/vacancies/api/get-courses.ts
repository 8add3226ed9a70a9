import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { persistedQuery } from '#src/shared/offline/persist-queries.ts';
import { courseListSchema } from '../schemas.ts';
import { vacancyKeys } from './keys.ts';

export async function getCourses() {
  const { data } = await apiRequest({ path: '/courses', schema: courseListSchema });
  return data;
}

export function coursesQueryOptions() {
  return queryOptions({ queryKey: vacancyKeys.courses(), queryFn: getCourses, ...persistedQuery, staleTime: 60 * 60_000 });
}

export function useCourses() {
  return useQuery(coursesQueryOptions());
}
