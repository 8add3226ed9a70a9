import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { cvListSchema } from '../schemas.ts';
import { cvKeys } from './keys.ts';

/** The client's CVs, last changed first. */
export async function getCvs(clientId: string) {
  const { data } = await apiRequest({ path: `/clients/${encodeURIComponent(clientId)}/cvs`, schema: cvListSchema });
  return data;
}

export function cvsQueryOptions(clientId: string) {
  return queryOptions({ queryKey: cvKeys.list(clientId), queryFn: () => getCvs(clientId), meta: { persist: true } });
}

export function useCvs(clientId: string) {
  return useQuery({ ...cvsQueryOptions(clientId), enabled: clientId !== '' });
}
