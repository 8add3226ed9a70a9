import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { intakeDraftSchema } from '../schemas.ts';
import { intakeKeys } from './keys.ts';

export async function getIntakeDraft(clientId: string) {
  const { data } = await apiRequest({ path: `/clients/${encodeURIComponent(clientId)}/intake/draft`, schema: intakeDraftSchema });
  return data;
}

export function intakeDraftQueryOptions(clientId: string) {
  return queryOptions({ queryKey: intakeKeys.draft(clientId), queryFn: () => getIntakeDraft(clientId), meta: { persist: true } });
}

export function useIntakeDraft(clientId: string) {
  return useQuery(intakeDraftQueryOptions(clientId));
}
