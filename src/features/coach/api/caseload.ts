import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { caseloadSchema } from '../schemas.ts';

export const coachKeys = {
  all: ['coach'] as const,
  caseload: () => [...coachKeys.all, 'caseload'] as const,
};

export async function getCaseload() {
  const { data } = await apiRequest({ path: '/coach/caseload', schema: caseloadSchema });
  return data;
}

export function caseloadQueryOptions() {
  return queryOptions({ queryKey: coachKeys.caseload(), queryFn: getCaseload, meta: { persist: true } });
}

export function useCaseload() {
  return useQuery(caseloadQueryOptions());
}
