import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { caseloadSchema } from '../schemas.ts';
import { coachKeys } from './keys.ts';

export { coachKeys };

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
