import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { coachClientSchema } from '../schemas.ts';
import { coachKeys } from './keys.ts';

/** One client of the caseload (their own coach only; 403 otherwise). */
export async function getCoachClient(clientId: string) {
  const { data } = await apiRequest({ path: `/coach/clients/${encodeURIComponent(clientId)}`, schema: coachClientSchema });
  return data;
}

export function coachClientQueryOptions(clientId: string) {
  return queryOptions({ queryKey: coachKeys.client(clientId), queryFn: () => getCoachClient(clientId), meta: { persist: true } });
}

export function useCoachClient(clientId: string) {
  return useQuery(coachClientQueryOptions(clientId));
}
