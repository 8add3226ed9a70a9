import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { cvProfileSchema } from '../schemas.ts';
import { cvKeys } from './keys.ts';

/** The master profile ("Mijn gegevens voor je cv"); version 0 until it is first saved. */
export async function getCvProfile(clientId: string) {
  const { data } = await apiRequest({ path: `/clients/${encodeURIComponent(clientId)}/cv-profile`, schema: cvProfileSchema });
  return data;
}

export function cvProfileQueryOptions(clientId: string) {
  return queryOptions({ queryKey: cvKeys.profile(clientId), queryFn: () => getCvProfile(clientId), meta: { persist: true } });
}

export function useCvProfile(clientId: string) {
  return useQuery({ ...cvProfileQueryOptions(clientId), enabled: clientId !== '' });
}
