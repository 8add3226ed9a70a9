import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { sharedCvsSchema } from '../schemas.ts';
import { cvKeys } from './keys.ts';

/** The CVs a client shared with their coach, ready to show (the coach's read-only view). */
export async function getSharedCvs(clientId: string) {
  const { data } = await apiRequest({ path: `/clients/${encodeURIComponent(clientId)}/shared-cvs`, schema: sharedCvsSchema });
  return data;
}

export function sharedCvsQueryOptions(clientId: string) {
  return queryOptions({ queryKey: cvKeys.shared(clientId), queryFn: () => getSharedCvs(clientId), meta: { persist: true } });
}

export function useSharedCvs(clientId: string) {
  return useQuery({ ...sharedCvsQueryOptions(clientId), enabled: clientId !== '' });
}
