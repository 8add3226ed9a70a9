import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { intakeOverviewSchema } from '../schemas.ts';
import { intakeKeys } from './keys.ts';

export async function getIntake(clientId: string) {
  const { data } = await apiRequest({ path: `/clients/${encodeURIComponent(clientId)}/intake`, schema: intakeOverviewSchema });
  return data;
}

/** Where the intake stands, with the submission, proposal and decision (client, coach, helper). */
export function intakeQueryOptions(clientId: string) {
  return queryOptions({ queryKey: intakeKeys.overview(clientId), queryFn: () => getIntake(clientId), meta: { persist: true } });
}

export function useIntake(clientId: string) {
  return useQuery(intakeQueryOptions(clientId));
}
